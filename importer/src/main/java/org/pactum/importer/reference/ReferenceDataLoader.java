package org.pactum.importer.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.pactum.model.AgreementKind;
import org.pactum.model.Countries;
import org.pactum.model.CorridorMode;

/** Reads the data files, checks them (errors name file and line) and compiles the mention finder. */
final class ReferenceDataLoader {

    private static final int COUNTRY_RANK = 0;
    private static final int ORGANIZATION_RANK = 1_000_000;
    private static final int CORRIDOR_RANK = 2_000_000;
    private static final int INSTRUMENT_RANK = 3_000_000;
    private static final int PLACE_RANK = 4_000_000;
    private static final int STATE_ACTOR_RANK = 5_000_000;

    /** The model's rule for organization codes. */
    private static final Pattern ORGANIZATION_CODE = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final MentionFinder.Builder finder = new MentionFinder.Builder();
    private int sequence;
    /** Every alias given so far, lower case, with its entry's code ("" when several share it): a derived alias must not take another entry's name. */
    private final Map<String, String> registered = new HashMap<>();

    /** An acronym of four letters or more that news also writes as a word ("Comesa", "Sacu", "Igad"). */
    private static final Pattern WORD_LIKE_ACRONYM = Pattern.compile("[A-Z]{4,}");
    /** Acronyms whose word form is an ordinary word at the start of a sentence ("Pace"). */
    private static final Set<String> ORDINARY_WORDS = Set.of("pace");

    /**
     * "Comesa", "Sacu", "Eccas": the word form of each organization's acronym, matched in exactly that case, unless it is
     * another entry's name ("Guam" is the island, not the GUAM organization).
     */
    private void addTitleCaseAcronyms(java.util.Collection<KnownOrganization> organizations) {
        for (KnownOrganization org : organizations) {
            for (String a : org.aliases()) {
                if (!WORD_LIKE_ACRONYM.matcher(a).matches()) {
                    continue;
                }
                String word = a.charAt(0) + a.substring(1).toLowerCase(Locale.ROOT);
                String folded = word.toLowerCase(Locale.ROOT);
                if (registered.getOrDefault(folded, org.code()).equals(org.code()) && !ORDINARY_WORDS.contains(folded)) {
                    alias("=" + word, MentionType.ORGANIZATION, org.code(), org.name(), null, MentionForm.ALIAS, ORGANIZATION_RANK);
                }
            }
        }
    }

    ReferenceData load() {
        Map<String, KnownCountry> countries = loadCountries();
        Map<String, KnownOrganization> organizations = loadOrganizations();
        Map<String, KnownPlace> places = loadPlaces(countries, organizations);
        Map<String, KnownCorridor> corridors = loadCorridors(countries, places, organizations);
        Map<String, KnownInstrument> instruments = loadInstruments(countries, organizations);
        loadStateActors(countries, ReferenceData.LEADERS, "office");
        loadStateActors(countries, ReferenceData.COMPANIES, "sector");
        addTitleCaseAcronyms(organizations.values());
        return ReferenceData.of(countries, places, organizations, corridors, instruments,
                finder.build(new CorridorRoutes(corridors.values())));
    }

    private void alias(String alias, MentionType type, String code, String name, String country, MentionForm form,
                       int typeRank) {
        registered.merge(withoutMarks(List.of(alias)).get(0).toLowerCase(Locale.ROOT), code, (was, now) -> was.equals(now) ? was : "");
        finder.add(alias, type, code, name, country, form, typeRank + sequence++);
        if (type != MentionType.COUNTRY && type != MentionType.PLACE && type != MentionType.STATE_ACTOR) {
            for (String variant : spellingVariants(alias)) {
                finder.add(variant, type, code, name, country, form, typeRank + sequence++);
            }
        }
    }

