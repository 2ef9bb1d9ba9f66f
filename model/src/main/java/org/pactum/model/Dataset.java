package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.pactum.model.internal.bind.EmptyListAdapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole dataset in memory, for small data. Large datasets stream through
 * {@link org.pactum.model.io.DatasetWriters} and {@link org.pactum.model.io.DatasetReaders}.
 */
@XmlRootElement(name = "dataset")
@XmlType(name = "Dataset", propOrder = {"documents", "organizations", "agreements", "corridors", "memberships"})
@JsonbPropertyOrder({"documents", "organizations", "agreements", "corridors", "memberships"})
public class Dataset {

    @JsonbTypeAdapter(EmptyListAdapters.Documents.class)
    @XmlElementWrapper(name = "documents")
    @XmlElement(name = "document")
    private List<@NotNull @Valid Document> documents = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Organizations.class)
    @XmlElementWrapper(name = "organizations")
    @XmlElement(name = "organization")
    private List<@NotNull @Valid Organization> organizations = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Agreements.class)
    @XmlElementWrapper(name = "agreements")
    @XmlElement(name = "agreement")
    private List<@NotNull @Valid Agreement> agreements = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Corridors.class)
    @XmlElementWrapper(name = "corridors")
    @XmlElement(name = "corridor")
    private List<@NotNull @Valid Corridor> corridors = new ArrayList<>();

    @JsonbTypeAdapter(EmptyListAdapters.Memberships.class)
    @XmlElementWrapper(name = "memberships")
    @XmlElement(name = "membership")
    private List<@NotNull @Valid Membership> memberships = new ArrayList<>();

    public List<Document> getDocuments() {
        return documents;
    }

    public void setDocuments(List<Document> documents) {
        Lists.replace(this.documents, documents);
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public void setOrganizations(List<Organization> organizations) {
        Lists.replace(this.organizations, organizations);
    }

    public List<Agreement> getAgreements() {
        return agreements;
    }

    public void setAgreements(List<Agreement> agreements) {
        Lists.replace(this.agreements, agreements);
    }

    public List<Corridor> getCorridors() {
        return corridors;
    }

    public void setCorridors(List<Corridor> corridors) {
        Lists.replace(this.corridors, corridors);
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public void setMemberships(List<Membership> memberships) {
        Lists.replace(this.memberships, memberships);
    }

    /** Number of records of every kind. */
    public int size() {
        return documents.size() + organizations.size() + agreements.size() + corridors.size() + memberships.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && documents.equals(other.documents)
                && organizations.equals(other.organizations) && agreements.equals(other.agreements)
                && corridors.equals(other.corridors) && memberships.equals(other.memberships);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documents, organizations, agreements, corridors, memberships);
    }

    @Override
    public String toString() {
        return "Dataset(" + documents.size() + " documents, " + organizations.size() + " organizations, "
                + agreements.size() + " agreements, " + corridors.size() + " corridors, " + memberships.size()
                + " memberships)";
    }
}
