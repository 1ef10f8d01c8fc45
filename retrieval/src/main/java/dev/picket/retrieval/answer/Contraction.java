package dev.picket.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English contractions: a word shortened by dropping letters from its middle, keeping its first and last
 * ("govt" for government, "dept" for department, "mgmt" for management). A question word the articles never use
 * that is short enough may be one; a word of a passage is its full form when it begins and ends with the same
 * letters and holds all of the short one's letters in order.
 */
final class Contraction {

    private static final Pattern STUB = Pattern.compile("\\p{Ll}{3,5}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** A full form is clearly longer: "gov" is not a contraction of "govt". */
    private static final int MIN_DROPPED = 3;

    private Contraction() {
    }

    static boolean isStub(String term) {
        return STUB.matcher(term).matches();
    }

    /**
     * The stubs that some word of the text contracts, its words being its runs of letters, lower-cased. It is read
     * for every candidate sentence of a question with a stub, so its words are read in place, each character
     * lower-cased alone; a text with a character that lower-cases otherwise in a whole string (a capital I with a
     * dot, a capital sigma) or with a surrogate is split into words as strings.
     */
    static Set<String> foundIn(List<String> stubs, String text) {
        Set<String> found = new LinkedHashSet<>();
        if (!lowersByCharacter(text)) {
            for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
                addContracted(found, stubs, word, 0, word.length());
            }
            return found;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(Character.toLowerCase(text.charAt(i)));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                addContracted(found, stubs, text, start, i);
                start = -1;
            }
        }
        return found;
    }

    private static boolean lowersByCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0130' && (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    private static void addContracted(Set<String> found, List<String> stubs, String text, int from, int to) {
        for (String stub : stubs) {
            if (contracts(stub, text, from, to)) {
                found.add(stub);
            }
        }
    }

    static boolean contracts(String stub, String word) {
        return contracts(stub, word, 0, word.length());
    }

    /** Whether the word {@code text[from, to)}, lower-cased, is a full form of the stub. */
    private static boolean contracts(String stub, String text, int from, int to) {
        int last = to - 1;
        if (to - from < stub.length() + MIN_DROPPED || lower(text, from) != stub.charAt(0)
                || lower(text, last) != stub.charAt(stub.length() - 1)) {
            return false;
        }
        int at = 1;
        for (int i = from + 1; i < last && at < stub.length() - 1; i++) {
            if (lower(text, i) == stub.charAt(at)) {
                at++;
            }
        }
        return at == stub.length() - 1;
    }

    private static char lower(String text, int i) {
        return Character.toLowerCase(text.charAt(i));
    }
}
