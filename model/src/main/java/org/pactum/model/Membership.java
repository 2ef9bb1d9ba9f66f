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
import org.pactum.model.validation.OrganizationCode;
import org.pactum.model.validation.PartyCode;
import org.pactum.model.internal.bind.EmptyListAdapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The standing of a state (or organization) in an organization, over a period. */
@XmlRootElement(name = "membership")
@XmlType(name = "Membership", propOrder = {"id", "member", "organization", "status", "since", "until", "evidence"})
@JsonbPropertyOrder({"id", "member", "organization", "status", "since", "until", "evidence"})
@Chronology
public class Membership {

    @NotBlank
    private String id;

    @NotNull
    @PartyCode
    private String member;

    @NotNull
    @OrganizationCode
    private String organization;

    @NotNull
    private MembershipStatus status;

    private EdtfDate since;

    private EdtfDate until;

    @JsonbTypeAdapter(EmptyListAdapters.Evidences.class)
    @NotEmpty(message = "{org.pactum.model.validation.Evidence.required.message}")
    private List<@NotNull @Valid Evidence> evidence = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public void setStatus(MembershipStatus status) {
        this.status = status;
    }

    public EdtfDate getSince() {
        return since;
    }

    public void setSince(EdtfDate since) {
        this.since = since;
    }

    public EdtfDate getUntil() {
        return until;
    }

    public void setUntil(EdtfDate until) {
        this.until = until;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Evidence> evidence) {
        Lists.replace(this.evidence, evidence);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership other && Objects.equals(id, other.id) && Objects.equals(member, other.member)
                && Objects.equals(organization, other.organization) && status == other.status
                && Objects.equals(since, other.since) && Objects.equals(until, other.until)
                && evidence.equals(other.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, member, organization, status, since, until, evidence);
    }

    @Override
    public String toString() {
        return "Membership " + id + " " + member + " in " + organization + " " + status;
    }
}
