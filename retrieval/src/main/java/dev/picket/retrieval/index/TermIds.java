package dev.picket.retrieval.index;

import java.util.Arrays;

/**
 * The distinct terms of one passage, each given a number as it is first seen, then ranked in sorted order: a
 * passage's features name each term by its place in the sorted table ({@link FeatureCodec}). Indexing used to sort
 * the strings of every sentence, then all of them again, then find each one by binary search; a passage has some
 * fifty distinct terms, so a small hash table and one sort of the distinct strings cost less.
 */
final class TermIds {

    // Indexing numbers the terms of every passage on a few threads; each empties its table for the next one.
    private static final ThreadLocal<TermIds> PER_THREAD = ThreadLocal.withInitial(TermIds::new);

    private String[] keys = new String[128];
    private int[] values = new int[128];
    private String[] terms = new String[64];
    private int size;

    /** The calling thread's table, emptied: what it numbered before is forgotten. */
    static TermIds emptied() {
        TermIds ids = PER_THREAD.get();
        Arrays.fill(ids.keys, null);
        Arrays.fill(ids.terms, 0, ids.size, null);
        ids.size = 0;
        return ids;
    }

    /** The term's number, given it now when it is new. */
    int id(String term) {
        int mask = keys.length - 1;
        int slot = mix(term.hashCode()) & mask;
        while (keys[slot] != null) {
            if (keys[slot].equals(term)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, 2 * size);
        }
        terms[size] = term;
        keys[slot] = term;
        values[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The terms seen, in the order they were numbered: term {@code i} is the one numbered {@code i}. */
    String[] inOrder() {
        return Arrays.copyOf(terms, size);
    }

    /**
     * The terms seen, sorted as {@link String#compareTo} sorts them. Most terms differ in their first three
     * characters, so those are packed into a long with the term's number below them and the longs sorted; only
     * terms that share the three are compared as strings. Sorting the strings was the most of this table's cost.
     */
    String[] sorted() {
        if (size > 0xFFFF) {
            String[] table = Arrays.copyOf(terms, size);
            Arrays.sort(table);
            return table;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            // The sign bit flipped, so the signed sort of longs orders the characters as unsigned.
            keys[i] = (prefix(terms[i]) << 16 | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        String[] table = new String[size];
        for (int i = 0; i < size; i++) {
            table[i] = terms[(int) (keys[i] & 0xFFFF)];
        }
        for (int i = 0; i < size; ) {
            int j = i + 1;
            while (j < size && keys[j] >>> 16 == keys[i] >>> 16) {
                j++;
            }
            if (j - i > 1) {
                Arrays.sort(table, i, j);
            }
            i = j;
        }
        return table;
    }

    /** The first three characters, 16 bits each, a shorter term padded with 0 (which sorts first, as its end does). */
    private static long prefix(String term) {
        long key = 0;
        for (int c = 0; c < 3; c++) {
            key = key << 16 | (c < term.length() ? term.charAt(c) : 0);
        }
        return key;
    }

    /** Each number's place in {@code table}, which is {@link #sorted()}. */
    int[] ranks(String[] table) {
        int[] rank = new int[size];
        for (int r = 0; r < table.length; r++) {
            rank[id(table[r])] = r;
        }
        return rank;
    }

    /** The places in the sorted table of the terms numbered {@code ids}, ascending, each once. */
    static int[] ranked(int[] ids, int[] rank) {
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = rank[ids[i]];
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == out.length ? out : Arrays.copyOf(out, distinct);
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[2 * oldKeys.length];
        values = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldKeys[i].hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
