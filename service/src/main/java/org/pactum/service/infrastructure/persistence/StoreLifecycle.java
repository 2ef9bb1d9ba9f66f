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

    @PostConstruct
    void open() {
        DatabaseSettings db = settings.database();
        LOG.info(() -> "opening " + db);
        pool = ConnectionPools.open(db);
        int version = new SchemaMigrator(pool, db.dialect()).migrate();
        LOG.info(() -> "schema version " + version + " on " + db.dialect());
        database = new Database(pool, db.dialect());
    }

    /** The one Database of the application (the lifecycle bean is application scoped). */
    @Produces
    Database database() {
        return database;
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
