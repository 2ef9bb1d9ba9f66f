package org.pactum.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What importing one article did to the store. */
@Schema(name = "ImportReport", description = "The outcome of importing one article.")
@JsonbPropertyOrder({"documentId", "alreadyStored", "created", "updated", "rejections"})
public class ImportReport {

    @Schema(description = "The article's content-hash id.", example = "c12900c321e67ee3")
    private String documentId;
    @Schema(description = "True when this article was stored before: nothing was added.")
    private boolean alreadyStored;
    @Schema(description = "Ids of the records this import created.")
    private List<String> created = new ArrayList<>();
    @Schema(description = "Ids of existing records this import added evidence or fields to.")
    private List<String> updated = new ArrayList<>();
    @Schema(description = "Candidate records the importer dropped, each with its reason.")
    private List<String> rejections = new ArrayList<>();

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public boolean isAlreadyStored() {
        return alreadyStored;
    }

    public void setAlreadyStored(boolean alreadyStored) {
        this.alreadyStored = alreadyStored;
    }

    public List<String> getCreated() {
        return created;
    }

    public void setCreated(List<String> created) {
        this.created = created == null ? new ArrayList<>() : created;
    }

    public List<String> getUpdated() {
        return updated;
    }

    public void setUpdated(List<String> updated) {
        this.updated = updated == null ? new ArrayList<>() : updated;
    }

    public List<String> getRejections() {
        return rejections;
    }

    public void setRejections(List<String> rejections) {
        this.rejections = rejections == null ? new ArrayList<>() : rejections;
    }
}
