package org.pactum.importer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A broken data file fails loudly, naming the file and the line. */
class ReferenceTableTest {

    @Test
    void aLineWithTooFewColumnsIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceTable.read("bad-columns.tsv", "name", "country", "kind", "aliases"));
        assertTrue(e.getMessage().startsWith("bad-columns.tsv line 4: expected 4 tab-separated columns, found 3"),
                e.getMessage());
    }

    @Test
    void aWrongHeaderIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceTable.read("bad-header.tsv", "code", "name", "founded", "aliases"));
        assertTrue(e.getMessage().startsWith("bad-header.tsv line 1: expected the header code TAB name TAB founded"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferenceTable.read("nowhere.tsv", "a"));
        assertEquals("reference data file missing from the jar: nowhere.tsv", e.getMessage());
    }

    @Test
    void listsAreSplitAtBarsAndTrimmed() {
        ReferenceTable.Row row = ReferenceTable.read("bad-header.tsv", "code", "name").rows().get(0);
        assertEquals(List.of("United Nations"), row.list("name"));
        assertEquals("UN", row.required("code"));
    }
}
