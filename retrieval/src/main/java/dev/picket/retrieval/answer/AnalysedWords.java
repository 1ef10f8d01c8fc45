package dev.picket.retrieval.answer;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.picket.retrieval.index.QueryTerms;

/**
 * The analysed terms of single words, remembered: questions are made of the same few thousand words, and
 * running the analyser over each word of each question on its own cost more than the rest of reading its names.
 * Bounded, as the words come from users: once full, it is emptied and fills again with the words in use.
 */
final class AnalysedWords {

    static final int SIZE = 20_000;
    private static final Map<String, Set<String>> KNOWN = new ConcurrentHashMap<>();

    private AnalysedWords() {
    }

    /** {@link QueryTerms#setOf} of the word, read-only. */
    static Set<String> of(String word) {
        Set<String> terms = KNOWN.get(word);
        if (terms == null) {
            terms = Set.copyOf(QueryTerms.setOf(word));
            if (KNOWN.size() >= SIZE) {
                KNOWN.clear();
            }
            KNOWN.put(word, terms);
        }
        return terms;
    }
}
