package org.pactum.service.infrastructure.persistence;

/** Which slice of a sorted result to read. */
public record PageRequest(int limit, long offset) {
    public PageRequest {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }
}