    /** British and American spellings of the words in organization names: one alias covers both. */
    static List<String> spellingVariants(String alias) {
        List<String> variants = new ArrayList<>();
        String[][] pairs = {{"Organization", "Organisation"}, {"organization", "organisation"},
                {"Cooperation", "Co-operation"}, {"cooperation", "co-operation"}};
        for (String[] pair : pairs) {
            for (String v : new ArrayList<>(prepend(alias, variants))) {
                if (v.contains(pair[0])) {
                    variants.add(v.replace(pair[0], pair[1]));
                } else if (v.contains(pair[1])) {
                    variants.add(v.replace(pair[1], pair[0]));
                }
            }
        }
        variants.remove(alias);
        return variants.stream().distinct().toList();
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private Map<String, KnownCountry> loadCountries() {
        ReferenceTable table = ReferenceTable.read(ReferenceData.COUNTRIES,
                "code", "names", "short forms", "adjectives", "former names");
        Map<String, KnownCountry> countries = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            String code = row.required("code");
            if (!Countries.isAlpha3(code)) {
                throw row.error("not an ISO 3166-1 alpha-3 code of org.pactum.model.Countries: " + code);
            }
            List<String> names = row.list("names");
            if (names.isEmpty()) {
                throw row.error("no name for " + code);
            }
            KnownCountry raw = new KnownCountry(code, Countries.name(code), names, row.list("short forms"),
                    row.list("adjectives"), row.list("former names"));
            KnownCountry country = new KnownCountry(code, raw.name(), withoutMarks(raw.names()),
                    withoutMarks(raw.shortForms()), withoutMarks(raw.adjectives()), withoutMarks(raw.formerNames()));
            if (countries.put(code, country) != null) {
                throw row.error("code listed twice: " + code);
            }
            for (String n : raw.names()) {
                alias(n, MentionType.COUNTRY, code, country.name(), code, MentionForm.NAME, COUNTRY_RANK);
            }
            for (String s : raw.shortForms()) {
                alias(s, MentionType.COUNTRY, code, country.name(), code, MentionForm.SHORT_FORM, COUNTRY_RANK);
            }
            for (String a : raw.adjectives()) {
                alias(a, MentionType.COUNTRY, code, country.name(), code, MentionForm.ADJECTIVE, COUNTRY_RANK);
                String plural = plural(a);
                if (plural != null) {
                    alias(plural, MentionType.COUNTRY, code, country.name(), code, MentionForm.ADJECTIVE, COUNTRY_RANK);
                }
            }
            for (String f : raw.formerNames()) {
                alias(f, MentionType.COUNTRY, code, country.name(), code, MentionForm.FORMER_NAME, COUNTRY_RANK);
            }
        }
        return countries;
    }

    /** The aliases without their leading marks ('=' exact case, '?' shared). */
    static List<String> withoutMarks(List<String> aliases) {
        List<String> clean = new ArrayList<>(aliases.size());
        for (String a : aliases) {
            int i = 0;
            while (i < a.length() && (a.charAt(i) == '=' || a.charAt(i) == '?')) {
                i++;
            }
            clean.add(a.substring(i).strip());
        }
        return List.copyOf(clean);
    }

    /** A name followed by its aliases. */
    static List<String> plusName(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** The plural of a demonym ("Azerbaijanis", "Americans", "Kazakhs"); none for "Chinese", "British", "Swiss". */
    static String plural(String adjective) {
        String a = adjective;
        if (a.endsWith("s") || a.endsWith("sh") || a.endsWith("ch") || a.endsWith("e") || a.endsWith("z")
                || a.endsWith("x") || a.contains(" ") || !Character.isLetter(a.charAt(a.length() - 1))) {
            return null;
        }
        return a + "s";
    }

    /**
     * Who acts for a state is found like a place: leaders ("Modi and Paetongtarn signed ...") and state-owned
     * companies ("Gazprom and CNPC signed ..."), each standing for its state.
     */
    private void loadStateActors(Map<String, KnownCountry> countries, String file, String role) {
        ReferenceTable table = ReferenceTable.read(file, "name", "country", role, "aliases");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ReferenceTable.Row row : table.rows()) {
            String name = row.required("name");
            String country = row.required("country");
            if (!countries.containsKey(country)) {
                throw row.error("unknown country code " + country + " for " + name);
            }
            if (!names.add(name)) {
                throw row.error("listed twice: " + name);
            }
            alias(name, MentionType.STATE_ACTOR, name, name, country, MentionForm.NAME, STATE_ACTOR_RANK);
            for (String a : row.list("aliases")) {
                alias(a, MentionType.STATE_ACTOR, name, name, country, MentionForm.ALIAS, STATE_ACTOR_RANK);
            }
        }
    }

