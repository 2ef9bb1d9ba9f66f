package org.pactum.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What removing a document did: records that lost evidence, and records that lost all of it and went. */
@Schema(name = "DocumentRemoval", description = "The outcome of removing one document.")
@JsonbPropertyOrder({"documentId", "updated", "deleted"})
public class DocumentRemoval {

    @Schema(description = "The removed document's id.")
    private String documentId;
    @Schema(description = "Records that kept evidence from other documents.")
    private List<String> updated = new ArrayList<>();
    @Schema(description = "Records that had no other evidence and were removed.")
    private List<String> deleted = new ArrayList<>();

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public List<String> getUpdated() {
        return updated;
    }

    public void setUpdated(List<String> updated) {
        this.updated = updated == null ? new ArrayList<>() : updated;
    }

    public List<String> getDeleted() {
        return deleted;
    }

    public void setDeleted(List<String> deleted) {
        this.deleted = deleted == null ? new ArrayList<>() : deleted;
    }
}
