package org.pactum.api;

/** The media types the API speaks, beyond the standard JSON and XML. */
public final class MediaTypes {
    public static final String PROBLEM_JSON = Problem.MEDIA_TYPE;
    public static final String JSON_LINES = "application/jsonl";

    private MediaTypes() {
    }
}
