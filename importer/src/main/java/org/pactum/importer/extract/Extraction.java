package org.pactum.importer.extract;

import java.util.List;

import org.pactum.importer.read.Article;
import org.pactum.importer.text.DateFinder;
import org.pactum.importer.text.Sentence;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Membership;

/** Runs the three extractors over one article. Thread-safe; holds only immutable rules and the reference data. */
public final class Extraction {

    /** What the extractors found, before merging and validation. */
    public record Found(DocumentAnalysis analysis, List<Candidate<Agreement>> agreements, List<Candidate<Corridor>> corridors,
            List<Candidate<Membership>> memberships) {
    }

    private final EntitySource reference;
    private final DateFinder dates = new DateFinder();
    private final AgreementExtractor agreements;
    private final CorridorExtractor corridors;
    private final MembershipExtractor memberships;
    private final NegotiationExtractor negotiations = new NegotiationExtractor();
    private final TopicListExtractor topicLists = new TopicListExtractor();
    private final OwnVersionExtractor ownVersions = new OwnVersionExtractor();
    private final FoundingSigners foundingSigners = new FoundingSigners();
    private final FormatParties formats = new FormatParties(ResourceTables.codesWithValue("format-organizations.txt"));

    public Extraction(EntitySource reference) {
        this.reference = reference;
        this.agreements = new AgreementExtractor(reference);
        this.corridors = new CorridorExtractor(reference);
        this.memberships = new MembershipExtractor(new PartnerWording(ResourceTables.codesWithValue("dialogue-partner-organizations.txt")),
                ResourceTables.codes("applicant-only-organizations.txt"), ResourceTables.codes("candidate-status-organizations.txt"),
                ResourceTables.codes("partner-state-organizations.txt"));
    }

    public Found run(Article article, String documentId, List<Sentence> sentences) {
        DocumentAnalysis doc = new DocumentAnalysis(article, documentId, sentences, reference, dates);
        List<Candidate<Agreement>> found = new java.util.ArrayList<>(agreements.extract(doc));
        found.addAll(negotiations.extract(doc));
        found.addAll(topicLists.extract(doc));
        found.addAll(ownVersions.extract(doc, found));
        List<Candidate<Membership>> members = memberships.extract(doc);
        foundingSigners.apply(found, members);
        found.forEach(c -> formats.expand(c.record()));
        return new Found(doc, found, corridors.extract(doc), members);
    }

    public EntitySource reference() {
        return reference;
    }
}
