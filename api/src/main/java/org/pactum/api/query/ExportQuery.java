package org.pactum.api.query;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pactum.model.validation.Edtf;
import org.pactum.model.validation.PartyCode;

/** {@code GET /api/export}: the format and the filters the three record sections share. */
public class ExportQuery {

    @QueryParam("format")
    @DefaultValue("xml")
    @Pattern(regexp = "xml|json|jsonl", message = "must be xml, json or jsonl")
    @Parameter(description = "xml (valid against the model's XSD), json, or jsonl (JSON Lines).", example = "xml")
    private String format = "xml";

    @QueryParam("party")
    @Size(max = 20, message = "at most 20 parties")
    @Parameter(description = "Repeatable party code: agreements to which every given code is a party, memberships "
            + "whose member or organization is each given code, corridors crossing every given state.",
            example = "AZE")
    private List<@PartyCode String> party = new ArrayList<>();

    @QueryParam("from")
    @Edtf
    @Parameter(description = "EDTF date: agreements with a date, memberships with a period, that can reach it or "
            + "later.", example = "2020")
    private String from;

    @QueryParam("to")
    @Edtf
    @Parameter(description = "EDTF date: agreements with a date, memberships with a period, that can reach it or "
            + "earlier.", example = "2025")
    private String to;

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public List<String> getParty() {
        return party;
    }

    public void setParty(List<String> party) {
        this.party = party == null ? new ArrayList<>() : party;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
