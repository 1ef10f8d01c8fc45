package dev.picket.retrieval.index;

/** The index could not be opened, written or read. */
public class IndexException extends RuntimeException {

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
