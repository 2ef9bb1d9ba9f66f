package org.pactum.importer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Small rule tables kept as resources beside the extractors. */
final class ResourceTables {

    private ResourceTables() {
    }

    /** The first field of each line of a resource beside this class (comments and blank lines skipped). */
    static Set<String> codes(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = ResourceTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split("\t")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
