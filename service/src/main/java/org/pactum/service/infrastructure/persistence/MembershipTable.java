package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.pactum.model.Membership;

/** Memberships: the JSON plus member, organization, status and the period as days. */
public final class MembershipTable {

    private static final String KEY = "id";
    private final EvidenceRows evidence = new EvidenceRows();

    public Optional<Membership> find(Connection c, String id) throws SQLException {
        return RecordRows.byKey(c, "memberships", "id", id, Membership.class);
    }

    public void save(Connection c, Membership m) throws SQLException {
        RecordRows.upsert(c, "memberships", "id", m.getId(),
                List.of("member", "organization", "status", "since_earliest", "until_latest", "json"),
                Arrays.asList(m.getMember(), m.getOrganization(), AgreementTable.name(m.getStatus()),
                        SqlDates.earliest(m.getSince()), SqlDates.latest(m.getUntil()), JsonColumns.write(m)));
        evidence.replace(c, m.getId(), m.getEvidence());
    }

    public boolean delete(Connection c, String id) throws SQLException {
        evidence.deleteFor(c, id);
        return RecordRows.delete(c, "memberships", "id", id) > 0;
    }

    /** A page of rows, each decoded by {@code decode} from its stored JSON (or passed on as it is). */
    public <R> Slice<R> page(Connection c, MembershipFilter filter, PageRequest page, Function<String, R> decode)
            throws SQLException {
        return RecordRows.page(c, "memberships", filter.where(), KEY, page, decode);
    }

    /** {@link #page(Connection, MembershipFilter, PageRequest, Function)} through a cache valid at the store {@code version}. */
    public <R> Slice<R> page(Connection c, MembershipFilter filter, PageRequest page, Function<String, R> decode,
                             ReadCache cache, long version) throws SQLException {
        return RecordRows.page(c, "memberships", filter.where(), KEY, page, decode, cache, version);
    }

    /** {@link #find(Connection, String, Function)} through a cache valid at the store {@code version}. */
    public <R> Optional<R> find(Connection c, String id, Function<String, R> decode, ReadCache cache, long version)
            throws SQLException {
        return RecordRows.byKey(c, "memberships", "id", id, decode, cache, version);
    }

    public <R> Optional<R> find(Connection c, String id, Function<String, R> decode) throws SQLException {
        return RecordRows.byKey(c, "memberships", "id", id, decode);
    }

    public Slice<Membership> page(Connection c, MembershipFilter filter, PageRequest page) throws SQLException {
        return RecordRows.page(c, "memberships", filter.where(), KEY, page, Membership.class);
    }

    public long stream(Connection c, MembershipFilter filter, Consumer<Membership> sink) throws SQLException {
        return RecordRows.stream(c, "memberships", filter.where(), KEY, Membership.class, sink);
    }
}
