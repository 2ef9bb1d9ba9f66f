package org.pactum.model;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import org.pactum.model.validation.Chronology;
import org.pactum.model.validation.DistinctParties;
import org.pactum.model.internal.bind.EmptyListAdapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An agreement between states and/or organizations: a treaty, a joint declaration, a memorandum... */
@XmlRootElement(name = "agreement")
@XmlType(name = "Agreement", propOrder = {"id", "title", "kind", "status", "parties", "signed", "inForce", "ended",
        "place", "occasion", "evidence"})
@JsonbPropertyOrder({"id", "title", "kind", "status", "parties", "signed", "inForce", "ended", "place", "occasion",
        "evidence"})
@Chronology
@DistinctParties
public class Agreement {

    @NotBlank
    private String id;

    @NotBlank
    private String title;

    @NotNull
    private AgreementKind kind;

    @NotNull
    private AgreementStatus status;

    @JsonbTypeAdapter(EmptyListAdapters.Parties.class)
    @NotEmpty
    private List<@NotNull @Valid PartyRef> parties = new ArrayList<>();

    private EdtfDate signed;

    private EdtfDate inForce;

    private EdtfDate ended;

    private String place;

    private String occasion;

    @JsonbTypeAdapter(EmptyListAdapters.Evidences.class)
    @NotEmpty(message = "{org.pactum.model.validation.Evidence.required.message}")
    private List<@NotNull @Valid Evidence> evidence = new ArrayList<>();

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

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    /** The live list of parties (never null). */
    public List<PartyRef> getParties() {
        return parties;
    }

    public void setParties(List<PartyRef> parties) {
        Lists.replace(this.parties, parties);
    }

    public EdtfDate getSigned() {
        return signed;
    }

    public void setSigned(EdtfDate signed) {
        this.signed = signed;
    }

    public EdtfDate getInForce() {
        return inForce;
    }

    public void setInForce(EdtfDate inForce) {
        this.inForce = inForce;
    }

    public EdtfDate getEnded() {
        return ended;
    }

    public void setEnded(EdtfDate ended) {
        this.ended = ended;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOccasion() {
        return occasion;
    }

    public void setOccasion(String occasion) {
        this.occasion = occasion;
    }

    /** The live list of evidence (never null). */
    public List<Evidence> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Evidence> evidence) {
        Lists.replace(this.evidence, evidence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agreement other && Objects.equals(id, other.id) && Objects.equals(title, other.title)
                && kind == other.kind && status == other.status && parties.equals(other.parties)
                && Objects.equals(signed, other.signed) && Objects.equals(inForce, other.inForce)
                && Objects.equals(ended, other.ended) && Objects.equals(place, other.place)
                && Objects.equals(occasion, other.occasion) && evidence.equals(other.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, kind, status, parties, signed, inForce, ended, place, occasion, evidence);
    }

    @Override
    public String toString() {
        return "Agreement " + id + " '" + title + "' " + kind + " " + status + " " + parties;
    }
}
