package org.pactum.importer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pactum.importer.ImportResult;
import org.pactum.importer.merge.RecordMerger;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.model.io.DatasetWriter;

/** The records of several articles, merged by id (the same fact from two articles is one record). */
final class Collected {

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, Agreement> agreements = new LinkedHashMap<>();
    private final Map<String, Corridor> corridors = new LinkedHashMap<>();
    private final Map<String, Membership> memberships = new LinkedHashMap<>();

    void add(ImportResult r) {
        documents.putIfAbsent(r.document().getId(), r.document());
        r.organizations().forEach(o -> organizations.putIfAbsent(o.getCode(), o));
        r.agreements().forEach(a -> agreements.merge(a.getId(), a, RecordMerger::merge));
        r.corridors().forEach(c -> corridors.merge(c.getId(), c, RecordMerger::merge));
        r.memberships().forEach(m -> memberships.merge(m.getId(), m, RecordMerger::merge));
    }

    void writeTo(DatasetWriter w) {
        documents.values().forEach(w::write);
        organizations.values().forEach(w::write);
        agreements.values().forEach(w::write);
        corridors.values().forEach(w::write);
        memberships.values().forEach(w::write);
    }

    static void write(ImportResult r, DatasetWriter w) {
        w.write(r.document());
        r.organizations().forEach(w::write);
        r.agreements().forEach(w::write);
        r.corridors().forEach(w::write);
        r.memberships().forEach(w::write);
    }

    List<Integer> counts() {
        return new ArrayList<>(List.of(documents.size(), agreements.size(), corridors.size(), memberships.size(), organizations.size()));
    }
}
