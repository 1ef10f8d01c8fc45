package dev.picket.retrieval;

import java.util.List;

/**
 * Receives a streamed answer: the candidate sources first, then text as it is written and checked, then the final
 * answer, whose text and citations replace everything streamed before. Exactly one of {@link #onComplete} and
 * {@link #onError} is called, last.
 */
public interface AnswerListener {

    /** The numbered passages the answer will be written from; the final citations are a subset, renumbered. */
    void onSources(List<Citation> sources);

    /**
     * More answer text. From an LLM: whole sentences its cited passages support, numbered as the final answer
     * numbers them, each as soon as the model has finished it; the final answer may still differ (a fallback,
     * a decline). Other answerers may send any piece of text.
     */
    void onDelta(String text);

    void onComplete(Answer answer);

    void onError(Throwable error);

    /**
     * Whether whoever asked has left (a closed connection), so the answerer may stop writing and cancel its LLM
     * call. Asked as the answer is written; false by default.
     */
    default boolean gone() {
        return false;
    }

    /** The listener, told in the final answer that retrieval searched {@code searched} for {@code asked}. */
    static AnswerListener searching(String asked, String searched, AnswerListener listener) {
        return new Forwarding(listener) {
            @Override
            public void onComplete(Answer answer) {
                super.onComplete(answer.withSearchedFor(asked, searched));
            }
        };
    }

    /** Passes every event on to another listener; a wrapper overrides the events it adds to. */
    class Forwarding implements AnswerListener {

        private final AnswerListener listener;

        public Forwarding(AnswerListener listener) {
            this.listener = listener;
        }

        @Override
        public void onSources(List<Citation> sources) {
            listener.onSources(sources);
        }

        @Override
        public void onDelta(String text) {
            listener.onDelta(text);
        }

        @Override
        public void onComplete(Answer answer) {
            listener.onComplete(answer);
        }

        @Override
        public void onError(Throwable error) {
            listener.onError(error);
        }

        @Override
        public boolean gone() {
            return listener.gone();
        }
    }
}
