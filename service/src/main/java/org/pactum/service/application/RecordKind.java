package org.pactum.service.application;

/** The three record kinds, told apart by their id prefix (see the model's RecordIds). */
public enum RecordKind {
    AGREEMENT("agr-"),
    CORRIDOR("cor-"),
    MEMBERSHIP("mem-");

    private final String prefix;

    RecordKind(String prefix) {
        this.prefix = prefix;
    }

    public static RecordKind ofId(String id) {
        for (RecordKind kind : values()) {
            if (id.startsWith(kind.prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + id + "' is not a record id (agr-, cor- or mem-)");
    }
}
