package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word of a chat message that is a body's initials ("rcn", "bma", "nhs") though typed in lower case: no English
 * word of two to four letters lacks a vowel or opens on a pair of consonants English never begins a word with.
 * Before a noun it names whose the noun is, not what is counted.
 */
final class Initialism {

    private Initialism() {
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,5}");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    /** The consonant pairs an English word may open on. */
    private static final Set<String> ONSETS = Set.of("bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gh",
            "gl", "gn", "gr", "kn", "kr", "ph", "pl", "pr", "ps", "qu", "rh", "sc", "sh", "sk", "sl", "sm", "sn",
            "sp", "sq", "st", "sw", "th", "tr", "tw", "wh", "wr", "zh");

    static boolean is(String word) {
        if (!LETTERS.matcher(word).matches()) {
            return false;
        }
        if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 5) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4) {
            return false;
        }
        if (!VOWEL.matcher(w).find()) {
            return true;
        }
        boolean consonants = !VOWEL.matcher(w.substring(0, 2)).find();
        return consonants && !ONSETS.contains(w.substring(0, 2));
    }

    /**
     * Whether the question names a body by initials that no article uses ("what did the rmt say") and the
     * answer's passage lacks them: a body the articles never mention is not the one they quote, whatever else the
     * question shares with them. A contraction the sentence spells out ("hrs" for "hours") is in its terms, and a
     * name whose words the initials are of ("the junior doctors committee" for "jdc") names the body.
     *
     * @param sentence the chosen sentence's terms
     * @param passage  the text of its passage
     */
    static boolean unseenMissing(String question, QuestionTerms terms, Set<String> sentence, String passage) {
        for (String term : terms.missingUnseen(sentence)) {
            String word = UnseenWords.surface(question, term);
            if (is(word) && namesABody(question, word) && !spelledIn(word.toLowerCase(Locale.ROOT), passage)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question writes the word as English writes a body's initials, after "the" or before "'s" ("the
     * gmb", "the cwu's offer"): chat shortens words to their consonants too ("smth", "ppl"), and those take no article.
     */
    private static boolean namesABody(String question, String word) {
        String q = " " + question.toLowerCase(Locale.ROOT) + " ";
        String w = word.toLowerCase(Locale.ROOT);
        return q.contains(" the " + w + " ") || q.contains(" " + w + "'s ") || q.contains(" " + w + "’s ");
    }

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /** Whether some run of the text's words opens on the initials' letters, in order. */
    static boolean spelledIn(String initials, String text) {
        String[] words = NOT_LETTERS.split(text.toLowerCase(Locale.ROOT));
        for (int i = 0; i + initials.length() <= words.length; i++) {
            int k = 0;
            while (k < initials.length() && !words[i + k].isEmpty() && words[i + k].charAt(0) == initials.charAt(k)) {
                k++;
            }
            if (k == initials.length()) {
                return true;
            }
        }
        return false;
    }

    /** The noun's words less the initials before it; all of them when every word is one. */
    static List<String> withoutLeading(List<String> noun) {
        int from = 0;
        while (from < noun.size() - 1 && is(noun.get(from))) {
            from++;
        }
        return noun.subList(from, noun.size());
    }
}
