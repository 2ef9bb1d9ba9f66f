package org.pactum.service.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.PartyRef;
import org.pactum.service.infrastructure.persistence.JsonColumns;
import org.pactum.service.infrastructure.persistence.SqlDates;
import org.pactum.service.infrastructure.persistence.TextFolding;

/**
 * Batched INSERTs of new records into the service's schema, for filling benchmark databases quickly
 * (the service's own save is an upsert, one record at a time). The columns follow the V1 migration.
 */
final class BulkInsert {

    private final PreparedStatement documents;
    private final PreparedStatement agreements;
    private final PreparedStatement parties;
    private final PreparedStatement corridors;
    private final PreparedStatement countries;
    private final PreparedStatement modes;
    private final PreparedStatement memberships;
    private final PreparedStatement evidence;

    BulkInsert(Connection c) throws SQLException {
        documents = c.prepareStatement("INSERT INTO documents (id, title, outlet, published, url, json) VALUES (?,?,?,?,?,?)");
        agreements = c.prepareStatement("INSERT INTO agreements (id, title, title_folded, kind, status, date_earliest,"
                + " date_latest, json) VALUES (?,?,?,?,?,?,?,?)");
        parties = c.prepareStatement("INSERT INTO agreement_parties (agreement_id, code, role, kind, status)"
                + " VALUES (?,?,?,?,?)");
        corridors = c.prepareStatement("INSERT INTO corridors (id, name, search_folded, status, part_of, json)"
                + " VALUES (?,?,?,?,?,?)");
        countries = c.prepareStatement("INSERT INTO corridor_countries (corridor_id, position, country) VALUES (?,?,?)");
        modes = c.prepareStatement("INSERT INTO corridor_modes (corridor_id, mode) VALUES (?,?)");
        memberships = c.prepareStatement("INSERT INTO memberships (id, member, organization, status, since_earliest,"
                + " until_latest, json) VALUES (?,?,?,?,?,?,?)");
        evidence = c.prepareStatement("INSERT INTO evidence (record_id, document_id, start_offset, end_offset)"
                + " VALUES (?,?,?,?)");
    }

    void add(Document d) throws SQLException {
        set(documents, d.getId(), d.getTitle(), d.getOutlet(), String.valueOf(d.getPublished()), d.getUrl(),
                JsonColumns.write(d));
    }

    void add(Agreement a) throws SQLException {
        var dates = Stream.of(a.getSigned(), a.getInForce(), a.getEnded()).filter(Objects::nonNull).toList();
        set(agreements, a.getId(), a.getTitle(), TextFolding.fold(a.getTitle()), a.getKind().name(),
                a.getStatus().name(), dates.stream().map(SqlDates::earliest).min(Comparator.naturalOrder()).orElse(null),
                dates.stream().map(SqlDates::latest).max(Comparator.naturalOrder()).orElse(null), JsonColumns.write(a));
        for (PartyRef p : a.getParties()) {
            set(parties, a.getId(), p.getCode(), p.getRole().name(), a.getKind().name(), a.getStatus().name());
        }
        evidence(a.getId(), a.getEvidence());
    }

    void add(Corridor k) throws SQLException {
        String search = Stream.concat(Stream.of(k.getName()), k.getAliases().stream()).map(TextFolding::fold)
                .collect(Collectors.joining(" | "));
        set(corridors, k.getId(), k.getName(), search, k.getStatus().name(), k.getPartOf(), JsonColumns.write(k));
        for (int i = 0; i < k.getCountries().size(); i++) {
            set(countries, k.getId(), i, k.getCountries().get(i));
        }
        for (var mode : k.getModes()) {
            set(modes, k.getId(), mode.name());
        }
        evidence(k.getId(), k.getEvidence());
    }

    void add(Membership m) throws SQLException {
        set(memberships, m.getId(), m.getMember(), m.getOrganization(), m.getStatus().name(),
                SqlDates.earliest(m.getSince()), latest(m.getUntil()), JsonColumns.write(m));
        evidence(m.getId(), m.getEvidence());
    }

    void flush() throws SQLException {
        for (PreparedStatement p : new PreparedStatement[] {documents, agreements, parties, corridors, countries, modes,
                memberships, evidence}) {
            p.executeBatch();
            p.close();
        }
    }

    private void evidence(String recordId, java.util.List<Evidence> list) throws SQLException {
        for (Evidence e : list) {
            set(evidence, recordId, e.getDocumentId(), e.getStart(), e.getEnd());
        }
    }

    private static Date latest(EdtfDate date) {
        return SqlDates.latest(date);
    }

    private static void set(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
        p.addBatch();
    }
}
