package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * A share of what: "what percentage of members voted no" is answered by a share that stands beside the members
 * ("58 per cent of members", "members backed it by a majority"), not by a "2 per cent" one-off payment of
 * salaries or a "5 per cent pay rise" elsewhere in a sentence that mentions members.
 */
final class Share {

    /** The whole a share question takes a part of: the first noun after "of". */
    private static final Pattern OF = Pattern.compile("^(?:what|which|how many) (?:percentage|proportion|share|"
            + "fraction|per ?cent|percent|%) of (?:the |all )?([\\p{L}\\p{N}'-]+(?: [\\p{L}\\p{N}'-]+)?)");
    private static final Pattern FIGURE = Pattern.compile("\\d ?(?:%|per ?cent\\b|percent\\b)|\\b(?:half|a third|"
            + "two[- ]thirds|a quarter|three[- ]quarters|majority|minority)\\b", Pattern.CASE_INSENSITIVE);
    /** How many words may stand between "of" and the whole: "58 per cent of the union's members". */
    private static final int OF_WORDS = 3;
    /** How many words before the share its whole may stand, in one clause: "members voted 58 per cent". */
    private static final int BEFORE = 3;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}%'-]+");
    /** What ends a clause, or a preposition that makes the share another thing's: "a rise of 5% for members". */
    private static final Pattern BREAK = Pattern.compile("[,;:.()–—]|\\b(?:for|to|on|in|but|and|or)\\b");

    private Share() {
    }

    /** Keeps the sentences with a share beside the whole asked about, when the question names one. */
    static void keep(AnswerType type, String asked, List<SentenceChoice.Scored> candidates) {
        if (type != AnswerType.SHARE) {
            return;
        }
        Matcher m = OF.matcher(asked.strip().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return;
        }
        List<String> noun = Initialism.withoutLeading(List.of(m.group(1).split(" ")));
        Set<String> whole = QueryTerms.setOf(noun.getFirst());
        if (whole.isEmpty()) {
            return;
        }
        candidates.removeIf(c -> !beside(c.sentence(), whole));
    }

    /**
     * Whether a share in the sentence is one of the whole: "of" it ("54 per cent of members"), or with the whole
     * just before it in the same clause ("members voted 54 per cent").
     */
    static boolean beside(String sentence, Set<String> whole) {
        Matcher f = FIGURE.matcher(sentence);
        while (f.find()) {
            List<String> after = words(sentence.substring(f.end()));
            if (!after.isEmpty() && after.getFirst().equalsIgnoreCase("of")
                    && holds(after.subList(1, Math.min(after.size(), 2 + OF_WORDS)), whole)) {
                return true;
            }
            String clause = sentence.substring(0, f.start());
            Matcher b = BREAK.matcher(clause);
            int from = 0;
            while (b.find()) {
                from = b.end();
            }
            List<String> before = words(clause.substring(from));
            if (holds(before.subList(Math.max(0, before.size() - BEFORE), before.size()), whole)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(List<String> words, Set<String> whole) {
        return words.stream().anyMatch(w -> QueryTerms.setOf(w).stream().anyMatch(whole::contains));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(text)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
