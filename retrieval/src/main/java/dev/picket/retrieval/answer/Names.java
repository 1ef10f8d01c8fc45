package dev.picket.retrieval.answer;

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
        Set<String> stems = QueryTerms.setOf(lower);
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
        return new Table(generation, lowerCase, institutions);
    }

    private static void addLowerCase(String text, Set<String> lowerCase) {
        for (String w : LETTERS.split(text)) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCase.addAll(QueryTerms.setOf(w));
            }
        }
    }

    private record Table(long generation, Set<String> lowerCase, Set<String> institutions) {
    }
}
