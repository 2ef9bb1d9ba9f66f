package org.pactum.model.io;

import java.util.Locale;

/** The serialized forms of a dataset. */
public enum DatasetFormat {

    /** One XML document in namespace {@code urn:pactum:dataset:1}, valid against the XSD in this jar. */
    XML("application/xml", "xml"),
    /** One JSON object: {@code {"documents":[...],"organizations":[...],...}}, sections with no record omitted. */
    JSON("application/json", "json"),
    /** JSON Lines: one record a line, wrapped in an object naming its kind: {@code {"agreement":{...}}}. */
    JSONL("application/jsonl", "jsonl");

    private final String mediaType;
    private final String extension;

    DatasetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format named {@code xml}, {@code json} or {@code jsonl} (any case).
     *
     * @throws IllegalArgumentException naming the text and the accepted names
     */
    public static DatasetFormat of(String name) {
        if (name != null) {
            for (DatasetFormat format : values()) {
                if (format.extension.equals(name.trim().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw new IllegalArgumentException("Unknown dataset format '" + name + "': expected xml, json or jsonl");
    }
}
