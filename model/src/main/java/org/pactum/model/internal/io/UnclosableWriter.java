package org.pactum.model.internal.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Lets JSON-B write one record into the dataset's stream: {@code Jsonb.toJson(Object, Writer)} flushes and closes
 * its writer, which would end the dataset (and a flush per record would cost a system call each).
 */
final class UnclosableWriter extends Writer {

    private final Writer delegate;

    UnclosableWriter(Writer delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        delegate.write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        delegate.write(text, offset, length);
    }

    @Override
    public void write(int c) throws IOException {
        delegate.write(c);
    }

    @Override
    public void flush() {
        // the dataset writer decides when to flush
    }

    @Override
    public void close() {
        // the dataset writer closes the stream at the end of the dataset
    }
}
