package org.pactum.importer;

import java.util.List;

import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;

/**
 * Everything one article gave: the document and its validated records (deterministic ids, evidence
 * pointing into the document text), the organizations they refer to, and the records refused by validation.
 */
public record ImportResult(Document document, List<Agreement> agreements, List<Corridor> corridors,
        List<Membership> memberships, List<Organization> organizations, List<RecordRejection> rejections) {

    public ImportResult {
        agreements = List.copyOf(agreements);
        corridors = List.copyOf(corridors);
        memberships = List.copyOf(memberships);
        organizations = List.copyOf(organizations);
        rejections = List.copyOf(rejections);
    }

    public int recordCount() {
        return agreements.size() + corridors.size() + memberships.size();
    }
}
