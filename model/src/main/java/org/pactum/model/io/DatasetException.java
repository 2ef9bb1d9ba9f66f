package org.pactum.model.io;

/**
 * A dataset could not be read or written: malformed or invalid input (with the line and column where known),
 * refused XML constructs (DTDs, external entities) or an I/O failure.
 */
public class DatasetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public DatasetException(String message, Throwable cause) {
        this(message, -1, -1, cause);
    }

    /** A failure at a position of the input; line and column count from 1, -1 when unknown. */
    public DatasetException(String message, int line, int column, Throwable cause) {
        super(line > 0 ? message + " (line " + line + (column > 0 ? ", column " + column : "") + ")" : message, cause);
        this.line = line;
        this.column = column;
    }

    /** Line of the input where the problem is (from 1), or -1. */
    public int getLine() {
        return line;
    }

    /** Column of the input where the problem is (from 1), or -1. */
    public int getColumn() {
        return column;
    }
}
