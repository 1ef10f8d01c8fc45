package dev.picket.retrieval.index;

import java.util.Arrays;
import java.util.Collection;

/**
 * Sets of analysed terms as indexing handles them: sorted arrays without repeats. A passage's sentences have a few
 * hundred terms between them, and building a hash set for each sentence and each passage cost a build more than
 * sorting them.
 */
final class SortedTerms {

    private SortedTerms() {
    }

    /** The terms sorted, each once; sorts the array given. */
    static String[] distinct(String[] terms) {
        Arrays.sort(terms);
        int distinct = 0;
        for (int i = 0; i < terms.length; i++) {
            if (distinct == 0 || !terms[i].equals(terms[distinct - 1])) {
                terms[distinct++] = terms[i];
            }
        }
        return distinct == terms.length ? terms : Arrays.copyOf(terms, distinct);
    }

    /** Every term of these, sorted, each once. */
    static String[] union(Collection<String> first, String[][] more) {
        int n = first.size();
        for (String[] m : more) {
            n += m.length;
        }
        String[] all = first.toArray(new String[n]);
        int at = first.size();
        for (String[] m : more) {
            System.arraycopy(m, 0, all, at, m.length);
            at += m.length;
        }
        return distinct(all);
    }
}
