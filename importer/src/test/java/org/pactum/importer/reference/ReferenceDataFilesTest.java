package org.pactum.importer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.pactum.model.Countries;

/** The data files: complete, consistent, and without an alias silently shared by two referents. */
class ReferenceDataFilesTest {

    private final ReferenceData data = ReferenceData.load();

    @Test
    void groupsOfStatesLoadWithTheirMembersUnderEveryName() {
        assertEquals(List.of("EST", "LVA", "LTU"), data.group("Baltic states").orElseThrow());
        assertEquals(data.group("central asian states"), data.group("Central Asian countries"));
        assertTrue(data.groupNames().size() >= 9);
    }

    @Test
    void everyOrganizationCodeIsAValidPartyCodeOfTheModel() {
        org.pactum.model.validation.RecordValidator validator = org.pactum.model.validation.RecordValidator.create();
        List<String> invalid = new ArrayList<>();
        for (KnownOrganization o : data.organizations()) {
            org.pactum.model.Membership m = new org.pactum.model.Membership();
            m.setMember("AZE");
            m.setOrganization(o.code());
            m.setStatus(org.pactum.model.MembershipStatus.MEMBER);
            validator.validate(m).stream().filter(v -> v.getPropertyPath().toString().equals("organization"))
                    .forEach(v -> invalid.add(o.code() + ": " + v.getMessage()));
        }
        assertEquals(List.of(), invalid, "a record naming these organizations would be rejected");
    }

    @Test
    void everyModelCountryHasItsNames() {
        Set<String> missing = new TreeSet<>(Countries.alpha3Codes());
        for (KnownCountry c : data.countries()) {
            assertFalse(c.names().isEmpty(), c.code());
            assertEquals(Countries.name(c.code()), c.name(), "display name of " + c.code());
            missing.remove(c.code());
        }
        assertEquals(Set.of(), missing, "codes of org.pactum.model.Countries without names in countries.tsv");
        assertEquals(Countries.alpha3Codes().size(), data.countries().size());
    }

    @Test
    void everyCountryIsFoundByItsFirstName() {
        for (KnownCountry c : data.countries()) {
            assertEquals(c.code(), data.countryByName(c.names().get(0)).map(KnownCountry::code).orElse(null),
                    c.names().get(0));
        }
    }

    @Test
    void everyNameShortFormAndAdjectiveOfACountryFindsIt() {
        for (KnownCountry c : data.countries()) {
            List<String> all = new ArrayList<>(c.names());
            all.addAll(c.shortForms());
            all.addAll(c.adjectives());
            all.addAll(c.formerNames());
            for (String name : all) {
                Mention m = data.resolve(name, MentionType.COUNTRY).orElse(null);
                assertTrue(m != null && (m.code().equals(c.code()) || m.alternatives().contains(c.code())),
                        name + " of " + c.code() + " gives " + m);
            }
        }
    }

    @Test
    void sizesAreThoseOfCompleteReferenceData() {
        assertTrue(data.organizations().size() >= 40, "organizations: " + data.organizations().size());
        assertTrue(data.corridors().size() >= 25, "corridors: " + data.corridors().size());
        assertTrue(data.places().size() >= 300, "places: " + data.places().size());
    }

    @Test
    void noAliasNamesTwoReferentsUnlessMarkedShared() {
        List<String> clashes = new ArrayList<>();
        checkUnique(ReferenceTable.read(ReferenceData.COUNTRIES, "code", "names", "short forms", "adjectives",
                "former names"), "code", List.of("names", "short forms", "adjectives", "former names"), clashes);
        checkUnique(ReferenceTable.read(ReferenceData.ORGANIZATIONS, "code", "name", "founded", "aliases"),
                "code", List.of("name", "aliases"), clashes);
        checkUnique(ReferenceTable.read(ReferenceData.CORRIDORS, "name", "aliases", "modes", "countries", "places",
                "part of"), "name", List.of("name", "aliases"), clashes);
        checkUnique(ReferenceTable.read(ReferenceData.PLACES, "name", "country", "kind", "aliases", "stands for"),
                "name", List.of("name", "aliases"), clashes);
        // (a leader listed twice under two spellings would be two referents: "Shahbaz Sharif" is an alias of "Shehbaz Sharif")
        checkUnique(ReferenceTable.read(ReferenceData.LEADERS, "name", "country", "office", "aliases"),
                "name", List.of("name", "aliases"), clashes);
        checkUnique(ReferenceTable.read(ReferenceData.COMPANIES, "name", "country", "sector", "aliases"),
                "name", List.of("name", "aliases"), clashes);
        assertEquals(List.of(), clashes);
    }

