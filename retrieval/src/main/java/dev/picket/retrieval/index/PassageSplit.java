package dev.picket.retrieval.index;

import java.util.List;
import java.util.Set;

/**
 * A passage's sentences ({@link PassageSentences}), where each lies in the text (-1 when the splitter joined or
 * cut it, so it is not a piece of the text), and each one's distinct analysed terms, sorted: what the features are
 * made of, worked out from the text's one analysis.
 */
record PassageSplit(List<String> sentences, int[] at, String[][] terms) {

    /** A sentence whose terms the text's tokens cannot give ({@link PassageAnalysis#termsWithin}) is analysed alone. */
    static PassageSplit of(String text, PassageAnalysis analysis) {
        List<String> sentences = List.copyOf(PassageSentences.of(text));
        int[] at = positions(text, sentences);
        String[][] terms = new String[sentences.size()][];
        for (int i = 0; i < at.length; i++) {
            String s = sentences.get(i);
            String[] analysed = at[i] < 0 ? null : analysis.termsWithin(text, at[i], at[i] + s.length());
            terms[i] = analysed != null ? analysed : SortedTerms.distinct(QueryTerms.setOf(s).toArray(String[]::new));
        }
        return new PassageSplit(sentences, at, terms);
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

    /**
     * The terms of the headline and the whole text, sorted: sentences are cut at white space, where no term spans,
     * so the text's terms are its sentences' terms.
     */
    String[] textTerms(Set<String> titleTerms) {
        return SortedTerms.union(titleTerms, terms);
    }
}
