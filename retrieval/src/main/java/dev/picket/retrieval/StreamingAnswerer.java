package dev.picket.retrieval;

/** Answers a question as a stream of events, for clients that show text as it arrives. */
@FunctionalInterface
public interface StreamingAnswerer {

    /** Streams the answer to the listener; may return before the stream ends. */
    void answer(String question, AnswerListener listener);

    /**
     * A stream of an answerer that writes its answer in one go: the final sources, the whole text as one delta,
     * then the answer itself.
     */
    static StreamingAnswerer of(Answerer answerer) {
        return (question, listener) -> {
            Answer answer;
            try {
                answer = answerer.answer(question);
            } catch (RuntimeException e) {
                listener.onError(e);
                return;
            }
            listener.onSources(answer.citations());
            listener.onDelta(answer.answer());
            listener.onComplete(answer);
        };
    }
}
