package dev.picket.retrieval.answer;

import java.util.regex.Matcher;

/**
 * Where a list of {@link Enumeration} may begin: its first item is at most {@link #MOST_WORDS} words of
 * {@link #ITEM_CHARS}, one space between them, right before the first ", " after its start. The list pattern is
 * tried only at such starts, which is what {@link Matcher#find} would find: tried at every word of a passage, the
 * pattern was a twentieth of an answer on a large corpus, where few passages' lists are remembered.
 */
final class ListStarts {

    /** The characters of an item's words. */
    static final String ITEM_CHARS = "[\\p{L}\\p{N}'\u2019&()/-]";
    /** The most words of one item. */
    static final int MOST_WORDS = 5;

    private ListStarts() {
    }

    /**
     * {@code list.find(from)} without trying the starts that cannot begin a list.
     *
     * @param list a matcher of the list pattern over {@code text}, with transparent bounds, so that a start's
     *             lookbehind sees the text before it as {@code find} would
     */
    static boolean find(Matcher list, String text, int from) {
        int at = from;
        while (true) {
            int comma = text.indexOf(", ", at);
            if (comma < 0) {
                return false;
            }
            for (int start = firstStart(text, comma, at); start < comma; start++) {
                list.region(start, text.length());
                if (list.lookingAt()) {
                    return true;
                }
            }
            at = comma + 1;
        }
    }

    /** The first place from {@code from} whence item words alone run up to the comma. */
    private static int firstStart(String text, int comma, int from) {
        int start = comma;
        int spaces = 0;
        while (start > from) {
            char c = text.charAt(start - 1);
            if (c == ' ' ? ++spaces >= MOST_WORDS : !isItemChar(c)) {
                break;
            }
            start--;
        }
        return start;
    }

    /** Whether the character may be one of {@link #ITEM_CHARS}; half of a surrogate pair may be. */
    private static boolean isItemChar(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || "'\u2019&()/-".indexOf(c) >= 0 || Character.isSurrogate(c);
    }
}
