package org.pactum.importer.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.pactum.model.Agreement;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorStatus;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;

/**
 * Merges records that state the same fact (same deterministic id): the evidence is the union by
 * (documentId, start, end), fields missing in the first are taken from the second, list fields are
 * united in order. The first record's values win where both have one.
 *
 * <p>The {@code merge} methods change and return their first argument; the {@code mergeAll} methods
 * return new lists in order of first appearance and leave the given records untouched only if no
 * two share an id.
 */
public final class RecordMerger {

    private RecordMerger() {
    }

    public static Agreement merge(Agreement into, Agreement from) {
        requireSameId(into.getId(), from.getId());
        into.setTitle(titleOf(into.getTitle(), from.getTitle()));
        into.setKind(first(into.getKind(), from.getKind()));
        if (into.getStatus() == null || into.getStatus() == AgreementStatus.UNKNOWN) {
            into.setStatus(first(from.getStatus(), into.getStatus()));
        }
        unite(into.getParties(), from.getParties());
        if (into.getSigned() == null && from.getSigned() != null && (into.getInForce() == null
                || from.getSigned().compareTo(into.getInForce()) <= 0)) {
            into.setSigned(from.getSigned());
        }
        if (into.getInForce() == null && from.getInForce() != null && (into.getSigned() == null
                || into.getSigned().compareTo(from.getInForce()) <= 0)) {
            into.setInForce(from.getInForce());
        }
        if (into.getEnded() == null && from.getEnded() != null && (into.getInForce() == null
                || into.getInForce().compareTo(from.getEnded()) <= 0)) {
            into.setEnded(from.getEnded());
        }
        into.setPlace(first(into.getPlace(), from.getPlace()));
        into.setOccasion(first(into.getOccasion(), from.getOccasion()));
        uniteEvidence(into.getEvidence(), from.getEvidence());
        return into;
    }

    /** "CEPA" and "Comprehensive and Enhanced Partnership Agreement": the name written out says more than its short form. */
    private static final java.util.regex.Pattern SHORT_FORM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9-]{1,9}s?");

    private static String titleOf(String into, String from) {
        return into != null && from != null && SHORT_FORM.matcher(into).matches() && !SHORT_FORM.matcher(from).matches()
                ? from : first(into, from);
    }

    public static Corridor merge(Corridor into, Corridor from) {
        requireSameId(into.getId(), from.getId());
        into.setName(first(into.getName(), from.getName()));
        unite(into.getAliases(), from.getAliases());
        unite(into.getModes(), from.getModes());
        unite(into.getCountries(), from.getCountries());
        unite(into.getPlaces(), from.getPlaces());
        if (into.getStatus() == null || into.getStatus() == CorridorStatus.UNKNOWN) {
            into.setStatus(first(from.getStatus(), into.getStatus()));
        }
        unite(into.getMilestones(), from.getMilestones());
        into.setPartOf(first(into.getPartOf(), from.getPartOf()));
        unite(into.getFigures(), from.getFigures());
        uniteEvidence(into.getEvidence(), from.getEvidence());
        return into;
    }

    public static Membership merge(Membership into, Membership from) {
        requireSameId(into.getId(), from.getId());
        into.setMember(first(into.getMember(), from.getMember()));
        into.setOrganization(first(into.getOrganization(), from.getOrganization()));
        into.setStatus(first(into.getStatus(), from.getStatus()));
        // fill a missing end only where the dates stay in order (two statements about different periods)
        if (into.getSince() == null && from.getSince() != null && (into.getUntil() == null
                || from.getSince().compareTo(into.getUntil()) <= 0)) {
            into.setSince(from.getSince());
        }
        if (into.getUntil() == null && from.getUntil() != null && (into.getSince() == null
                || into.getSince().compareTo(from.getUntil()) <= 0)) {
            into.setUntil(from.getUntil());
        }
        uniteEvidence(into.getEvidence(), from.getEvidence());
        return into;
    }

    public static List<Agreement> mergeAgreements(Collection<Agreement> records) {
        return mergeAll(records, Agreement::getId, RecordMerger::merge);
    }

    public static List<Corridor> mergeCorridors(Collection<Corridor> records) {
        return mergeAll(records, Corridor::getId, RecordMerger::merge);
    }

    public static List<Membership> mergeMemberships(Collection<Membership> records) {
        return mergeAll(records, Membership::getId, RecordMerger::merge);
    }

    private interface Merge<T> {
        T apply(T into, T from);
    }

    private static <T> List<T> mergeAll(Collection<T> records, Function<T, String> id, Merge<T> merge) {
        Map<String, T> byId = new LinkedHashMap<>();
        List<T> withoutId = new ArrayList<>();
        for (T r : records) {
            String key = id.apply(r);
            if (key == null) {
                withoutId.add(r);
            } else {
                byId.merge(key, r, merge::apply);
            }
        }
        List<T> out = new ArrayList<>(byId.values());
        out.addAll(withoutId);
        return out;
    }

    /** Adds the evidence of {@code from} that {@code into} lacks, by (documentId, start, end). */
    public static void uniteEvidence(List<Evidence> into, List<Evidence> from) {
        Set<String> seen = new HashSet<>();
        for (Evidence e : into) {
            seen.add(key(e));
        }
        for (Evidence e : from) {
            if (seen.add(key(e))) {
                into.add(e);
            }
        }
    }

    private static String key(Evidence e) {
        return e.getDocumentId() + "\u001f" + e.getStart() + "\u001f" + e.getEnd();
    }

    private static <T> void unite(List<T> into, List<T> from) {
        for (T x : from) {
            if (!into.contains(x)) {
                into.add(x);
            }
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static void requireSameId(String a, String b) {
        if (a != null && b != null && !Objects.equals(a, b)) {
            throw new IllegalArgumentException("cannot merge records with different ids: " + a + " and " + b);
        }
    }
}
