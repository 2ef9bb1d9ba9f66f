package org.pactum.service.infrastructure.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on the embedded H2 file database (the default). */
class H2StorageTest extends StorageContract {

    @TempDir
    static Path dataDir;
    private static HikariDataSource pool;
    private static Database database;

    @BeforeAll
    static void open() {
        DatabaseSettings settings = DatabaseSettings.h2File(dataDir, 4);
        pool = ConnectionPools.open(settings);
        new SchemaMigrator(pool, settings.dialect()).migrate();
        database = new Database(pool, settings.dialect());
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Override
    protected Database database() {
        return database;
    }
}
