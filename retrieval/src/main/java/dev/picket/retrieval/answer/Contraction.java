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

    /** The stubs that some word of the text contracts. */
    static Set<String> foundIn(List<String> stubs, String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            for (String stub : stubs) {
                if (contracts(stub, word)) {
                    found.add(stub);
                }
            }
        }
        return found;
    }

    static boolean contracts(String stub, String word) {
        if (word.length() < stub.length() + MIN_DROPPED || word.charAt(0) != stub.charAt(0)
                || word.charAt(word.length() - 1) != stub.charAt(stub.length() - 1)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < word.length() - 1 && at < stub.length() - 1; i++) {
            if (word.charAt(i) == stub.charAt(at)) {
                at++;
            }
        }
        return at == stub.length() - 1;
    }
}
