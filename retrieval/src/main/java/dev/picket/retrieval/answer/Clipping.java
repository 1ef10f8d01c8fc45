package dev.picket.retrieval.answer;

import java.util.List;

/**
 * A word clipped to its first letters, as chat clips long words ("rec" for "recommendation", "admin" for
 * "administration", "negs" for "negotiations"): the index holds no such word, and its stem matches no term of the
 * full word, so a sentence that writes the word in full carries it only by its letters.
 */
final class Clipping {

    /** Shorter, and a clipping is as often a word of its own ("ban", "cut") as a part of a longer one. */
    private static final int MIN_LETTERS = 3;
    private static final int MAX_LETTERS = 5;
    /**
     * How many letters the full word must add: "rec" is clipped from "recommendation", while "sign" is not from
     * "signal", "signs" or "signed", words of their own or the same word's forms, which the stems already match.
     */
    private static final int MIN_ADDED = 4;

    private Clipping() {
    }

    /**
     * Whether one of the words, as written and lower-case, begins with the clipped word and goes on for at
     * least {@link #MIN_ADDED} letters; a trailing "s" of the clipping is its plural ("negs").
     */
    static boolean expandedIn(String clipped, List<String> words) {
        String stem = clipped.length() > MIN_LETTERS && clipped.endsWith("s")
                ? clipped.substring(0, clipped.length() - 1) : clipped;
        if (stem.length() < MIN_LETTERS || clipped.length() > MAX_LETTERS
                || !stem.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String w : words) {
            if (w.length() >= stem.length() + MIN_ADDED && w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
