package dev.picket.bot.eval;

import org.springframework.http.HttpStatus;

/** An evaluation request picket will not run now, with the status that says why. */
class EvalRefusedException extends RuntimeException {

    private final HttpStatus status;

    EvalRefusedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
