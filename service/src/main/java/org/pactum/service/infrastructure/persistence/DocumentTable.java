package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.pactum.model.Document;

/** The source articles' metadata. */
public final class DocumentTable {

    public boolean exists(Connection c, String id) throws SQLException {
        return find(c, id).isPresent();
    }

    public Optional<Document> find(Connection c, String id) throws SQLException {
        return RecordRows.byKey(c, "documents", "id", id, Document.class);
    }

    public void save(Connection c, Document d) throws SQLException {
        RecordRows.upsert(c, "documents", "id", d.getId(),
                List.of("title", "outlet", "published", "url", "json"),
                Arrays.asList(d.getTitle(), d.getOutlet(),
                        d.getPublished() == null ? null : d.getPublished().toString(), d.getUrl(),
                        JsonColumns.write(d)));
    }

    public boolean delete(Connection c, String id) throws SQLException {
        return RecordRows.delete(c, "documents", "id", id) > 0;
    }

    public Slice<Document> page(Connection c, PageRequest page) throws SQLException {
        return RecordRows.page(c, "documents", new Where(), "id", page, Document.class);
    }

    public long stream(Connection c, Consumer<Document> sink) throws SQLException {
        return RecordRows.stream(c, "documents", new Where(), "id", Document.class, sink);
    }
}
