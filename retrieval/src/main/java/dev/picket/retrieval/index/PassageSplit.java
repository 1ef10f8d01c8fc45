package dev.picket.retrieval.index;

import java.util.Collection;
import java.util.List;

/**
 * A passage's sentences ({@link PassageSentences}), where each lies in the text (-1 when the splitter joined or
 * cut it, so it is not a piece of the text), the sorted table of the distinct analysed terms of the headline and
 * the whole text, and each sentence's terms as ascending places in that table: what the features are made of,
 * worked out from the text's one analysis.
 */
record PassageSplit(List<String> sentences, int[] at, String[] table, int[][] ids) {

    /**
     * A sentence whose terms the text's tokens cannot give ({@link PassageAnalysis#idsWithin}) is analysed alone.
     * Sentences are cut at white space, where no term spans, so the text's terms are its sentences' terms.
     */
    static PassageSplit of(String text, PassageAnalysis analysis, Collection<String> titleTerms) {
        List<String> sentences = List.copyOf(PassageSentences.of(text));
        int[] at = positions(text, sentences);
        TermIds dictionary = TermIds.emptied();
        for (String t : titleTerms) {
            dictionary.id(t);
        }
        int[][] ids = new int[sentences.size()][];
        for (int i = 0; i < at.length; i++) {
            String s = sentences.get(i);
            ids[i] = at[i] < 0 ? null : analysis.idsWithin(text, at[i], at[i] + s.length(), dictionary);
            if (ids[i] == null) {
                ids[i] = QueryTerms.setOf(s).stream().mapToInt(dictionary::id).toArray();
            }
        }
        String[] table = dictionary.sorted();
        int[] rank = dictionary.ranks(table);
        for (int i = 0; i < ids.length; i++) {
            ids[i] = TermIds.ranked(ids[i], rank);
        }
        return new PassageSplit(sentences, at, table, ids);
    }

    /** Where each sentence lies in the text, each after the last one found, or -1 when it is not a piece of it. */
    static int[] positions(String text, List<String> sentences) {
        int[] at = new int[sentences.size()];
        int cursor = 0;
        for (int i = 0; i < at.length; i++) {
            String s = sentences.get(i);
            at[i] = s.isEmpty() ? -1 : text.indexOf(s, cursor);
            if (at[i] >= 0) {
                cursor = at[i] + s.length();
            }
        }
        return at;
    }

    /** The terms of sentence {@code i}. */
    String[] terms(int i) {
        String[] out = new String[ids[i].length];
        for (int k = 0; k < out.length; k++) {
            out[k] = table[ids[i][k]];
        }
        return out;
    }
}
