package org.pactum.service.infrastructure.persistence;

import java.nio.file.Path;

/**
 * Where the records live. Defaults to an embedded H2 file database under the data directory;
 * any JDBC URL of a supported {@link Dialect} (PostgreSQL) replaces it.
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize) {

    public DatabaseSettings {
        Dialect.ofJdbcUrl(url);
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("pactum.datasource.maxPoolSize must be at least 1, was " + maxPoolSize);
        }
    }

    /** The embedded default: {@code <dataDir>/pactum.mv.db}, one process at a time. */
    public static DatabaseSettings h2File(Path dataDir, int maxPoolSize) {
        String file = dataDir.toAbsolutePath().normalize().resolve("pactum").toString().replace('\\', '/');
        // a larger statement cache per connection (the default 8 is less than one request's statements across
        // endpoints) and a 64 MB page cache (the default 16 MB holds a fraction of 100,000 records)
        return new DatabaseSettings("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;CACHE_SIZE=65536",
                "sa", "", maxPoolSize);
    }

    public Dialect dialect() {
        return Dialect.ofJdbcUrl(url);
    }

    @Override
    public String toString() {
        // never log the password
        return "DatabaseSettings[url=" + url + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
