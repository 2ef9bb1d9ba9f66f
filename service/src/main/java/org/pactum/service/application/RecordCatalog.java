package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.pactum.service.infrastructure.persistence.StoreState;

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
    private final StoreState state = new StoreState();

    @Inject
    Database database;
    /** Records' JSON and page keys at the current store version (the version is read first, in the same transaction). */
    @Inject
    ReadCache cache;

    /** A value read together with the store version it reflects. */
    public record Versioned<T>(T value, long version) {
    }

    /** A page of agreements, each decoded from its stored JSON by {@code decode}. */
    public <R> Versioned<Slice<R>> agreements(AgreementFilter filter, PageRequest page, Function<String, R> decode) {
        return database.read(c -> {
            long version = state.version(c);
            return new Versioned<>(agreements.page(c, filter, page, decode, cache, version), version);
        });
    }

    public <R> Versioned<Optional<R>> agreement(String id, Function<String, R> decode) {
        return database.read(c -> {
            long version = state.version(c);
            return new Versioned<>(agreements.find(c, id, decode, cache, version), version);
        });
    }

    /** A page of corridors, each decoded from its stored JSON by {@code decode}. */
    public <R> Versioned<Slice<R>> corridors(CorridorFilter filter, PageRequest page, Function<String, R> decode) {
        return database.read(c -> {
            long version = state.version(c);
            return new Versioned<>(corridors.page(c, filter, page, decode, cache, version), version);
        });
    }

    public <R> Versioned<Optional<R>> corridor(String id, Function<String, R> decode) {
        return database.read(c -> {
            long version = state.version(c);
            return new Versioned<>(corridors.find(c, id, decode, cache, version), version);
        });
    }

    /** A page of memberships, each decoded from its stored JSON by {@code decode}. */
    public <R> Versioned<Slice<R>> memberships(MembershipFilter filter, PageRequest page, Function<String, R> decode) {
        return database.read(c -> {
            long version = state.version(c);
            return new Versioned<>(memberships.page(c, filter, page, decode, cache, version), version);
        });
    }

    public <R> Versioned<Optional<R>> membership(String id, Function<String, R> decode) {
        return database.read(c -> {
            long version = state.version(c);
            return new Versioned<>(memberships.find(c, id, decode, cache, version), version);
        });
    }

    public Versioned<Slice<Organization>> organizations(
            PageRequest page) {
        return database.read(c -> new Versioned<>(organizations.page(c, page), state.version(c)));
    }

    public Versioned<Optional<Organization>> organization(String code) {
        return database.read(c -> new Versioned<>(organizations.find(c, code), state.version(c)));
    }

    public Versioned<Slice<Document>> documents(PageRequest page) {
        return database.read(c -> new Versioned<>(documents.page(c, page), state.version(c)));
    }

    public Versioned<Optional<Document>> document(String id) {
        return database.read(c -> new Versioned<>(documents.find(c, id), state.version(c)));
    }

    /** Everything about one party, in one transaction. */
    public Versioned<PartyRecords> party(String code, boolean state, PageRequest page) {
        return database.read(c -> {
            var agreementSlice = agreements.page(c, AgreementFilter.party(code), page);
            var membershipSlice = memberships.page(c, MembershipFilter.party(code), page);
            var corridorSlice = state
                    ? corridors.page(c, new CorridorFilter(List.of(code), null, null, null), page)
                    : new Slice<Corridor>(List.of(), 0);
            Optional<Organization> organization = organizations.find(c, code);
            return new Versioned<>(new PartyRecords(organization, agreementSlice, membershipSlice, corridorSlice),
                    this.state.version(c));
        });
    }

    /** What {@link #party} found. */
    public record PartyRecords(Optional<Organization> organization,
                               Slice<Agreement> agreements,
                               Slice<Membership> memberships,
                               Slice<Corridor> corridors) {
    }
}
