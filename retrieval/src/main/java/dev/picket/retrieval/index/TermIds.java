package dev.picket.retrieval.index;

import java.util.Arrays;

/**
 * The distinct terms of one passage, each given a number as it is first seen, then ranked in sorted order: a
 * passage's features name each term by its place in the sorted table ({@link FeatureCodec}). Indexing used to sort
 * the strings of every sentence, then all of them again, then find each one by binary search; a passage has some
 * fifty distinct terms, so a small hash table and one sort of the distinct strings cost less.
 */
final class TermIds {

    private String[] keys = new String[128];
    private int[] values = new int[128];
    private String[] terms = new String[64];
    private int size;

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

    /** The terms seen, sorted. */
    String[] sorted() {
        String[] table = Arrays.copyOf(terms, size);
        Arrays.sort(table);
        return table;
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
