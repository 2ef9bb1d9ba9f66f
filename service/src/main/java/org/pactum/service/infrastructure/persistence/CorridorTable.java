package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;

/** Corridors: the JSON plus route countries and modes as rows. */
public final class CorridorTable {

    private static final String KEY = "id";
    private final EvidenceRows evidence = new EvidenceRows();

    public Optional<Corridor> find(Connection c, String id) throws SQLException {
        return RecordRows.byKey(c, "corridors", "id", id, Corridor.class);
    }

    public void save(Connection c, Corridor k) throws SQLException {
        String search = Stream.concat(Stream.of(k.getName()), k.getAliases().stream())
                .map(TextFolding::fold).collect(Collectors.joining(" | "));
        RecordRows.upsert(c, "corridors", "id", k.getId(),
                List.of("name", "search_folded", "status", "part_of", "json"),
                Arrays.asList(k.getName(), search, AgreementTable.name(k.getStatus()), k.getPartOf(),
                        JsonColumns.write(k)));
        RecordRows.delete(c, "corridor_countries", "corridor_id", k.getId());
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO corridor_countries (corridor_id, position, country) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String country : k.getCountries()) {
                p.setString(1, k.getId());
                p.setInt(2, position++);
                p.setString(3, country);
                p.addBatch();
            }
            p.executeBatch();
        }
        RecordRows.delete(c, "corridor_modes", "corridor_id", k.getId());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO corridor_modes (corridor_id, mode) VALUES (?, ?)")) {
            for (CorridorMode mode : k.getModes().stream().distinct().toList()) {
                p.setString(1, k.getId());
                p.setString(2, mode.name());
                p.addBatch();
            }
            p.executeBatch();
        }
        evidence.replace(c, k.getId(), k.getEvidence());
    }

    public boolean delete(Connection c, String id) throws SQLException {
        evidence.deleteFor(c, id);
        return RecordRows.delete(c, "corridors", "id", id) > 0;
    }

    /** A page of rows, each decoded by {@code decode} from its stored JSON (or passed on as it is). */
    public <R> Slice<R> page(Connection c, CorridorFilter filter, PageRequest page, Function<String, R> decode)
            throws SQLException {
        return RecordRows.page(c, "corridors", filter.where(), KEY, page, decode);
    }

    /** {@link #page(Connection, CorridorFilter, PageRequest, Function)} through a cache valid at the store {@code version}. */
    public <R> Slice<R> page(Connection c, CorridorFilter filter, PageRequest page, Function<String, R> decode,
                             ReadCache cache, long version) throws SQLException {
        return RecordRows.page(c, "corridors", filter.where(), KEY, page, decode, cache, version);
    }

    /** {@link #find(Connection, String, Function)} through a cache valid at the store {@code version}. */
    public <R> Optional<R> find(Connection c, String id, Function<String, R> decode, ReadCache cache, long version)
            throws SQLException {
        return RecordRows.byKey(c, "corridors", "id", id, decode, cache, version);
    }

    public <R> Optional<R> find(Connection c, String id, Function<String, R> decode) throws SQLException {
        return RecordRows.byKey(c, "corridors", "id", id, decode);
    }

    public Slice<Corridor> page(Connection c, CorridorFilter filter, PageRequest page) throws SQLException {
        return RecordRows.page(c, "corridors", filter.where(), KEY, page, Corridor.class);
    }

    public long stream(Connection c, CorridorFilter filter, Consumer<Corridor> sink) throws SQLException {
        return RecordRows.stream(c, "corridors", filter.where(), KEY, Corridor.class, sink);
    }
}
