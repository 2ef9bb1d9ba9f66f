package org.pactum.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.pactum.importer.ArticleRejectedException;
import org.pactum.importer.ArticleRejectedException.Reason;

class InputGuardTest {

    private final InputGuard guard = new InputGuard(1000);

    private Reason reason(byte[] bytes) {
        return assertThrows(ArticleRejectedException.class, () -> guard.decode(bytes)).reason();
    }

    @Test
    void acceptsUtf8TextAndDropsAByteOrderMark() throws Exception {
        assertEquals("Türkiye signed.", guard.decode("\uFEFFTürkiye signed.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesEmptyAndBlankInput() {
        assertEquals(Reason.EMPTY, reason(new byte[0]));
        assertEquals(Reason.EMPTY, reason(" \n\t\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesBinaryContent() {
        assertEquals(Reason.BINARY, reason(new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 1 : 'a');
        }
        assertEquals(Reason.BINARY, reason(controls));
    }

    @Test
    void refusesInvalidUtf8InsteadOfReplacingIt() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> guard.decode(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}));
        assertEquals(Reason.INVALID_ENCODING, e.reason());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void refusesInputOverTheSizeLimit() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> guard.decode(new byte[1001]));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("limit 1000"), e.getMessage());
    }
}
