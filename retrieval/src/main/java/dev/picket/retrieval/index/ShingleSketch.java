package dev.picket.retrieval.index;

/**
 * A bitmap of which of 2,048 buckets a passage's shingle hashes fall in, so most pairs of passages can be told
 * apart without merging their shingles. Shingles two passages share fall in buckets set in both, and at most as
 * many of them share a bucket as either passage has shingles beyond its set bits; so the bitmaps' common bits
 * plus that spare are an upper bound on the shared shingles, never an estimate.
 */
final class ShingleSketch {

    private static final int WORDS = 32;
    private static final int SHIFT = 64 - 11;

    private final long[] bits = new long[WORDS];
    private final int spare;

    ShingleSketch(long[] shingles) {
        int set = 0;
        for (long h : shingles) {
            // The shingles are FNV hashes, whose high bits are the better mixed after a multiply.
            int bucket = (int) ((h * 0x9E3779B97F4A7C15L) >>> SHIFT);
            long mask = 1L << bucket;
            if ((bits[bucket >>> 6] & mask) == 0) {
                bits[bucket >>> 6] |= mask;
                set++;
            }
        }
        this.spare = shingles.length - set;
    }

    /** At least as many as the shingles the two passages share. */
    int sharedAtMost(ShingleSketch other) {
        int bound = Math.min(spare, other.spare);
        for (int w = 0; w < WORDS; w++) {
            bound += Long.bitCount(bits[w] & other.bits[w]);
        }
        return bound;
    }
}
