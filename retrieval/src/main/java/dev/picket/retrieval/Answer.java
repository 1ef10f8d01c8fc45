package dev.picket.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * What picket says to a question.
 *
 * @param answer    the answer text with {@code [n]} markers, or the abstention sentence
 * @param answered  false when picket declined; then there are no citations
 * @param mode      how the answer was written: {@code extractive} or {@code llm}
 * @param citations the sources, ordered by {@code n}; every marker in the text has one
 * @param timings   where the time went
 */
public record Answer(String answer, boolean answered, String mode, List<Citation> citations, Timings timings) {

    public static final String ABSTENTION = "I can't answer that from the articles I have.";
    public static final String EXTRACTIVE = "extractive";

    public Answer {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(mode, "mode");
        citations = List.copyOf(citations);
        if (!answered && !citations.isEmpty()) {
            throw new IllegalArgumentException("an abstention cites nothing");
        }
    }

    public static Answer abstain(String mode, Timings timings) {
        return new Answer(ABSTENTION, false, mode, List.of(), timings);
    }
}
