package dev.picket.corpus;

import java.util.ArrayList;
import java.util.List;

/** Word counting shared by the splitter and the passages it makes. */
final class Words {

    private Words() {
    }

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Text cut into pieces of at most {@code maxWords} words and {@code maxChars} characters, at word boundaries;
     * only a single word longer than {@code maxChars} is cut inside, never between a surrogate pair.
     */
    static List<String> cut(String text, int maxWords, int maxChars) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = pieceEnd(text, start, maxWords, maxChars);
            String piece = text.substring(start, end).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            start = end;
        }
        return pieces;
    }

    // The end of the piece starting at start: after its last whole word that fits, or a hard cut at maxChars.
    private static int pieceEnd(String text, int start, int maxWords, int maxChars) {
        int limit = Math.min(text.length(), start + maxChars);
        int words = 0;
        int lastWordEnd = -1;
        boolean inWord = false;
        for (int i = start; i < limit; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (space && inWord) {
                lastWordEnd = i;
                if (++words == maxWords) {
                    return i;
                }
            }
            inWord = !space;
        }
        if (limit == text.length()) {
            return limit;
        }
        if (lastWordEnd > start) {
            return lastWordEnd;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** {@link Character#isWhitespace}, without its table lookup for ASCII: indexing counts every sentence's words. */
    private static boolean isWhitespace(char c) {
        if (c >= 0x80) {
            return Character.isWhitespace(c);
        }
        return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
    }
}
