package dev.picket.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The analysed terms of a question, each weighted by how rare it is in the index (BM25's idf). A term the
 * corpus never uses weighs most: a question about "Germany" or "banana bread" hinges on exactly the words the
 * articles lack, which is what makes coverage a good abstention signal.
 */
public final class QuestionTerms {

    /**
     * Words that ask "when" rather than "what": the time prior answers them by ranking recent articles first,
     * so a passage is not short of evidence for lacking the word "current".
     */
    private static final Set<String> TIME_WORDS = QueryTerms.setOf(
            "now nowadays current currently latest recent recently today presently ongoing");

    private final Map<String, Double> weights;
    private final double total;

    private QuestionTerms(Map<String, Double> weights) {
        this.weights = weights;
        this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    static QuestionTerms weigh(String question, IndexStats stats) {
        int n = Math.max(1, stats.passageCount());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : QueryTerms.of(question)) {
            if (TIME_WORDS.contains(term)) {
                continue;
            }
            int df = stats.docFreq(term);
            weights.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        }
        return new QuestionTerms(weights);
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The share of the question's weight whose terms appear in the given analysed terms, from 0 to 1. */
    double coverage(Set<String> terms) {
        if (total == 0) {
            return 0;
        }
        double covered = 0;
        for (var e : weights.entrySet()) {
            if (terms.contains(e.getKey())) {
                covered += e.getValue();
            }
        }
        return covered / total;
    }
}
