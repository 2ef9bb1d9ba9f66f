package org.pactum.importer;

/** The input cannot be read as an article at all (empty, binary, not UTF-8, too large, unreadable). */
public class ArticleRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why an input was refused; stable names for programs, {@link #getMessage()} for people. */
    public enum Reason { EMPTY, BINARY, INVALID_ENCODING, TOO_LARGE, UNREADABLE }

    private final Reason reason;

    public ArticleRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ArticleRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
