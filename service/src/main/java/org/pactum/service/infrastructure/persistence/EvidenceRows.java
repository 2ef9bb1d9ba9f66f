package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pactum.model.Evidence;

/** Which document supports which record: the index that document deletion walks. */
public final class EvidenceRows {

    void replace(Connection c, String recordId, List<Evidence> evidence) throws SQLException {
        deleteFor(c, recordId);
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO evidence (record_id, document_id, start_offset, end_offset) VALUES (?, ?, ?, ?)")) {
            Set<String> seen = new LinkedHashSet<>();
            for (Evidence e : evidence) {
                if (!seen.add(e.getDocumentId() + ':' + e.getStart() + ':' + e.getEnd())) {
                    continue;
                }
                p.setString(1, recordId);
                p.setString(2, e.getDocumentId());
                p.setInt(3, e.getStart());
                p.setInt(4, e.getEnd());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    void deleteFor(Connection c, String recordId) throws SQLException {
        RecordRows.delete(c, "evidence", "record_id", recordId);
    }

    /** The ids of the records that cite a document. */
    public List<String> recordIdsCiting(Connection c, String documentId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT DISTINCT record_id FROM evidence WHERE document_id = ? ORDER BY record_id")) {
            p.setString(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }
}
