package org.pactum.service.infrastructure.persistence;

import java.util.Locale;

/** The databases the service runs on; each has its own folder of schema migrations. */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The classpath folder holding this dialect's numbered migrations. */
    public String migrationFolder() {
        return "org/pactum/service/db/" + folder + "/";
    }

    public static Dialect ofJdbcUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL '" + url
                + "': pactum.datasource.url must start with jdbc:h2: or jdbc:postgresql:");
    }
}
