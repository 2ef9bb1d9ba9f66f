package org.pactum.api.query;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pactum.model.MembershipStatus;
import org.pactum.model.validation.OrganizationCode;
import org.pactum.model.validation.PartyCode;

/** Filters of {@code GET /api/memberships}; every given filter must hold. */
public class MembershipQuery {

    @QueryParam("member")
    @PartyCode
    @Parameter(description = "The member's code (state alpha-3 or organization code).", example = "SAU")
    private String member;

    @QueryParam("organization")
    @OrganizationCode
    @Parameter(description = "The organization's code.", example = "SCO")
    private String organization;

    @QueryParam("status")
    @OneOf(MembershipStatus.class)
    @Parameter(description = "The membership status.", example = "DIALOGUE_PARTNER")
    private String status;

    @QueryParam("asOf")
    @IsoDay
    @Parameter(description = "A day YYYY-MM-DD: only memberships whose period can include that day (an unknown "
            + "start or end counts as open).", example = "2025-06-01")
    private String asOf;

    @BeanParam
    @Valid
    private Paging paging = new Paging();

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public MembershipQuery member(String code) {
        this.member = code;
        return this;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public MembershipQuery organization(String code) {
        this.organization = code;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public MembershipQuery status(MembershipStatus value) {
        this.status = value == null ? null : value.name();
        return this;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    public MembershipQuery asOf(String day) {
        this.asOf = day;
        return this;
    }

    public Paging getPaging() {
        return paging;
    }

    public void setPaging(Paging paging) {
        this.paging = paging == null ? new Paging() : paging;
    }

    public MembershipQuery page(int limit, long offset) {
        this.paging = new Paging(limit, offset);
        return this;
    }
}
