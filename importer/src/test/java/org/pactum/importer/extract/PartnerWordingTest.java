package org.pactum.importer.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pactum.model.EdtfDate;

class PartnerWordingTest {

    private final PartnerWording wording = new PartnerWording(Map.of("SCO", "2025-09-01", "ASEAN", ""));

    @Test
    void aDatedWordingHoldsBeforeItsDayOnly() {
        assertTrue(wording.meansDialoguePartner("SCO", EdtfDate.parse("2025-08-31")));
        assertTrue(wording.meansDialoguePartner("SCO", EdtfDate.parse("2024"))); // a year alone counts as before
        assertFalse(wording.meansDialoguePartner("SCO", EdtfDate.parse("2025-09-01")));
        assertTrue(wording.meansDialoguePartner("ASEAN", EdtfDate.parse("2026-01-01")));
        assertFalse(wording.meansDialoguePartner("BRICS", EdtfDate.parse("2024-01-01")));
    }

    @Test
    void aDayThatIsNoDayIsRefusedWithTheOrganizationNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PartnerWording(Map.of("SCO", "1 Sept 2025")));
        assertTrue(e.getMessage().contains("SCO") && e.getMessage().contains("1 Sept 2025"), e.getMessage());
    }
}
