package org.pactum.importer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.pactum.importer.ArticleRejectedException;
import org.pactum.importer.ArticleRejectedException.Reason;

/**
 * Refuses input that cannot be an article before any work is done on it: empty, too large,
 * binary, or not valid UTF-8 (strict decoder: no silent replacement characters).
 */
public final class InputGuard {

    /** Default largest accepted article, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public InputGuard(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public InputGuard() {
        this(DEFAULT_MAX_BYTES);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Decodes bytes as strict UTF-8 and checks the result. */
    public String decode(byte[] bytes) throws ArticleRejectedException {
        checkSize(bytes.length);
        for (byte b : bytes) {
            if (b == 0) {
                throw new ArticleRejectedException(Reason.BINARY, "binary content (NUL bytes), not a text article");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(Reason.INVALID_ENCODING,
                    "not valid UTF-8 (" + e.getMessage() + ")", e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // byte order mark
        }
        check(text);
        return text;
    }

    /** Checks text that is already decoded (the library entry point takes a String). */
    public void check(String text) throws ArticleRejectedException {
        if (text == null || text.isBlank()) {
            throw new ArticleRejectedException(Reason.EMPTY, "empty article (no text)");
        }
        // a char is at most 3 UTF-8 bytes here (BMP) or 4 for a surrogate pair: the length is a lower bound
        checkSize(text.length());
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ArticleRejectedException(Reason.BINARY, "binary content (NUL characters), not a text article");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 16 && control * 20 > text.length()) {
            throw new ArticleRejectedException(Reason.BINARY,
                    "binary content (" + control + " control characters in " + text.length() + "), not a text article");
        }
    }

    private void checkSize(long size) throws ArticleRejectedException {
        if (size > maxBytes) {
            throw new ArticleRejectedException(Reason.TOO_LARGE,
                    "too large (" + size + " bytes, limit " + maxBytes + ")");
        }
    }
}
