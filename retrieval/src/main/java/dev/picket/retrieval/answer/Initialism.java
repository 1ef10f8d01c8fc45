package dev.picket.retrieval.answer;

import java.util.List;
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
        if (word.equals(word.toUpperCase(java.util.Locale.ROOT)) && word.length() <= 5) {
            return true;
        }
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.length() > 4) {
            return false;
        }
        if (!VOWEL.matcher(w).find()) {
            return true;
        }
        boolean consonants = !VOWEL.matcher(w.substring(0, 2)).find();
        return consonants && !ONSETS.contains(w.substring(0, 2));
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
