package dev.picket.retrieval.index;

import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/** The analysed terms of the served passages' text: how often each occurs, and spelling correction against them. */
final class Vocabulary {

    /** Shorter words are too close to other real words for one edit to mean a typo. */
    private static final int MIN_CORRECTED_LENGTH = 6;
    /** Typos rarely hit the first letters, and a fixed prefix keeps the automaton small. */
    private static final int CORRECTION_PREFIX = 2;

    private final Searchers searchers;

    Vocabulary(Searchers searchers) {
        this.searchers = searchers;
    }

    int docFreq(String analysedTerm) {
        return searchers.with(searcher -> searcher.getIndexReader().docFreq(new Term(Schema.TEXT, analysedTerm)));
    }

    /**
     * A misspelt word's nearest term in the index, one edit away, the most common one on a tie; a word the
     * index holds, a short one or one with digits stays as it is. Only words absent from the index are ever
     * corrected, so a question never loses a word the articles use.
     */
    String nearest(String analysedTerm) {
        if (analysedTerm.length() < MIN_CORRECTED_LENGTH || !analysedTerm.chars().allMatch(Character::isLetter)
                || docFreq(analysedTerm) > 0) {
            return analysedTerm;
        }
        return searchers.with(searcher -> {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.TEXT);
            if (terms == null) {
                return analysedTerm;
            }
            FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(Schema.TEXT, analysedTerm), 1,
                    CORRECTION_PREFIX, true);
            String best = analysedTerm;
            int bestFreq = 0;
            for (BytesRef t = near.next(); t != null; t = near.next()) {
                if (near.docFreq() > bestFreq) {
                    best = t.utf8ToString();
                    bestFreq = near.docFreq();
                }
            }
            return best;
        });
    }
}
