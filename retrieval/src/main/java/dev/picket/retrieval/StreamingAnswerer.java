package dev.picket.retrieval;

import java.util.List;

/** Answers a question as a stream of events, for clients that show text as it arrives. */
@FunctionalInterface
public interface StreamingAnswerer {

    /** Streams the answer to the listener; may return before the stream ends. */
    void answer(String question, AnswerListener listener);

    /**
     * Streams the answer to a follow-up; as {@link Answerer#answer(String, List)}, combined with the earlier
     * questions by default.
     *
     * @param history the earlier turns, most recent first; empty for a question that starts afresh
     */
    default void answer(String question, List<Turn> history, AnswerListener listener) {
        if (history.isEmpty()) {
            answer(question, listener);
            return;
        }
        String combined = Turn.combined(question, history, Turn.MAX_QUESTION);
        answer(combined, AnswerListener.searching(question, combined, listener));
    }

    /** A streaming answerer that treats a new question as a follow-up with no history. */
    static StreamingAnswerer withHistory(WithHistory answerer) {
        return new StreamingAnswerer() {
            @Override
            public void answer(String question, AnswerListener listener) {
                answerer.answer(question, List.of(), listener);
            }

            @Override
            public void answer(String question, List<Turn> history, AnswerListener listener) {
                answerer.answer(question, history, listener);
            }
        };
    }

    /**
     * A stream of an answerer that writes its answer in one go: the final sources, the whole text as one delta,
     * then the answer itself. A follow-up goes to the answerer with its history.
     */
    static StreamingAnswerer of(Answerer answerer) {
        return withHistory((question, history, listener) -> {
            Answer answer;
            try {
                answer = answerer.answer(question, history);
            } catch (RuntimeException e) {
                listener.onError(e);
                return;
            }
            listener.onSources(answer.citations());
            listener.onDelta(answer.answer());
            listener.onComplete(answer);
        });
    }

    /** {@link #answer(String, List, AnswerListener)} alone, for wrappers that pass the history on. */
    @FunctionalInterface
    interface WithHistory {
        void answer(String question, List<Turn> history, AnswerListener listener);
    }
}
