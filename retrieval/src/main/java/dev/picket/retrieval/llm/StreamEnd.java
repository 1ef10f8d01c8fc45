package dev.picket.retrieval.llm;

/**
 * Lets a stream end exactly once, whichever of the model, its error, the timeout and the client leaving comes
 * first, keeps deltas from arriving after the end, and frees the stream's LLM slot when it ends.
 */
final class StreamEnd {
    private final Runnable ended;
    private boolean done;

    StreamEnd(Runnable ended) {
        this.ended = ended;
    }

    synchronized void delta(Runnable send) {
        if (!done) {
            send.run();
        }
    }

    synchronized void complete(Runnable send) {
        if (!done) {
            end();
            send.run();
        }
    }

    /** Ends the stream with nothing more sent: nobody is listening. */
    synchronized void abandon() {
        if (!done) {
            end();
        }
    }

    private void end() {
        done = true;
        ended.run();
    }
}
