package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.StoreState;

/** The service's own metrics under /metrics (application scope). */
@ApplicationScoped
public class StoreMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    Database database;

    private final StoreState state = new StoreState();

    /** Registers the counters up front, so that /metrics shows them at zero. */
    @jakarta.annotation.PostConstruct
    void register() {
        counter(IMPORTS, "Articles imported into the store.");
        counter(REJECTED, "Articles refused: unusable text or invalid records.");
    }

    static final String IMPORTS = "pactum_imports_total";
    static final String REJECTED = "pactum_articles_rejected_total";

    /** Articles imported that added a document. */
    public void imported() {
        counter(IMPORTS, "Articles imported into the store.").inc();
    }

    /** Articles the importer or the store refused. */
    public void rejected() {
        counter(REJECTED, "Articles refused: unusable text or invalid records.").inc();
    }

    @Gauge(name = "pactum_records_stored", unit = "none", absolute = true,
            description = "Agreements, corridors and memberships in the store.")
    public long recordsStored() {
        return database.read(state::recordCount);
    }

    private Counter counter(String name, String description) {
        return registry.counter(org.eclipse.microprofile.metrics.Metadata.builder()
                .withName(name).withDescription(description).build());
    }
}
