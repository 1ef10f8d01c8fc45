package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
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
 * @param names each name found, as the pattern of its two words and their analysed terms
 */
record CompoundNames(List<Name> names) {

    static final CompoundNames NONE = new CompoundNames(List.of());
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** A name of two words. */
    record Name(Pattern words, Set<String> terms) {

        boolean in(String text) {
            return words.matcher(text).find();
        }

        boolean capitalisedIn(String text) {
            Matcher m = words.matcher(text);
            while (m.find()) {
                if (Character.isUpperCase(text.charAt(m.start(1))) && Character.isUpperCase(text.charAt(m.start(2)))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The names the question's neighbouring words make, as the retrieved passages write them; none when no
     * passage capitalises two of its neighbouring words.
     */
    static CompoundNames of(String question, List<SearchHit> hits, Names people) {
        return of(question, hits, people, h -> PassageFeatures.of(h.title(), h.text()).terms());
    }

    /** The same, with each hit's analysed headline and text terms as the index stored them. */
    static CompoundNames of(String question, List<SearchHit> hits, Names people,
                            Function<SearchHit, Set<String>> termsOf) {
        List<String> words = List.of(WORDS.split(question.toLowerCase(Locale.ROOT).strip()));
        List<Name> found = new ArrayList<>();
        // Each word analysed once, though most are one of two pairs.
        List<Set<String>> analysed = words.stream().map(QueryTerms::setOf).toList();
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i);
            String second = words.get(i + 1);
            if (analysed.get(i).isEmpty() || analysed.get(i + 1).isEmpty()) {
                continue;
            }
            Set<String> terms = new HashSet<>(analysed.get(i));
            terms.addAll(analysed.get(i + 1));
            // A passage whose analysed terms lack one of the words cannot hold the two together, so the pattern
            // is only made, and run, for the few that have both.
            List<SearchHit> both = hits.stream().filter(h -> termsOf.apply(h).containsAll(terms)).toList();
            if (both.isEmpty() || people.mayName(second)) {
                continue;
            }
            Name name = new Name(Pattern.compile("(?<![\\p{L}\\p{N}])(" + Pattern.quote(first) + ")\\s+("
                    + Pattern.quote(second) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE), Set.copyOf(terms));
            if (both.stream().anyMatch(h -> name.capitalisedIn(h.text()))) {
                found.add(name);
            }
        }
        return found.isEmpty() ? NONE : new CompoundNames(List.copyOf(found));
    }

    /** The terms a passage holds, without those of each name it doesn't hold whole. */
    Set<String> without(Set<String> held, SearchHit hit) {
        if (names.isEmpty()) {
            return held;
        }
        Set<String> out = null;
        for (Name name : names) {
            // Without both words' terms the passage cannot hold the name, and the pattern need not run.
            if (!held.containsAll(name.terms()) || !name.in(hit.title() + "\n" + hit.text())) {
                if (out == null) {
                    out = new HashSet<>(held);
                }
                out.removeAll(name.terms());
            }
        }
        return out == null ? held : out;
    }
}
