package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.service.infrastructure.persistence.AgreementFilter;
import org.pactum.service.infrastructure.persistence.AgreementTable;
import org.pactum.service.infrastructure.persistence.CorridorFilter;
import org.pactum.service.infrastructure.persistence.CorridorTable;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DocumentTable;
import org.pactum.service.infrastructure.persistence.MembershipFilter;
import org.pactum.service.infrastructure.persistence.MembershipTable;
import org.pactum.service.infrastructure.persistence.OrganizationTable;
import org.pactum.service.infrastructure.persistence.PageRequest;
import org.pactum.service.infrastructure.persistence.ReadCache;
import org.pactum.service.infrastructure.persistence.Slice;
import org.pactum.service.infrastructure.persistence.StoreVersion;

/**
 * Reads of the store. Each answer comes with the store version it was read at (one consistent
 * transaction), from which the REST layer derives ETags.
 */
@ApplicationScoped
public class RecordCatalog {

    private final AgreementTable agreements = new AgreementTable();
    private final CorridorTable corridors = new CorridorTable();
    private final MembershipTable memberships = new MembershipTable();
    private final OrganizationTable organizations = new OrganizationTable();
    private final DocumentTable documents = new DocumentTable();

    @Inject
    Database database;
    @Inject
    StoreVersion storeVersion;
    /** Records' JSON and page keys at the current store version (the version is taken first, see atCurrentVersion). */
    @Inject
    ReadCache cache;

    /** A value read together with the store version it reflects. */
    public record Versioned<T>(T value, long version) {
    }

    /** A page of agreements, each decoded from its stored JSON by {@code decode}. */
    public <R> Versioned<Slice<R>> agreements(AgreementFilter filter, PageRequest page, Function<String, R> decode) {
        return atCurrentVersion((c, version) -> agreements.page(c, filter, page, decode, cache, version));
    }

    public <R> Versioned<Optional<R>> agreement(String id, Function<String, R> decode) {
        return atCurrentVersion((c, version) -> agreements.find(c, id, decode, cache, version));
    }

    /** A page of corridors, each decoded from its stored JSON by {@code decode}. */
    public <R> Versioned<Slice<R>> corridors(CorridorFilter filter, PageRequest page, Function<String, R> decode) {
        return atCurrentVersion((c, version) -> corridors.page(c, filter, page, decode, cache, version));
    }

    public <R> Versioned<Optional<R>> corridor(String id, Function<String, R> decode) {
        return atCurrentVersion((c, version) -> corridors.find(c, id, decode, cache, version));
    }

    /** A page of memberships, each decoded from its stored JSON by {@code decode}. */
    public <R> Versioned<Slice<R>> memberships(MembershipFilter filter, PageRequest page, Function<String, R> decode) {
        return atCurrentVersion((c, version) -> memberships.page(c, filter, page, decode, cache, version));
    }

    public <R> Versioned<Optional<R>> membership(String id, Function<String, R> decode) {
        return atCurrentVersion((c, version) -> memberships.find(c, id, decode, cache, version));
    }

    public Versioned<Slice<Organization>> organizations(PageRequest page) {
        return atCurrentVersion((c, version) -> organizations.page(c, page));
    }

    public Versioned<Optional<Organization>> organization(String code) {
        return atCurrentVersion((c, version) -> organizations.find(c, code));
    }

    public Versioned<Slice<Document>> documents(PageRequest page) {
        return atCurrentVersion((c, version) -> documents.page(c, page));
    }

    public Versioned<Optional<Document>> document(String id) {
        return atCurrentVersion((c, version) -> documents.find(c, id));
    }

    /** Everything about one party, in one transaction. */
    public Versioned<PartyRecords> party(String code, boolean state, PageRequest page) {
        return atCurrentVersion((c, version) -> new PartyRecords(
                organizations.find(c, code),
                agreements.page(c, AgreementFilter.party(code), page),
                memberships.page(c, MembershipFilter.party(code), page),
                state ? corridors.page(c, new CorridorFilter(List.of(code), null, null, null), page)
                      : new Slice<Corridor>(List.of(), 0)));
    }

    /**
     * Runs {@code read} in one read transaction after taking the store version: the version comes first so
     * that what the read finds, and caches under that version, is never older than it.
     */
    private <T> Versioned<T> atCurrentVersion(VersionedRead<T> read) {
        return database.read(c -> {
            long version = storeVersion.current(c);
            return new Versioned<>(read.run(c, version), version);
        });
    }

    /** A read that knows the store version it runs at. */
    @FunctionalInterface
    private interface VersionedRead<T> {
        T run(Connection connection, long version) throws SQLException;
    }

    /** What {@link #party} found. */
    public record PartyRecords(Optional<Organization> organization,
                               Slice<Agreement> agreements,
                               Slice<Membership> memberships,
                               Slice<Corridor> corridors) {
    }
}
