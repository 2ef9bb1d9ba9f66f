package org.pactum.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountriesTest {

    @Test
    void holdsTheWholeIsoList() {
        assertEquals(249, Countries.alpha3Codes().size());
        assertTrue(Countries.alpha3Codes().stream().allMatch(code -> code.matches("[A-Z]{3}")));
    }

    @Test
    void knowsAssignedCodesOnly() {
        assertTrue(Countries.isAlpha3("AZE"));
        assertTrue(Countries.isAlpha3("CHN"));
        assertTrue(Countries.isAlpha3("USA"));
        assertTrue(Countries.isAlpha3("ZWE"));
        assertFalse(Countries.isAlpha3("aze"));
        assertFalse(Countries.isAlpha3("XKX"));
        assertFalse(Countries.isAlpha3("SCO"));
        assertFalse(Countries.isAlpha3(""));
        assertFalse(Countries.isAlpha3(null));
    }

    @Test
    void namesCodesInEnglish() {
        assertEquals("Azerbaijan", Countries.name("AZE"));
        assertEquals("Türkiye", Countries.name("TUR"));
        assertEquals("Côte d'Ivoire", Countries.name("CIV"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Countries.name("XYZ"));
        assertEquals("'XYZ' is not an ISO 3166-1 alpha-3 country code", e.getMessage());
    }
}
