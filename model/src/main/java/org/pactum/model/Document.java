package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Objects;

/** A source article. Its id is the hash of its text ({@link RecordIds#documentId(String)}). */
@XmlRootElement(name = "document")
@XmlType(name = "Document", propOrder = {"id", "title", "outlet", "published", "url"})
@JsonbPropertyOrder({"id", "title", "outlet", "published", "url"})
public class Document {

    @NotBlank
    private String id;

    private String title;

    private String outlet;

    private EdtfDate published;

    private String url;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public EdtfDate getPublished() {
        return published;
    }

    public void setPublished(EdtfDate published) {
        this.published = published;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document other && Objects.equals(id, other.id) && Objects.equals(title, other.title)
                && Objects.equals(outlet, other.outlet) && Objects.equals(published, other.published)
                && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, outlet, published, url);
    }

    @Override
    public String toString() {
        return "Document " + id + " '" + title + "'";
    }
}
