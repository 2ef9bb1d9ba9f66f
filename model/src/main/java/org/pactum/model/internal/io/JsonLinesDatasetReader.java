package org.pactum.model.internal.io;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import org.pactum.model.io.DatasetException;
import org.pactum.model.io.DatasetReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/** Reads JSON Lines: one {@code {"agreement":{...}}} object a line; blank lines are skipped. */
public final class JsonLinesDatasetReader implements DatasetReader {

    /** Looked up once: {@code Json.createReader} would search for a provider on every line. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final BufferedReader lines;
    private final RecordBinder binder = new RecordBinder();
    private int lineNumber;
    private boolean finished;
    private Object next;

    public JsonLinesDatasetReader(InputStream in) {
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
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
            throw new NoSuchElementException("No more records in the JSON Lines dataset");
        }
        Object record = next;
        next = null;
        return record;
    }

    private Object advance() {
        String line;
        try {
            do {
                line = lines.readLine();
                lineNumber++;
            } while (line != null && line.isBlank());
        } catch (IOException e) {
            throw new DatasetException("Cannot read the JSON Lines dataset: " + e.getMessage(), lineNumber, -1, e);
        }
        if (line == null) {
            finished = true;
            return null;
        }
        JsonObject wrapper;
        try (JsonReader reader = READERS.createReader(new StringReader(line))) {
            wrapper = reader.readObject();
        } catch (JsonParsingException e) {
            throw new DatasetException("Malformed JSON line: " + e.getMessage(), lineNumber,
                    (int) e.getLocation().getColumnNumber(), e);
        } catch (JsonException e) {
            throw new DatasetException("Malformed JSON line: " + e.getMessage(), lineNumber, 1, e);
        }
        if (wrapper.size() != 1) {
            throw new DatasetException("A JSON line holds one record as {\"agreement\":{...}} (or document, "
                    + "organization, corridor, membership), found " + wrapper.size() + " keys", lineNumber, 1, null);
        }
        Map.Entry<String, JsonValue> entry = wrapper.entrySet().iterator().next();
        Section section = Section.bySingular(entry.getKey());
        if (section == null) {
            throw new DatasetException("Unknown record kind \"" + entry.getKey() + "\": expected document, "
                    + "organization, agreement, corridor or membership", lineNumber, 1, null);
        }
        if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
            throw new DatasetException("The " + section.singular() + " must be a JSON object", lineNumber, 1, null);
        }
        try {
            return binder.bind(entry.getValue().asJsonObject(), section);
        } catch (JsonbException | IllegalArgumentException e) {
            throw new DatasetException("Invalid " + section.singular() + ": " + RecordBinder.reason(e), lineNumber, 1,
                    e);
        }
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new DatasetException("Cannot close the JSON Lines dataset: " + e.getMessage(), e);
        }
    }
}
