package org.pactum.service.infrastructure.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The storage contract on a real PostgreSQL 14, started from Maven artifacts. */
class PostgresStorageTest extends StorageContract {

    private static EmbeddedPostgres postgres;
    private static HikariDataSource pool;
    private static Database database;

    @BeforeAll
    static void open() throws IOException {
        postgres = EmbeddedPostgres.start();
        DatabaseSettings settings = new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                "postgres", 4);
        pool = ConnectionPools.open(settings);
        new SchemaMigrator(pool, settings.dialect()).migrate();
        database = new Database(pool, settings.dialect());
    }

    @AfterAll
    static void close() throws IOException {
        pool.close();
        postgres.close();
    }

    @Override
    protected Database database() {
        return database;
    }
}
