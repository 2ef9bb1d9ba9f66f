package org.pactum.service.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pactum.service.infrastructure.persistence.DatabaseSettings;

/**
 * Every setting of the service, from MicroProfile Config: system properties ({@code -Dpactum.data.dir=...}),
 * environment variables ({@code PACTUM_DATA_DIR=...}) or {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class ServiceSettings {

    @Inject
    @ConfigProperty(name = "pactum.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "pactum.datasource.url")
    Optional<String> datasourceUrl;

    @Inject
    @ConfigProperty(name = "pactum.datasource.user")
    Optional<String> datasourceUser;

    @Inject
    @ConfigProperty(name = "pactum.datasource.password")
    Optional<String> datasourcePassword;

    @Inject
    @ConfigProperty(name = "pactum.datasource.maxPoolSize", defaultValue = "16")
    int maxPoolSize;

    @Inject
    @ConfigProperty(name = "pactum.seeds.load", defaultValue = "true")
    boolean loadSeeds;

    @Inject
    @ConfigProperty(name = "pactum.import.maxBytes", defaultValue = "1000000")
    long importMaxBytes;

    @Inject
    @ConfigProperty(name = "pactum.editor.user")
    Optional<String> editorUser;

    @Inject
    @ConfigProperty(name = "pactum.editor.password")
    Optional<String> editorPassword;

    @Inject
    @ConfigProperty(name = "pactum.cache.maxBytes")
    Optional<Long> cacheBytes;

    @Inject
    @ConfigProperty(name = "pactum.cache.versionSource", defaultValue = "auto")
    String versionSource;

    /**
     * The bound of both caches together in bytes: {@code pactum.cache.maxBytes}, by default a sixteenth of the
     * maximum heap (32 MB with -Xmx512m); 0 turns them off. Half for the read cache (records and page keys),
     * half for the cached JSON answers.
     */
    private long cacheBytes() {
        long bytes = cacheBytes.orElseGet(() -> Runtime.getRuntime().maxMemory() / 16);
        if (bytes < 0) {
            throw new IllegalArgumentException("pactum.cache.maxBytes must be 0 or more, was " + bytes);
        }
        return bytes;
    }

    public long readCacheBytes() {
        return cacheBytes() / 2;
    }

    public long answerCacheBytes() {
        return cacheBytes() - readCacheBytes();
    }

    /**
     * Whether this process is the only writer of the store, so that the store version can be kept in memory
     * instead of read from the database at every request. {@code pactum.cache.versionSource}: {@code memory},
     * {@code database}, or {@code auto} (the default): memory for the embedded H2 file under the data directory
     * (H2 locks the file to one process), the database for any {@code pactum.datasource.url} (PostgreSQL may
     * be shared by several instances).
     */
    public boolean storeVersionInMemory() {
        return switch (versionSource.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> embeddedDatabase();
            case "memory" -> true;
            case "database" -> false;
            default -> throw new IllegalArgumentException(
                    "pactum.cache.versionSource must be auto, memory or database, was '" + versionSource + "'");
        };
    }

    private boolean embeddedDatabase() {
        return datasourceUrl.filter(url -> !url.isBlank()).isEmpty();
    }

    /** H2 under {@code pactum.data.dir} unless {@code pactum.datasource.url} names another database. */
    public DatabaseSettings database() {
        if (embeddedDatabase()) {
            return DatabaseSettings.h2File(Path.of(dataDir), maxPoolSize);
        }
        return new DatabaseSettings(datasourceUrl.orElseThrow(), datasourceUser.orElse(null),
                datasourcePassword.orElse(null), maxPoolSize);
    }

    public boolean loadSeeds() {
        return loadSeeds;
    }

    public long importMaxBytes() {
        return importMaxBytes;
    }

    /** The editor's user name, when both it and the password are set (no default works anywhere). */
    public Optional<String> editorUser() {
        return editorPassword.filter(p -> !p.isEmpty()).flatMap(p -> editorUser.filter(u -> !u.isBlank()));
    }

    public Optional<String> editorPassword() {
        return editorUser().flatMap(u -> editorPassword);
    }
}
