package org.pactum.api.query;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.validation.Edtf;
import org.pactum.model.validation.PartyCode;

/** Filters of {@code GET /api/agreements}; every given filter must hold. */
public class AgreementQuery {

    @QueryParam("party")
    @Size(max = 20, message = "at most 20 parties")
    @Parameter(description = "A party's code (ISO 3166-1 alpha-3 or organization code); repeat it: every given "
            + "party must be a party to the agreement.", example = "AZE")
    private List<@PartyCode String> party = new ArrayList<>();

    @QueryParam("kind")
    @OneOf(AgreementKind.class)
    @Parameter(description = "The kind of agreement.", example = "JOINT_DECLARATION")
    private String kind;

    @QueryParam("status")
    @OneOf(AgreementStatus.class)
    @Parameter(description = "The agreement's status.", example = "SIGNED")
    private String status;

    @QueryParam("from")
    @Edtf
    @Parameter(description = "EDTF date: the agreement has a date (signed, in force, ended) that can fall on or "
            + "after its earliest day.", example = "2024")
    private String from;

    @QueryParam("to")
    @Edtf
    @Parameter(description = "EDTF date: the agreement has a date that can fall on or before its latest day.",
            example = "2025-06")
    private String to;

    @QueryParam("text")
    @Size(max = 200, message = "at most 200 characters")
    @Parameter(description = "Words in the title (case and accents ignored).", example = "Shusha")
    private String text;

    @BeanParam
    @Valid
    private Paging paging = new Paging();

    public List<String> getParty() {
        return party;
    }

    public AgreementQuery party(String... codes) {
        party.addAll(List.of(codes));
        return this;
    }

    public void setParty(List<String> party) {
        this.party = party == null ? new ArrayList<>() : party;
    }

    public String getKind() {
        return kind;
    }

    public AgreementQuery kind(AgreementKind value) {
        this.kind = value == null ? null : value.name();
        return this;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public AgreementQuery status(AgreementStatus value) {
        this.status = value == null ? null : value.name();
        return this;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getFrom() {
        return from;
    }

    public AgreementQuery from(String edtf) {
        this.from = edtf;
        return this;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public AgreementQuery to(String edtf) {
        this.to = edtf;
        return this;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public AgreementQuery text(String words) {
        this.text = words;
        return this;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Paging getPaging() {
        return paging;
    }

    public AgreementQuery page(int limit, long offset) {
        this.paging = new Paging(limit, offset);
        return this;
    }

    public void setPaging(Paging paging) {
        this.paging = paging == null ? new Paging() : paging;
    }
}
