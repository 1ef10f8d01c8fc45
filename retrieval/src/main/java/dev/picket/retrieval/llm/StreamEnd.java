package dev.picket.retrieval.llm;

/**
 * Lets a stream end exactly once, whichever of the model, its error and the timeout comes first, and keeps
 * deltas from arriving after the end.
 */
final class StreamEnd {
    private boolean done;

    synchronized void delta(Runnable send) {
        if (!done) {
            send.run();
        }
    }

    synchronized void complete(Runnable send) {
        if (!done) {
            done = true;
            send.run();
        }
    }
}
