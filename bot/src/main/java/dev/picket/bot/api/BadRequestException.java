package dev.picket.bot.api;

/** A request picket cannot act on; the message is shown to the caller as is. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
