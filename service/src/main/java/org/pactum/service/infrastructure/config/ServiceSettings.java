package org.pactum.service.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
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
    Optional<Long> readCacheBytes;

    /**
     * The read cache's bound in bytes: {@code pactum.cache.maxBytes}, by default a sixteenth of the maximum
     * heap (32 MB with -Xmx512m); 0 turns it off.
     */
    public long readCacheBytes() {
        return readCacheBytes.orElseGet(() -> Runtime.getRuntime().maxMemory() / 16);
    }

    /** H2 under {@code pactum.data.dir} unless {@code pactum.datasource.url} names another database. */
    public DatabaseSettings database() {
        return datasourceUrl.filter(url -> !url.isBlank())
                .map(url -> new DatabaseSettings(url, datasourceUser.orElse(null), datasourcePassword.orElse(null),
                        maxPoolSize))
                .orElseGet(() -> DatabaseSettings.h2File(Path.of(dataDir), maxPoolSize));
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
