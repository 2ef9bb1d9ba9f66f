package org.pactum.service.infrastructure.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pactum.service.infrastructure.config.ServiceSettings;

/** Opens the pool and brings the schema up to date once, when the application starts. */
@ApplicationScoped
public class StoreLifecycle {

    private static final Logger LOG = Logger.getLogger(StoreLifecycle.class.getName());

    @Inject
    ServiceSettings settings;

    private HikariDataSource pool;
    private Database database;
    private ReadCache cache;
    private StoreVersion storeVersion;

    @PostConstruct
    void open() {
        DatabaseSettings db = settings.database();
        LOG.info(() -> "opening " + db);
        pool = ConnectionPools.open(db);
        int schema = new SchemaMigrator(pool, db.dialect()).migrate();
        LOG.info(() -> "schema version " + schema + " on " + db.dialect());
        if (settings.storeVersionInMemory()) {
            InProcessStoreVersion inProcess =
                    new InProcessStoreVersion(new Database(pool, db.dialect()).read(new StoreState()::version));
            database = new Database(pool, db.dialect(), inProcess);
            storeVersion = inProcess;
        } else {
            database = new Database(pool, db.dialect());
            storeVersion = new DatabaseStoreVersion(database);
        }
        LOG.info(() -> "store version kept " + (storeVersion instanceof InProcessStoreVersion
                ? "in memory (this process is the store's only writer)" : "in the database, read at every request"));
        long cacheBytes = settings.readCacheBytes();
        LOG.info(() -> "read cache of at most " + cacheBytes / (1024 * 1024) + " MB");
        cache = new ReadCache(cacheBytes);
    }

    /** The one Database of the application (the lifecycle bean is application scoped). */
    @Produces
    Database database() {
        return database;
    }

    /** The store version, the one every reader and the commit of every write agree on. */
    @Produces
    StoreVersion storeVersion() {
        return storeVersion;
    }

    /** The one read cache of the application, shared by every reader so that writes invalidate it for all. */
    @Produces
    ReadCache readCache() {
        return cache;
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
