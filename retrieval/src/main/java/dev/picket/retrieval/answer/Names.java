package dev.picket.retrieval.answer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.picket.corpus.Abbreviations;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.index.QueryTerms;

/**
 * Which capitalised words may be part of a person's name, read from the served articles rather than listed: a
 * word the articles also write in lower case ("Health Secretary", "the health secretary") is a title's or an
 * institution's, as is a word of a name the articles go on to call by its initials ("the British Medical
 * Association (BMA)", then "the BMA"), and a month or a weekday is a date. What is left ("Steve Barclay", "Laura Kuenssberg") names someone.
 */
public final class Names {

    private static final Pattern LETTERS = Pattern.compile("[^\\p{L}'’]+");
    /** Calendar words, which English capitalises: a date, never a name. */
    private static final Pattern CALENDAR = Pattern.compile("(?:january|february|march|april|may|june|july|august|"
            + "september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    private final Supplier<Abbreviations> abbreviations;
    private final PassageIndex index;
    private volatile Table table;

    private Names(PassageIndex index, Supplier<Abbreviations> abbreviations) {
        this.index = index;
        this.abbreviations = abbreviations;
    }

    /** The words the served articles write in lower case and abbreviate, read again after each sync. */
    public static Names of(PassageIndex index) {
        return new Names(index, index::abbreviations);
    }

    /** Without articles to read: only calendar words are not names. */
    static Names none() {
        return new Names(null, Abbreviations::none);
    }

    /** Whether a capitalised word may be part of a person's name. */
    boolean mayName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (CALENDAR.matcher(lower).matches()) {
            return false;
        }
        Set<String> stems = AnalysedWords.of(lower);
        Table t = table();
        return stems.isEmpty() ? false : stems.stream().noneMatch(s -> t.lowerCase.contains(s)
                || t.institutions.contains(s));
    }

    private Table table() {
        long generation = index == null ? 0 : index.generation();
        Table t = table;
        if (t == null || t.generation != generation) {
            t = read(generation);
            table = t;
        }
        return t;
    }

    /** One pass over the served passages, once per sync: their lower-case words and abbreviated names' words. */
    private Table read(long generation) {
        Set<String> lowerCase = new HashSet<>();
        Set<String> institutions = new HashSet<>();
        // Only a name the articles go on to call by its initials ("the BMA") is an institution's: the table also
        // holds the initials of any run of capitals ("Health Secretary Steve Barclay"), which no article writes.
        abbreviations.get().asMap().forEach((initials, longForm) -> {
            if (index != null && QueryTerms.setOf(initials).stream().anyMatch(t -> index.docFreq(t) > 0)) {
                institutions.addAll(QueryTerms.setOf(longForm));
            }
        });
        if (index != null) {
            for (SearchHit lead : index.leads()) {
                Optional<SearchHit> passage = Optional.of(lead);
                for (int ordinal = 1; passage.isPresent(); ordinal++) {
                    addLowerCase(passage.get().text(), lowerCase);
                    passage = index.passage(lead.articleId(), ordinal);
                }
            }
        }
        return new Table(generation, PackedWords.of(lowerCase), institutions);
    }

    private static void addLowerCase(String text, Set<String> lowerCase) {
        for (String w : LETTERS.split(text)) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCase.addAll(QueryTerms.setOf(w));
            }
        }
    }

    private record Table(long generation, PackedWords lowerCase, Set<String> institutions) {
    }

    /**
     * A fixed set of words as their UTF-8 bytes end to end, sorted, found by binary search: the corpus's
     * lower-case words grow with the vocabulary (some 100,000 hash-set nodes at 100k articles), and a hash set
     * keeps a node, a table slot and a string of some 40 bytes each for as long as the index is served; packed,
     * a word is its bytes and one offset (heap after a full GC at 100k: 128 to 123 MB).
     */
    private static final class PackedWords {

        private final byte[] bytes;
        private final int[] starts;

        private PackedWords(byte[] bytes, int[] starts) {
            this.bytes = bytes;
            this.starts = starts;
        }

        static PackedWords of(Set<String> words) {
            byte[][] sorted = words.stream().map(w -> w.getBytes(StandardCharsets.UTF_8))
                    .sorted(Arrays::compareUnsigned).toArray(byte[][]::new);
            int[] starts = new int[sorted.length + 1];
            for (int i = 0; i < sorted.length; i++) {
                starts[i + 1] = starts[i] + sorted[i].length;
            }
            byte[] bytes = new byte[starts[sorted.length]];
            for (int i = 0; i < sorted.length; i++) {
                System.arraycopy(sorted[i], 0, bytes, starts[i], sorted[i].length);
            }
            return new PackedWords(bytes, starts);
        }

        boolean contains(String word) {
            byte[] key = word.getBytes(StandardCharsets.UTF_8);
            int lo = 0;
            int hi = starts.length - 2;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = Arrays.compareUnsigned(bytes, starts[mid], starts[mid + 1], key, 0, key.length);
                if (c == 0) {
                    return true;
                }
                if (c < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return false;
        }
    }
}
