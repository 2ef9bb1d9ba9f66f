package org.pactum.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-3 country codes with their English short names: the one source of truth for state codes.
 * The list is the data file {@code org/pactum/model/iso3166-1.tsv} in this jar.
 */
public final class Countries {

    private static final String DATA = "iso3166-1.tsv";
    private static final Map<String, String> NAMES = load();

    private Countries() {
    }

    /** Whether {@code code} is an assigned ISO 3166-1 alpha-3 code (upper case, exactly). */
    public static boolean isAlpha3(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** Every assigned alpha-3 code, in alphabetical order. */
    public static Set<String> alpha3Codes() {
        return NAMES.keySet();
    }

    /**
     * The English short name of a code, as ISO 3166-1 gives it ("Türkiye", "Korea, Republic of").
     *
     * @throws IllegalArgumentException if the code is not an assigned alpha-3 code
     */
    public static String name(String alpha3) {
        String name = alpha3 == null ? null : NAMES.get(alpha3);
        if (name == null) {
            throw new IllegalArgumentException("'" + alpha3 + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return name;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new LinkedHashMap<>(512);
        try (InputStream in = Countries.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + DATA + " next to " + Countries.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 4 || !fields[0].matches("[A-Z]{3}")) {
                    throw new IllegalStateException(DATA + " line " + number + ": expected alpha-3, alpha-2, "
                            + "numeric, name separated by tabs: " + line);
                }
                names.put(fields[0], fields[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA, e);
        }
        return Collections.unmodifiableMap(names);
    }
}
