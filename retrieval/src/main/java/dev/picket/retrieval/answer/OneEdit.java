package dev.picket.retrieval.answer;

/**
 * The strings one edit from a word, walked in turn: every deletion of a letter, every swap of neighbours, then at
 * each position every change to and insertion of a letter from a to z. Each string's {@link String#hashCode} is
 * worked out from the word's own prefix and suffix hashes, without building the string, so a caller can rule most
 * of them out by hash and build only the few that may matter. A swap of two equal letters gives the word itself.
 */
final class OneEdit {

    private static final int DELETE = 0;
    private static final int SWAP = 1;
    private static final int CHANGE = 2;
    private static final int INSERT = 3;

    private final String word;
    private final int n;
    /** {@code prefix[i]}: the hash of the word's first i characters; {@code suffix[i]}: of those from i on. */
    private final int[] prefix;
    private final int[] suffix;
    /** {@code power[i]}: 31 to the i, as {@link String#hashCode} weighs the character i places from the end. */
    private final int[] power;

    private int kind = DELETE;
    private int at = -1;
    private char letter = 'a';
    private int hash;

    OneEdit(String word) {
        this.word = word;
        this.n = word.length();
        this.prefix = new int[n + 1];
        this.suffix = new int[n + 1];
        this.power = new int[n + 2];
        power[0] = 1;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = 31 * prefix[i] + word.charAt(i);
            power[i + 1] = 31 * power[i];
        }
        power[n + 1] = 31 * power[n];
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = word.charAt(i) * power[n - 1 - i] + suffix[i + 1];
        }
    }

    /** Moves to the next edit; false when there are no more. */
    boolean next() {
        if (kind == DELETE) {
            if (++at < n) {
                hash = prefix[at] * power[n - at - 1] + suffix[at + 1];
                return true;
            }
            kind = SWAP;
            at = -1;
        }
        if (kind == SWAP) {
            if (++at + 1 < n) {
                int tail = n - at - 2;
                hash = prefix[at] * power[tail + 2] + word.charAt(at + 1) * power[tail + 1]
                        + word.charAt(at) * power[tail] + suffix[at + 2];
                return true;
            }
            kind = INSERT;
            at = 0;
            letter = 'a' - 1;
        }
        return nextChangeOrInsertion();
    }

    /** At each position and letter in turn, the change to the letter (unless it is the word's) then its insertion. */
    private boolean nextChangeOrInsertion() {
        if (kind == CHANGE) {
            kind = INSERT;
            hash = prefix[at] * power[n - at + 1] + letter * power[n - at] + suffix[at];
            return true;
        }
        if (++letter > 'z') {
            if (++at > n) {
                return false;
            }
            letter = 'a';
        }
        if (at < n && letter != word.charAt(at)) {
            kind = CHANGE;
            hash = prefix[at] * power[n - at] + letter * power[n - at - 1] + suffix[at + 1];
        } else {
            hash = prefix[at] * power[n - at + 1] + letter * power[n - at] + suffix[at];
        }
        return true;
    }

    /** Whether the current edit swaps two neighbouring letters. */
    boolean isSwap() {
        return kind == SWAP;
    }

    /** The current edit's {@link String#hashCode}. */
    int hash() {
        return hash;
    }

    /** The current edit's string. */
    String text() {
        return switch (kind) {
            case DELETE -> word.substring(0, at) + word.substring(at + 1);
            case SWAP -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case CHANGE -> word.substring(0, at) + letter + word.substring(at + 1);
            default -> word.substring(0, at) + letter + word.substring(at);
        };
    }
}
