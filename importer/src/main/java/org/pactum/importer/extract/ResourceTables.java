package org.pactum.importer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Small rule tables kept as resources beside the extractors. */
final class ResourceTables {

    private ResourceTables() {
    }

    /** The first field of each line of a resource beside this class (comments and blank lines skipped). */
    static Set<String> codes(String resource) {
        return Set.copyOf(codesWithValue(resource).keySet());
    }

    /** The first field of each line to its second tab-separated field, "" when the line has none. */
    static Map<String, String> codesWithValue(String resource) {
        return codesWithField(resource, 1);
    }

    /** The first field of each line to its tab-separated field at {@code index}, "" when the line has none. */
    static Map<String, String> codesWithField(String resource, int index) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = ResourceTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.strip().split("\t");
                    out.put(fields[0], fields.length > index ? fields[index].strip() : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
