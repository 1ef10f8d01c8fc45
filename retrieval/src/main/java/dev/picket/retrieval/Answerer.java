package dev.picket.retrieval;

import java.util.List;

/** Answers a question from the corpus, with citations, or declines. */
@FunctionalInterface
public interface Answerer {

    /** @param question the user's text, already checked to be non-blank and of sane length */
    Answer answer(String question);

    /**
     * Answers a follow-up of a conversation. By default it is combined with the earlier questions
     * ({@link Turn#combined}); an LLM answerer rewrites it into a question that stands alone instead.
     *
     * @param history the earlier turns, most recent first; empty for a question that starts afresh
     */
    default Answer answer(String question, List<Turn> history) {
        if (history.isEmpty()) {
            return answer(question);
        }
        String combined = Turn.combined(question, history, Turn.MAX_QUESTION);
        return answer(combined).withSearchedFor(question, combined);
    }
}
