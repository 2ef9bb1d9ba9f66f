package org.pactum.importer.reference;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pactum.model.CorridorMode;

/**
 * The importer's reference data (countries, places, organizations, corridors, instruments; one data file each
 * under {@code org/pactum/importer/reference/}) and the finder of their mentions in text.
 * Immutable and thread-safe; {@link #load()} reads the files once per class loader.
 */
public final class ReferenceData {

    static final String COUNTRIES = "countries.tsv";
    static final String PLACES = "places.tsv";
    static final String ORGANIZATIONS = "organizations.tsv";
    static final String CORRIDORS = "corridors.tsv";
    static final String INSTRUMENTS = "instruments.tsv";
    static final String LEADERS = "leaders.tsv";
    static final String COMPANIES = "companies.tsv";
    static final String GROUPS = "groups.tsv";

    private final Map<String, KnownCountry> countries;
    private final Map<String, KnownPlace> places;
    private final Map<String, KnownOrganization> organizations;
    private final Map<String, KnownCorridor> corridors;
    private final Map<String, KnownInstrument> instruments;
    private final MentionFinder finder;
    private final CorridorRoutes routes;

    private ReferenceData(Map<String, KnownCountry> countries, Map<String, KnownPlace> places,
                          Map<String, KnownOrganization> organizations, Map<String, KnownCorridor> corridors,
                          Map<String, KnownInstrument> instruments, MentionFinder finder) {
        this.countries = Collections.unmodifiableMap(countries);
        this.places = Collections.unmodifiableMap(places);
        this.organizations = Collections.unmodifiableMap(organizations);
        this.corridors = Collections.unmodifiableMap(corridors);
        this.instruments = Collections.unmodifiableMap(instruments);
        this.finder = finder;
        this.routes = new CorridorRoutes(corridors.values());
    }

    private static final class Holder {
        static final ReferenceData INSTANCE = new ReferenceDataLoader().load();
    }

    /** The reference data of this jar, read on first use. */
    public static ReferenceData load() {
        return Holder.INSTANCE;
    }

    static ReferenceData of(Map<String, KnownCountry> countries, Map<String, KnownPlace> places,
                            Map<String, KnownOrganization> organizations, Map<String, KnownCorridor> corridors,
                            Map<String, KnownInstrument> instruments, MentionFinder finder) {
        return new ReferenceData(countries, places, organizations, corridors, instruments, finder);
    }

    // ---- mentions

    /**
     * Every mention of a country, place, organization, corridor or instrument in the text, in text order;
     * overlapping names resolve to the longest, and a corridor's name is followed by the countries and places
     * inside it (marked {@link Mention#nested()}).
     */
    public List<Mention> find(CharSequence text) {
        return finder.find(text);
    }

    /**
     * The referent of a whole name of the given type ("the Turkic Council" gives OTS), tolerating what
     * {@link #find} tolerates (case, diacritics, hyphens, possessive, a leading "the", misspellings).
     */
    public Optional<Mention> resolve(CharSequence name, MentionType type) {
        Tokens words = Tokens.of(name, null);
        int first = 0;
        if (words.count() > 1 && words.folded(0).equals("the")) {
            first = 1;
        }
        if (words.count() == 0) {
            return Optional.empty();
        }
        int from = words.start(first);
        int to = words.end(words.count() - 1);
        for (Mention m : finder.find(name)) {
            if (m.type() == type && m.start() <= from && m.end() >= to) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    // ---- countries

    /** Every ISO 3166-1 state and territory of {@link org.pactum.model.Countries}, in code order. */
    public List<KnownCountry> countries() {
        return List.copyOf(countries.values());
    }

    /** The country of an alpha-3 code (any case). */
    public Optional<KnownCountry> country(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(countries.get(alpha3.toUpperCase(Locale.ROOT)));
    }

    /** The country a name, short form or adjective means ("Türkiye", "Azeri", "PRC"). */
    public Optional<KnownCountry> countryByName(CharSequence name) {
        return resolve(name, MentionType.COUNTRY).flatMap(m -> country(m.code()));
    }

    // ---- groups of states

    private volatile Map<String, List<String>> groups;

    /** The members of a group of states named as a whole ("Baltic states", "Central Asian countries"), by any of its names. */
    public Optional<List<String>> group(String name) {
        if (groups == null) {
            groups = ReferenceDataLoader.loadGroups();
        }
        return Optional.ofNullable(groups.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every name of every group, lower case. */
    public java.util.Set<String> groupNames() {
        group("");
        return groups.keySet();
    }

    // ---- places

    public List<KnownPlace> places() {
        return List.copyOf(places.values());
    }

    /** The place of a name or alias ("Iğdır", "Bandar-e Abbas"). */
    public Optional<KnownPlace> place(CharSequence name) {
        return resolve(name, MentionType.PLACE).map(m -> places.get(m.code()));
    }

    // ---- organizations

    public List<KnownOrganization> organizations() {
        return List.copyOf(organizations.values());
    }

    /** The organization of a code ("d-8", "SCO") or of a name or alias ("Turkic Council", "Developing-8"). */
    public Optional<KnownOrganization> organization(CharSequence codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        KnownOrganization byCode = organizations.get(codeOrName.toString().strip().toUpperCase(Locale.ROOT));
        if (byCode != null) {
            return Optional.of(byCode);
        }
        return resolve(codeOrName, MentionType.ORGANIZATION).map(m -> organizations.get(m.code()));
    }

    // ---- corridors

    public List<KnownCorridor> corridors() {
        return List.copyOf(corridors.values());
    }

    /** The corridor of a canonical name or alias ("TITR", "Trans-Caspian International Transport Route"). */
    public Optional<KnownCorridor> corridor(CharSequence nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        KnownCorridor exact = corridors.get(nameOrAlias.toString());
        if (exact != null) {
            return Optional.of(exact);
        }
        return resolve(nameOrAlias, MentionType.CORRIDOR).map(m -> corridors.get(m.code()));
    }

    /**
     * The known corridor that best runs through the given places (canonical place names, as in
     * {@link Mention#code()} of place mentions): the one that passes through most of them, at least two, and of
     * those the shortest listed route, optionally of the given mode. "The line from Termez via Hairatan to
     * Mazar-i-Sharif" gives the Termez-Mazar-i-Sharif railway.
     */
    public Optional<KnownCorridor> corridorThrough(Collection<String> placeNames, CorridorMode mode) {
        return routes.through(placeNames, mode);
    }

    // ---- instruments

    public List<KnownInstrument> instruments() {
        return List.copyOf(instruments.values());
    }

    /** The instrument of a title or alias ("907th Amendment" gives Section 907 of the FREEDOM Support Act). */
    public Optional<KnownInstrument> instrument(CharSequence titleOrAlias) {
        if (titleOrAlias == null) {
            return Optional.empty();
        }
        KnownInstrument exact = instruments.get(titleOrAlias.toString());
        if (exact != null) {
            return Optional.of(exact);
        }
        return resolve(titleOrAlias, MentionType.INSTRUMENT).map(m -> instruments.get(m.code()));
    }
}
