package org.pactum.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items, how many match in all, and where the neighbouring pages are.
 * The same links travel in the response's {@code Link} header.
 */
@Schema(name = "Page", description = "One page of a filtered, sorted list.")
@JsonbPropertyOrder({"total", "limit", "offset", "links", "items"})
public class Page<T> {

    @Schema(description = "How many records match the filters, over all pages.")
    private long total;
    @Schema(description = "The most items this page can hold.")
    private int limit;
    @Schema(description = "How many matching records come before this page.")
    private long offset;
    @Schema(description = "URIs of the first, prev, next and last pages, by relation name.")
    private Map<String, String> links = new LinkedHashMap<>();
    @Schema(description = "The records on this page, sorted by id.")
    private List<T> items = new ArrayList<>();

    public Page() {
    }

    public Page(List<T> items, long total, int limit, long offset) {
        this.items = new ArrayList<>(items);
        this.total = total;
        this.limit = limit;
        this.offset = offset;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
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

    public Map<String, String> getLinks() {
        return links;
    }

    public void setLinks(Map<String, String> links) {
        this.links = links == null ? new LinkedHashMap<>() : links;
    }

    public List<T> getItems() {
        return items;
    }

    public void setItems(List<T> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    /** True when more matching records follow this page. */
    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
