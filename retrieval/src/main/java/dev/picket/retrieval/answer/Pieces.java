package dev.picket.retrieval.answer;

/**
 * Cheap tests run before a pattern that every match of it must pass: a scan for a few pieces of text costs a
 * fraction of trying a pattern's alternatives at every word.
 */
final class Pieces {

    private Pieces() {
    }

    /**
     * Whether the text holds one of the pieces, ignoring the case of ASCII letters as a {@code CASE_INSENSITIVE}
     * pattern does (and of some other letters too, which only lets more texts through).
     *
     * @param pieces lower case, none empty
     */
    static boolean anyIgnoringCase(String text, String[] pieces) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            for (String piece : pieces) {
                if (piece.charAt(0) == lower && text.regionMatches(true, i, piece, 0, piece.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