    /** Within one file, a folded alias may belong to several keys only if all but one mark it with '?'. */
    private static void checkUnique(ReferenceTable table, String keyColumn, List<String> aliasColumns,
                                    List<String> clashes) {
        Map<String, Set<String>> owners = new HashMap<>();
        Map<String, Integer> unmarked = new HashMap<>();
        for (ReferenceTable.Row row : table.rows()) {
            String key = row.required(keyColumn);
            Set<String> seen = new HashSet<>();
            for (String column : aliasColumns) {
                for (String alias : row.list(column)) {
                    boolean shared = alias.replace("=", "").startsWith("?");
                    String text = alias.replaceAll("^[=?]+", "");
                    String folded = MentionFinder.Builder.isAcronym(text) ? text : TextFolding.fold(text);
                    if (!seen.add(folded)) {
                        continue;
                    }
                    owners.computeIfAbsent(folded, k -> new TreeSet<>()).add(key);
                    if (!shared) {
                        unmarked.merge(folded, 1, Integer::sum);
                    }
                }
            }
        }
        owners.forEach((alias, keys) -> {
            if (keys.size() > 1 && unmarked.getOrDefault(alias, 0) > 1) {
                clashes.add(table.file() + ": '" + alias + "' names " + keys);
            }
        });
    }

    @Test
    void corridorsRefersToKnownCountriesPlacesAndParents() {
        for (KnownCorridor c : data.corridors()) {
            assertFalse(c.modes().isEmpty(), c.name() + " has no mode");
            assertFalse(c.countries().isEmpty(), c.name() + " has no country");
            for (String code : c.countries()) {
                assertTrue(Countries.isAlpha3(code), c.name() + ": " + code);
            }
            if (c.partOf() != null) {
                assertTrue(data.corridor(c.partOf()).isPresent() || data.organization(c.partOf()).isPresent(),
                        c.name() + " part of " + c.partOf());
            }
        }
    }

    @Test
    void everyOrganizationIsFoundByCodeNameAndAlias() {
        for (KnownOrganization o : data.organizations()) {
            assertTrue(o.code().matches("[A-Z0-9]+(?:-[A-Z0-9]+)*"), "model organization-code rule: " + o.code());
            assertEquals(o.code(), data.organization(o.code()).map(KnownOrganization::code).orElse(null));
            for (String name : ReferenceDataLoader.plusName(o.name(), o.aliases())) {
                assertEquals(o.code(), data.organization(name).map(KnownOrganization::code).orElse(null), name);
            }
        }
    }

    @Test
    void everyPlaceIsFoundByNameAndAlias() {
        for (KnownPlace p : data.places()) {
            for (String name : ReferenceDataLoader.plusName(p.name(), p.aliases())) {
                Mention m = data.resolve(name, MentionType.PLACE).orElse(null);
                assertTrue(m != null && (m.code().equals(p.name()) || m.alternatives().contains(p.name())),
                        name + " of " + p.name() + " gives " + m);
            }
        }
    }

    @Test
    void everyCorridorAndInstrumentIsFoundByEachAlias() {
        for (KnownCorridor c : data.corridors()) {
            for (String alias : c.aliases()) {
                Mention m = data.resolve(alias, MentionType.CORRIDOR).orElse(null);
                assertTrue(m != null && (m.code().equals(c.name()) || m.alternatives().contains(c.name())),
                        alias + " of " + c.name() + " gives " + m);
            }
        }
        for (KnownInstrument i : data.instruments()) {
            for (String alias : i.aliases()) {
                assertEquals(i.title(), data.instrument(alias).map(KnownInstrument::title).orElse(null), alias);
            }
        }
    }
}
