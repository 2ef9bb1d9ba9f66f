package org.pactum.service.infrastructure.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Opens the pooled {@link javax.sql.DataSource} for some {@link DatabaseSettings}. */
public final class ConnectionPools {

    private ConnectionPools() {
    }

    public static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pactum");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        // the driver class comes from the WAR, whatever the server's own class path holds
        config.setDriverClassName(settings.dialect() == Dialect.H2 ? "org.h2.Driver" : "org.postgresql.Driver");
        config.setAutoCommit(true);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }
}
