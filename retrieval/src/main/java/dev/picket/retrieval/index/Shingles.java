package dev.picket.retrieval.index;

import java.util.Arrays;
import java.util.Locale;

/**
 * The hashes of a text's word 4-grams ({@link PassageFeatures#copies}), which tell a copy of the same wire story:
 * FNV-1a over each shingle's lower-cased words, each followed by a space.
 */
final class Shingles {

    /** Words per shingle: four in a row rarely repeat by chance between two reports. */
    static final int SHINGLE = 4;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long FNV_BASIS = 0xcbf29ce484222325L;

    private Shingles() {
    }

    /**
     * The distinct 32-bit hashes of the text's lower-cased word 4-grams, sorted; a text of fewer words is one
     * shingle of all of them (so two texts without a word are copies of each other).
     */
    static long[] of(String text) {
        // A scan over the characters rather than a regular expression's split: indexing runs it on every passage.
        // Plain ASCII is lower-cased in one pass over its array, as toLowerCase would, rather than per shingle.
        Scratch scratch = SCRATCH.get();
        char[] lower;
        int length;
        if (isAscii(text)) {
            length = text.length();
            lower = asciiLowerCase(text, scratch.chars(length));
        } else {
            lower = text.toLowerCase(Locale.ROOT).toCharArray();
            length = lower.length;
        }
        // A word and the character after it are at least two, so the text's length bounds the words' entries.
        int[] bounds = scratch.bounds(length + 1);
        int words = wordBounds(lower, length, bounds) / 2;
        long[] out = new long[Math.max(1, words - SHINGLE + 1)];
        // The four shingles a word is in are hashed side by side, each word's characters read once: shingle s is
        // h[s % 4], started afresh at its first word and done after its fourth. Four independent chains of
        // multiplications instead of one run four times as fast on a core and give the same hashes.
        long h0 = FNV_BASIS;
        long h1 = FNV_BASIS;
        long h2 = FNV_BASIS;
        long h3 = FNV_BASIS;
        for (int k = 0; k < words; k++) {
            switch (k & 3) {
                case 0 -> h0 = FNV_BASIS;
                case 1 -> h1 = FNV_BASIS;
                case 2 -> h2 = FNV_BASIS;
                default -> h3 = FNV_BASIS;
            }
            for (int c = bounds[2 * k], end = bounds[2 * k + 1]; c < end; c++) {
                long x = lower[c];
                h0 = (h0 ^ x) * FNV_PRIME;
                h1 = (h1 ^ x) * FNV_PRIME;
                h2 = (h2 ^ x) * FNV_PRIME;
                h3 = (h3 ^ x) * FNV_PRIME;
            }
            h0 = (h0 ^ ' ') * FNV_PRIME;
            h1 = (h1 ^ ' ') * FNV_PRIME;
            h2 = (h2 ^ ' ') * FNV_PRIME;
            h3 = (h3 ^ ' ') * FNV_PRIME;
            if (k >= SHINGLE - 1) {
                out[k - SHINGLE + 1] = fold(switch ((k + 1) & 3) {
                    case 0 -> h0;
                    case 1 -> h1;
                    case 2 -> h2;
                    default -> h3;
                });
            }
        }
        int n = out.length;
        if (words < SHINGLE) {
            // Fewer words than a shingle: one shingle of all of them (started at word 0).
            out[0] = fold(h0);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == n ? out : Arrays.copyOf(out, distinct);
    }

    // Folded to 32 bits, which store in half the bytes: a chance collision among a passage's hundred shingles is
    // about one in a million pairs of passages, and only nudges their overlap.
    private static long fold(long h) {
        return (h ^ (h >>> 32)) & 0xFFFF_FFFFL;
    }

    private static char[] asciiLowerCase(String text, char[] chars) {
        text.getChars(0, text.length(), chars, 0);
        for (int i = 0; i < text.length(); i++) {
            char ch = chars[i];
            if (ch >= 'A' && ch <= 'Z') {
                chars[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return chars;
    }

    // Indexing takes the shingles of every passage on a few threads; each keeps its arrays for the next one.
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A thread's working arrays, grown to the longest text it has seen. */
    private static final class Scratch {

        private char[] chars = new char[2_048];
        private int[] bounds = new int[2_049];

        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[n];
            }
            return chars;
        }

        int[] bounds(int n) {
            if (bounds.length < n) {
                bounds = new int[n];
            }
            return bounds;
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Where each word (a run of letters and digits) starts and ends, two entries a word; how many entries. */
    private static int wordBounds(char[] s, int length, int[] bounds) {
        int count = 0;
        int i = 0;
        while (i < length) {
            if (!isWordCharAt(s, i, length)) {
                i += charCountAt(s, i, length);
                continue;
            }
            int start = i;
            while (i < length && isWordCharAt(s, i, length)) {
                i += charCountAt(s, i, length);
            }
            bounds[count++] = start;
            bounds[count++] = i;
        }
        return count;
    }

    private static int charCountAt(char[] s, int i, int length) {
        return s[i] < Character.MIN_HIGH_SURROGATE ? 1 : Character.charCount(Character.codePointAt(s, i, length));
    }

    /** What {@code [\p{L}\p{N}]} matches at {@code i}: a letter, or a digit, letter-like or other number. */
    private static boolean isWordCharAt(char[] s, int i, int length) {
        char c = s[i];
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = Character.codePointAt(s, i, length);
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
