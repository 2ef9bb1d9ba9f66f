package org.pactum.api.query;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pactum.model.CorridorMode;
import org.pactum.model.CorridorStatus;
import org.pactum.model.validation.Alpha3;

/** Filters of {@code GET /api/corridors}; every given filter must hold. */
public class CorridorQuery {

    @QueryParam("country")
    @Size(max = 20, message = "at most 20 countries")
    @Parameter(description = "ISO 3166-1 alpha-3 code of a country on the route; repeat it: the route crosses "
            + "every given country.", example = "GEO")
    private List<@Alpha3 String> country = new ArrayList<>();

    @QueryParam("mode")
    @OneOf(CorridorMode.class)
    @Parameter(description = "A mode of transport the corridor carries.", example = "RAIL")
    private String mode;

    @QueryParam("status")
    @OneOf(CorridorStatus.class)
    @Parameter(description = "The corridor's status.", example = "OPERATIONAL")
    private String status;

    @QueryParam("text")
    @Size(max = 200, message = "at most 200 characters")
    @Parameter(description = "Words in the name or an alias (case and accents ignored).", example = "Middle Corridor")
    private String text;

    @BeanParam
    @Valid
    private Paging paging = new Paging();

    public List<String> getCountry() {
        return country;
    }

    public void setCountry(List<String> country) {
        this.country = country == null ? new ArrayList<>() : country;
    }

    public CorridorQuery country(String... codes) {
        country.addAll(List.of(codes));
        return this;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public CorridorQuery mode(CorridorMode value) {
        this.mode = value == null ? null : value.name();
        return this;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public CorridorQuery status(CorridorStatus value) {
        this.status = value == null ? null : value.name();
        return this;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CorridorQuery text(String words) {
        this.text = words;
        return this;
    }

    public Paging getPaging() {
        return paging;
    }

    public void setPaging(Paging paging) {
        this.paging = paging == null ? new Paging() : paging;
    }

    public CorridorQuery page(int limit, long offset) {
        this.paging = new Paging(limit, offset);
        return this;
    }
}
