package org.pactum.service.infrastructure.persistence;

import java.util.List;

/** One page of a result and the size of the whole result. */
public record Slice<T>(List<T> items, long total) {
}
