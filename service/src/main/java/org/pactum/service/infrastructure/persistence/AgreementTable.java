package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.pactum.model.Agreement;
import org.pactum.model.EdtfDate;
import org.pactum.model.PartyRef;

/** Agreements: the JSON plus the columns and party rows that filters use. */
public final class AgreementTable {

    private static final String KEY = "id";
    private final EvidenceRows evidence = new EvidenceRows();

    public Optional<Agreement> find(Connection c, String id) throws SQLException {
        return RecordRows.byKey(c, "agreements", "id", id, Agreement.class);
    }

    public void save(Connection c, Agreement a) throws SQLException {
        List<EdtfDate> dates = Stream.of(a.getSigned(), a.getInForce(), a.getEnded()).filter(Objects::nonNull).toList();
        RecordRows.upsert(c, "agreements", "id", a.getId(),
                List.of("title", "title_folded", "kind", "status", "date_earliest", "date_latest", "json"),
                Arrays.asList(a.getTitle(), TextFolding.fold(a.getTitle()), name(a.getKind()), name(a.getStatus()),
                        dates.stream().map(SqlDates::earliest).min(java.util.Comparator.naturalOrder()).orElse(null),
                        dates.stream().map(SqlDates::latest).max(java.util.Comparator.naturalOrder()).orElse(null),
                        JsonColumns.write(a)));
        RecordRows.delete(c, "agreement_parties", "agreement_id", a.getId());
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO agreement_parties (agreement_id, code, role, kind, status) VALUES (?, ?, ?, ?, ?)")) {
            for (PartyRef party : a.getParties().stream().distinct().toList()) {
                p.setString(1, a.getId());
                p.setString(2, party.getCode());
                p.setString(3, name(party.getRole()));
                p.setString(4, name(a.getKind()));
                p.setString(5, name(a.getStatus()));
                p.addBatch();
            }
            p.executeBatch();
        }
        evidence.replace(c, a.getId(), a.getEvidence());
    }

    public boolean delete(Connection c, String id) throws SQLException {
        evidence.deleteFor(c, id);
        return RecordRows.delete(c, "agreements", "id", id) > 0;
    }

    /** A page of rows, each decoded by {@code decode} from its stored JSON (or passed on as it is). */
    public <R> Slice<R> page(Connection c, AgreementFilter filter, PageRequest page, Function<String, R> decode)
            throws SQLException {
        return RecordRows.page(c, "agreements", filter.where(), KEY, page, decode);
    }

    /** {@link #page(Connection, AgreementFilter, PageRequest, Function)} through a cache valid at the store {@code version}. */
    public <R> Slice<R> page(Connection c, AgreementFilter filter, PageRequest page, Function<String, R> decode,
                             ReadCache cache, long version) throws SQLException {
        return RecordRows.page(c, "agreements", filter.where(), KEY, page, decode, cache, version);
    }

    /** {@link #find(Connection, String, Function)} through a cache valid at the store {@code version}. */
    public <R> Optional<R> find(Connection c, String id, Function<String, R> decode, ReadCache cache, long version)
            throws SQLException {
        return RecordRows.byKey(c, "agreements", "id", id, decode, cache, version);
    }

    public <R> Optional<R> find(Connection c, String id, Function<String, R> decode) throws SQLException {
        return RecordRows.byKey(c, "agreements", "id", id, decode);
    }

    public Slice<Agreement> page(Connection c, AgreementFilter filter, PageRequest page) throws SQLException {
        return RecordRows.page(c, "agreements", filter.where(), KEY, page, Agreement.class);
    }

    public long stream(Connection c, AgreementFilter filter, Consumer<Agreement> sink) throws SQLException {
        return RecordRows.stream(c, "agreements", filter.where(), KEY, Agreement.class, sink);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
