package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.QueryTerms;

/**
 * Two words of a question that the articles write as one capitalised name ("Border Force", "Health Secretary",
 * "Royal Mail") name one thing: a passage that holds one of them without the other ("the armed forces", "the
 * general secretary") is not about it, so neither word counts there. A person's name is the exception, as
 * "Streeting" alone is still Wes Streeting: a name whose last word may name a person ({@link Names}) is left out.
 *
 * <p>One is made per answer and read for each sentence of each passage, so whether a passage holds a name whole
 * is scanned for once a passage, and remembered: it is not shared between threads.
 */
final class CompoundNames {

    static final CompoundNames NONE = new CompoundNames(List.of());
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** Keys of what a passage's features remember of names: capitalised in its text, or whole in it. */
    private static final Object CAPITALISED = new Object();
    private static final Object WHOLE = new Object();
    /** Past this many names remembered for one passage, more are scanned for and not remembered. */
    private static final int REMEMBERED = 256;

    private final List<Name> names;
    private final Function<SearchHit, PassageFeatures> features;
    /** Per passage, whether its headline and text hold each name whole: 0 not read yet, 1 yes, 2 no. */
    private final Map<String, byte[]> whole = new HashMap<>();

    /** @param names each name found, as the pattern of its two words and their analysed terms */
    CompoundNames(List<Name> names) {
        this(names, h -> PassageFeatures.of(h.title(), h.text()));
    }

    private CompoundNames(List<Name> names, Function<SearchHit, PassageFeatures> features) {
        this.names = names;
        this.features = features;
    }

    /** What the scan says of the name in the passage, remembered with its features under {@code key}. */
    private static boolean remembered(PassageFeatures passage, Object key, Name name,
                                      BooleanSupplier scan) {
        Map<String, Boolean> known = passage.derived(key, ConcurrentHashMap::new);
        String id = name.first() + ' ' + name.second();
        Boolean held = known.get(id);
        if (held == null) {
            held = scan.getAsBoolean();
            if (known.size() < REMEMBERED) {
                known.put(id, held);
            }
        }
        return held;
    }

    List<Name> names() {
        return names;
    }

    /** A name of two words, as the question spells them (lower case). */
    record Name(String first, String second, Set<String> terms) {

        /** Whether the text has the two words together, in any case. */
        boolean in(String text) {
            return find(text, false);
        }

        /** Whether the text has them together with both first letters capitals. */
        boolean capitalisedIn(String text) {
            return find(text, true);
        }

        /**
         * What {@code (?<![\\p{L}\\p{N}])first\\s+second(?![\\p{L}\\p{N}])}, without regard to case, finds, as a scan:
         * the checks run for every retrieved passage of every question, and the pattern was most of an answer's
         * added time.
         */
        private boolean find(String text, boolean capitals) {
            int n = text.length();
            for (int i = 0; i + first.length() <= n; i++) {
                if ((capitals && !Character.isUpperCase(text.charAt(i))) || !text.regionMatches(true, i, first, 0,
                        first.length()) || i > 0 && isWordChar(text.codePointBefore(i))) {
                    continue;
                }
                int j = i + first.length();
                int k = j;
                while (k < n && QuestionKind.isSpace(text.charAt(k))) {
                    k++;
                }
                int end = k + second.length();
                if (k > j && end <= n && (!capitals || Character.isUpperCase(text.charAt(k)))
                        && text.regionMatches(true, k, second, 0, second.length())
                        && (end == n || !isWordChar(text.codePointAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isWordChar(int cp) {
            int type = Character.getType(cp);
            return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }

    /**
     * The names the question's neighbouring words make, as the retrieved passages write them; none when no
     * passage capitalises two of its neighbouring words.
     */
    static CompoundNames of(String question, List<SearchHit> hits, Names people) {
        return of(question, hits, people, h -> PassageFeatures.of(h.title(), h.text()));
    }

    /**
     * The same, with each hit's analysed headline and text terms as the index stored them, and whether it holds
     * a name remembered with them ({@link PassageFeatures#derived}): the same passages come back question after
     * question, and scanning their text for each name was a tenth of an answer's time.
     */
    static CompoundNames of(String question, List<SearchHit> hits, Names people,
                            Function<SearchHit, PassageFeatures> features) {
        List<Set<String>> held = null;
        List<String> words = List.of(WORDS.split(question.toLowerCase(Locale.ROOT).strip()));
        List<Name> found = new ArrayList<>();
        // Each word analysed once, though most are one of two pairs.
        List<Set<String>> analysed = words.stream().map(AnalysedWords::of).toList();
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i);
            String second = words.get(i + 1);
            if (analysed.get(i).isEmpty() || analysed.get(i + 1).isEmpty()) {
                continue;
            }
            Set<String> terms = new HashSet<>(analysed.get(i));
            terms.addAll(analysed.get(i + 1));
            // A passage whose analysed terms lack one of the words cannot hold the two together, so the scan
            // runs only on those that have both.
            held = held != null ? held : hits.stream().map(h -> features.apply(h).terms()).toList();
            List<SearchHit> both = new ArrayList<>();
            for (int h = 0; h < hits.size(); h++) {
                if (held.get(h).containsAll(terms)) {
                    both.add(hits.get(h));
                }
            }
            if (both.isEmpty() || people.mayName(second)) {
                continue;
            }
            Name name = new Name(first, second, Set.copyOf(terms));
            if (both.stream().anyMatch(h -> remembered(features.apply(h), CAPITALISED, name,
                    () -> name.capitalisedIn(h.text())))) {
                found.add(name);
            }
        }
        return found.isEmpty() ? NONE : new CompoundNames(List.copyOf(found), features);
    }

    /** The terms a passage holds, without those of each name it doesn't hold whole. */
    Set<String> without(Set<String> held, SearchHit hit) {
        if (names.isEmpty()) {
            return held;
        }
        Set<String> out = null;
        for (int i = 0; i < names.size(); i++) {
            Name name = names.get(i);
            // Without both words' terms the passage cannot hold the name, and the scan need not run.
            if (!held.containsAll(name.terms()) || !holdsWhole(hit, i)) {
                if (out == null) {
                    out = new HashSet<>(held);
                }
                out.removeAll(name.terms());
            }
        }
        return out == null ? held : out;
    }

    private boolean holdsWhole(SearchHit hit, int name) {
        byte[] known = whole.computeIfAbsent(hit.passageId(), id -> new byte[names.size()]);
        if (known[name] == 0) {
            Name n = names.get(name);
            known[name] = remembered(features.apply(hit), WHOLE, n, () -> n.in(hit.title() + "\n" + hit.text()))
                    ? (byte) 1 : (byte) 2;
        }
        return known[name] == 1;
    }
}
