package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.security.EditorIdentityStore;

/**
 * Work done once when the application starts, before the first request: the schema is brought up to date
 * (opening the database), the editor configuration is checked, and the seeds go in when the store is empty.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Inject
    Database database;
    @Inject
    EditorIdentityStore editor;
    @Inject
    SeedLoader seeds;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "store ready on " + database.dialect());
        editor.announce();
        seeds.loadIfEmpty();
    }
}
