package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pactum.model.Organization;

/** Organizations by their short stable code. */
public final class OrganizationTable {

    public Optional<Organization> find(Connection c, String code) throws SQLException {
        return RecordRows.byKey(c, "organizations", "code", code, Organization.class);
    }

    public void save(Connection c, Organization o) throws SQLException {
        RecordRows.upsert(c, "organizations", "code", o.getCode(), List.of("name", "json"),
                Arrays.asList(o.getName(), JsonColumns.write(o)));
    }

    public Slice<Organization> page(Connection c, PageRequest page) throws SQLException {
        return RecordRows.page(c, "organizations", new Where(), "code", page, Organization.class);
    }

    public long stream(Connection c, Consumer<Organization> sink) throws SQLException {
        return RecordRows.stream(c, "organizations", new Where(), "code", Organization.class, sink);
    }
}
