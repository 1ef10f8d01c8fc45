package dev.picket.retrieval.eval;

import java.util.List;
import java.util.Locale;

/**
 * One line of a question set (format: docs/quality.md).
 *
 * @param gold          prefixes of the article ids whose passages hold the answer
 * @param expectAbstain true when the right response is to decline
 */
public record EvalQuestion(String id, String kind, String question, List<String> expectAny, List<String> expectAll,
                           List<String> gold, boolean expectAbstain) {

    public EvalQuestion {
        expectAny = List.copyOf(expectAny);
        expectAll = List.copyOf(expectAll);
        gold = List.copyOf(gold);
    }

    public boolean isGold(String articleId) {
        return gold.stream().anyMatch(articleId::startsWith);
    }

    /** Whether an answer text holds what this question expects, ignoring case. */
    public boolean isCorrect(String answer) {
        String a = answer.toLowerCase(Locale.ROOT);
        return (expectAny.isEmpty() || expectAny.stream().anyMatch(e -> a.contains(e.toLowerCase(Locale.ROOT))))
                && expectAll.stream().allMatch(e -> a.contains(e.toLowerCase(Locale.ROOT)));
    }
}