    /** Groups of states named as a whole: every name and alias, lower case, to the members. */
    static Map<String, List<String>> loadGroups() {
        ReferenceTable table = ReferenceTable.read(ReferenceData.GROUPS, "name", "members", "aliases");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            List<String> members = row.list("members");
            for (String code : members) {
                if (!org.pactum.model.Countries.isAlpha3(code)) {
                    throw row.error("unknown country code " + code);
                }
            }
            List<String> names = new ArrayList<>(row.list("aliases"));
            names.add(0, row.required("name"));
            for (String n : names) {
                if (out.put(n.toLowerCase(java.util.Locale.ROOT), List.copyOf(members)) != null) {
                    throw row.error("group name listed twice: " + n);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private Map<String, KnownPlace> loadPlaces(Map<String, KnownCountry> countries, Map<String, KnownOrganization> organizations) {
        ReferenceTable table = ReferenceTable.read(ReferenceData.PLACES, "name", "country", "kind", "aliases", "stands for");
        Map<String, KnownPlace> places = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            String name = row.required("name");
            String country = row.text("country");
            if (country != null && !countries.containsKey(country)) {
                throw row.error("unknown country code " + country + " for " + name);
            }
            PlaceKind kind;
            try {
                kind = PlaceKind.valueOf(row.required("kind"));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown place kind " + row.text("kind"));
            }
            List<String> aliases = row.list("aliases");
            String seatOf = row.text("stands for");
            if (seatOf != null && !organizations.containsKey(seatOf)) {
                throw row.error("unknown organization code " + seatOf + " for " + name);
            }
            KnownPlace place = new KnownPlace(name, country, kind, withoutMarks(aliases), seatOf);
            if (places.put(name, place) != null) {
                throw row.error("place listed twice: " + name);
            }
            alias(name, MentionType.PLACE, name, name, country, MentionForm.NAME, PLACE_RANK);
            for (String a : aliases) {
                alias(a, MentionType.PLACE, name, name, country, MentionForm.ALIAS, PLACE_RANK);
            }
        }
        return places;
    }

    private Map<String, KnownOrganization> loadOrganizations() {
        ReferenceTable table = ReferenceTable.read(ReferenceData.ORGANIZATIONS, "code", "name", "founded", "aliases");
        Map<String, KnownOrganization> organizations = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            String code = row.required("code");
            if (!ORGANIZATION_CODE.matcher(code).matches()) {
                throw row.error("organization code must be capitals and digits in parts joined by '-': " + code);
            }
            String founded = row.text("founded");
            Integer year = null;
            if (founded != null) {
                try {
                    year = Integer.valueOf(founded);
                } catch (NumberFormatException e) {
                    throw row.error("founding year is not a year: " + founded);
                }
            }
            List<String> aliases = row.list("aliases");
            KnownOrganization org = new KnownOrganization(code, row.required("name"), withoutMarks(aliases), year);
            if (organizations.put(code, org) != null) {
                throw row.error("organization code listed twice: " + code);
            }
            alias(org.name(), MentionType.ORGANIZATION, code, org.name(), null, MentionForm.NAME, ORGANIZATION_RANK);
            for (String a : aliases) {
                alias(a, MentionType.ORGANIZATION, code, org.name(), null, MentionForm.ALIAS, ORGANIZATION_RANK);
            }
        }
        return organizations;
    }

    private Map<String, KnownCorridor> loadCorridors(Map<String, KnownCountry> countries,
                                                     Map<String, KnownPlace> places,
                                                     Map<String, KnownOrganization> organizations) {
        ReferenceTable table = ReferenceTable.read(ReferenceData.CORRIDORS,
                "name", "aliases", "modes", "countries", "places", "part of");
        Map<String, KnownCorridor> corridors = new LinkedHashMap<>();
        List<ReferenceTable.Row> rows = table.rows();
        for (ReferenceTable.Row row : rows) {
            String name = row.required("name");
            List<CorridorMode> modes = new ArrayList<>();
            for (String m : row.list("modes")) {
                try {
                    modes.add(CorridorMode.valueOf(m));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown mode " + m + " (one of " + List.of(CorridorMode.values()) + ")");
                }
            }
            List<String> route = row.list("countries");
            for (String c : route) {
                if (!countries.containsKey(c)) {
                    throw row.error("unknown country code " + c + " on " + name);
                }
            }
            for (String p : row.list("places")) {
                if (!places.containsKey(p)) {
                    throw row.error("unknown place " + p + " on " + name + " (add it to " + ReferenceData.PLACES + ")");
                }
            }
            List<String> aliases = row.list("aliases");
            KnownCorridor corridor = new KnownCorridor(name, withoutMarks(aliases), modes, route, row.list("places"),
                    row.text("part of"));
            if (corridors.put(name, corridor) != null) {
                throw row.error("corridor listed twice: " + name);
            }
            alias(name, MentionType.CORRIDOR, name, name, null, MentionForm.NAME, CORRIDOR_RANK);
            for (String a : aliases) {
                alias(a, MentionType.CORRIDOR, name, name, null, MentionForm.ALIAS, CORRIDOR_RANK);
            }
        }
        for (ReferenceTable.Row row : rows) {
            String partOf = row.text("part of");
            if (partOf != null && !corridors.containsKey(partOf) && !organizations.containsKey(partOf)) {
                throw row.error("part of names neither a corridor nor an organization code: " + partOf);
            }
        }
        return corridors;
    }

    private Map<String, KnownInstrument> loadInstruments(Map<String, KnownCountry> countries,
                                                         Map<String, KnownOrganization> organizations) {
        ReferenceTable table = ReferenceTable.read(ReferenceData.INSTRUMENTS,
                "title", "kind", "parties", "date", "aliases");
        Map<String, KnownInstrument> instruments = new LinkedHashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            String title = row.required("title");
            List<String> parties = new ArrayList<>(row.list("parties"));
            for (String p : parties) {
                if (!countries.containsKey(p) && !organizations.containsKey(p)) {
                    throw row.error("unknown party " + p + " of " + title);
                }
            }
            String date = row.text("date");
            if (date != null && !DATE.matcher(date).matches()) {
                throw row.error("date is not YYYY, YYYY-MM or YYYY-MM-DD: " + date);
            }
            AgreementKind kind;
            try {
                kind = AgreementKind.valueOf(row.required("kind"));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind " + row.text("kind") + " (one of " + List.of(AgreementKind.values()) + ")");
            }
            List<String> aliases = row.list("aliases");
            KnownInstrument instrument = new KnownInstrument(title, kind, parties, date, withoutMarks(aliases));
            if (instruments.put(title, instrument) != null) {
                throw row.error("instrument listed twice: " + title);
            }
            alias(title, MentionType.INSTRUMENT, title, title, null, MentionForm.NAME, INSTRUMENT_RANK);
            for (String a : aliases) {
                alias(a, MentionType.INSTRUMENT, title, title, null, MentionForm.ALIAS, INSTRUMENT_RANK);
            }
        }
        return instruments;
    }
}
