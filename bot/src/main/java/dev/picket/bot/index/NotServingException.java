package dev.picket.bot.index;

/**
 * The index is not ready yet (first build running) or could not be built; the message says which. Thrown by
 * {@link KnowledgeBase#requireServing()}; the HTTP API answers it with 503.
 */
public class NotServingException extends RuntimeException {

    NotServingException(String message) {
        super(message);
    }
}
