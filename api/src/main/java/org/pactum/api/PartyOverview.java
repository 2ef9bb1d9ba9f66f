package org.pactum.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Membership;

/** Everything stored about one state or organization, each list paged on its own. */
@Schema(name = "PartyOverview", description = "A state's or organization's agreements, memberships and corridors.")
@JsonbPropertyOrder({"code", "name", "type", "agreements", "memberships", "corridors"})
public class PartyOverview {

    /** What kind of party a code names. */
    public enum PartyType { STATE, ORGANIZATION }

    @Schema(description = "ISO 3166-1 alpha-3 code or organization code.", example = "AZE")
    private String code;
    @Schema(description = "The state's or organization's name.", example = "Azerbaijan")
    private String name;
    @Schema(description = "STATE or ORGANIZATION.")
    private PartyType type;
    @Schema(description = "Agreements the party is a party to (in any role).")
    private Page<Agreement> agreements = new Page<>();
    @Schema(description = "Memberships of the party, and for an organization, its members.")
    private Page<Membership> memberships = new Page<>();
    @Schema(description = "Corridors whose route crosses the state.")
    private Page<Corridor> corridors = new Page<>();

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartyType getType() {
        return type;
    }

    public void setType(PartyType type) {
        this.type = type;
    }

    public Page<Agreement> getAgreements() {
        return agreements;
    }

    public void setAgreements(Page<Agreement> agreements) {
        this.agreements = agreements;
    }

    public Page<Membership> getMemberships() {
        return memberships;
    }

    public void setMemberships(Page<Membership> memberships) {
        this.memberships = memberships;
    }

    public Page<Corridor> getCorridors() {
        return corridors;
    }

    public void setCorridors(Page<Corridor> corridors) {
        this.corridors = corridors;
    }
}
