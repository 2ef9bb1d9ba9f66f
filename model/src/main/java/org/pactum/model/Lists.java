package org.pactum.model;

import java.util.List;

/** List setters keep the live list the getter handed out. */
final class Lists {

    private Lists() {
    }

    static <T> void replace(List<T> live, List<? extends T> values) {
        if (values == live) {
            return;
        }
        live.clear();
        if (values != null) {
            live.addAll(values);
        }
    }
}
