package org.pactum.service.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The settings whose defaults depend on other settings. */
class ServiceSettingsTest {

    @Test
    void theStoreVersionLivesInMemoryOnlyForTheEmbeddedDatabaseUnlessSetOtherwise() {
        assertTrue(settings(null, "auto").storeVersionInMemory(), "the embedded H2 file: this process alone writes");
        assertFalse(settings("jdbc:postgresql://db/pactum", "auto").storeVersionInMemory(), "maybe shared");
        assertTrue(settings("jdbc:postgresql://db/pactum", "memory").storeVersionInMemory());
        assertFalse(settings(null, "Database").storeVersionInMemory());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings(null, "ram").storeVersionInMemory());
        assertTrue(e.getMessage().contains("pactum.cache.versionSource") && e.getMessage().contains("'ram'"),
                e.getMessage());
    }

    @Test
    void theCacheBoundIsSharedByBothCaches() {
        ServiceSettings settings = settings(null, "auto");
        settings.cacheBytes = Optional.of(1001L);
        assertEquals(1001, settings.readCacheBytes() + settings.answerCacheBytes());
        settings.cacheBytes = Optional.of(0L);
        assertEquals(0, settings.readCacheBytes() + settings.answerCacheBytes());
        settings.cacheBytes = Optional.of(-1L);
        assertThrows(IllegalArgumentException.class, settings::readCacheBytes);
    }

    private static ServiceSettings settings(String url, String versionSource) {
        ServiceSettings settings = new ServiceSettings();
        settings.datasourceUrl = Optional.ofNullable(url);
        settings.versionSource = versionSource;
        settings.cacheBytes = Optional.empty();
        return settings;
    }
}
