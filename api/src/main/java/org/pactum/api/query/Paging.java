package org.pactum.api.query;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code limit} and {@code offset}: which page of a list. */
public class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(value = 0, message = "must be at least 0")
    @Max(value = MAX_LIMIT, message = "must be at most " + MAX_LIMIT)
    @Parameter(description = "Most items on the page (0 to 1000; 0 answers only the total).", example = "50")
    private int limit = DEFAULT_LIMIT;

    @QueryParam("offset")
    @DefaultValue("0")
    @Min(value = 0, message = "must be at least 0")
    @Parameter(description = "How many matching items to skip.", example = "0")
    private long offset;

    public Paging() {
    }

    public Paging(int limit, long offset) {
        this.limit = limit;
        this.offset = offset;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public long getOffset() {
        return offset;
    }

    public void setOffset(long offset) {
        this.offset = offset;
    }
}
