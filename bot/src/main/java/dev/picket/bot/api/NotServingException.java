package dev.picket.bot.api;

/** The index is not ready yet (first build running) or could not be built. */
public class NotServingException extends RuntimeException {

    public NotServingException(String message) {
        super(message);
    }
}
