package org.pactum.model.internal.io;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import org.pactum.model.io.DatasetException;
import org.pactum.model.io.DatasetReader;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams records out of a JSON dataset ({@code {"documents":[...],...}}): the JSON-P streaming parser walks the
 * frame and reads one record object at a time, which JSON-B then binds. Sections may come in any order.
 */
public final class JsonDatasetReader implements DatasetReader {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private final JsonParser json;
    private final RecordBinder binder = new RecordBinder();
    private Section section;   // the open section array, or null between sections
    private boolean started;
    private boolean finished;
    private Object next;

    public JsonDatasetReader(InputStream in) {
        this.json = PARSERS.createParser(in, StandardCharsets.UTF_8);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records in the JSON dataset");
        }
        Object record = next;
        next = null;
        return record;
    }

    private Object advance() {
        try {
            if (!started) {
                expect(JsonParser.Event.START_OBJECT, "a JSON object {\"documents\":[...],...}");
                started = true;
            }
            while (true) {
                JsonParser.Event event = nextEvent();
                if (section == null) {
                    if (event == JsonParser.Event.END_OBJECT) {
                        finished = true;
                        if (json.hasNext()) {
                            json.next();
                            throw failure("Unexpected content after the dataset object", json.getLocation(), null);
                        }
                        return null;
                    }
                    String key = json.getString();
                    section = Section.byPlural(key);
                    if (section == null) {
                        throw failure("Unknown dataset section \"" + key + "\": expected documents, organizations, "
                                + "agreements, corridors or memberships", json.getLocation(), null);
                    }
                    expect(JsonParser.Event.START_ARRAY, "an array of " + section.plural());
                    continue;
                }
                if (event == JsonParser.Event.END_ARRAY) {
                    section = null;
                    continue;
                }
                if (event != JsonParser.Event.START_OBJECT) {
                    throw failure("Expected a " + section.singular() + " object in \"" + section.plural()
                            + "\", found " + event, json.getLocation(), null);
                }
                JsonLocation start = json.getLocation();
                JsonObject object = json.getObject();
                try {
                    return binder.bind(object, section);
                } catch (JsonbException | IllegalArgumentException e) {
                    throw failure("Invalid " + section.singular() + ": " + RecordBinder.reason(e), start, e);
                }
            }
        } catch (JsonParsingException e) {
            throw failure("Malformed JSON dataset: " + e.getMessage(), e.getLocation(), e);
        } catch (JsonException e) {
            throw failure("Cannot read the JSON dataset: " + e.getMessage(), json.getLocation(), e);
        }
    }

    private JsonParser.Event nextEvent() {
        if (!json.hasNext()) {
            throw failure("The JSON dataset ends too early", json.getLocation(), null);
        }
        return json.next();
    }

    private void expect(JsonParser.Event expected, String what) {
        JsonParser.Event event = nextEvent();
        if (event != expected) {
            throw failure("Expected " + what + ", found " + event, json.getLocation(), null);
        }
    }

    static DatasetException failure(String message, JsonLocation location, Throwable cause) {
        return new DatasetException(message, location == null ? -1 : (int) location.getLineNumber(),
                location == null ? -1 : (int) location.getColumnNumber(), cause);
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (JsonException e) {
            throw new DatasetException("Cannot close the JSON dataset: " + e.getMessage(), e);
        }
    }
}
