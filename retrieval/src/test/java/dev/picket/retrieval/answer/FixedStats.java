package dev.picket.retrieval.answer;

import java.util.Map;

import dev.picket.retrieval.index.IndexStats;

/**
 * A made-up index for unit tests: so many articles and passages, these document frequencies, and {@code otherwise}
 * for every other term.
 */
record FixedStats(int articleCount, int passageCount, Map<String, Integer> df, int otherwise) implements IndexStats {

    /** Terms not in {@code df} are in no passage. */
    static FixedStats of(int articles, int passages, Map<String, Integer> df) {
        return new FixedStats(articles, passages, df, 0);
    }

    @Override
    public int docFreq(String analysedTerm) {
        return df.getOrDefault(analysedTerm, otherwise);
    }
}
