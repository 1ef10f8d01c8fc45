package dev.picket.corpus;

/** The corpus folder as a whole cannot be read (missing, not a folder, unlistable). */
public class CorpusException extends RuntimeException {

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
