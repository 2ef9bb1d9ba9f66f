package org.pactum.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;

import org.pactum.importer.extract.Candidate;
import org.pactum.importer.extract.EntitySource;
import org.pactum.importer.extract.Extraction;
import org.pactum.importer.merge.SameFacts;
import org.pactum.importer.read.Article;
import org.pactum.importer.read.ArticleReader;
import org.pactum.importer.read.InputGuard;
import org.pactum.importer.text.Block;
import org.pactum.importer.text.Segmenter;
import org.pactum.importer.text.Sentence;
import org.pactum.importer.text.SentenceSplitter;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.RecordIds;
import org.pactum.model.validation.RecordValidator;

/**
 * Article in, validated records out. Create once ({@link #create()} loads the sentence model and the reference
 * data) and share: {@link #importArticle} is thread-safe.
 */
public final class ArticleImporter {

    /** Written into every evidence entry: which rules produced it. */
    public static final String EXTRACTOR_VERSION = "pactum-importer/0.1.0";

    private final InputGuard guard;
    private final ArticleReader reader = new ArticleReader();
    private final Segmenter segmenter;
    private final Extraction extraction;
    private final RecordValidator validator = RecordValidator.create();

    private ArticleImporter(InputGuard guard, Segmenter segmenter, Extraction extraction) {
        this.guard = guard;
        this.segmenter = segmenter;
        this.extraction = extraction;
    }

    /** An importer with the built-in reference data and the default size limit. */
    public static ArticleImporter create() {
        return create(InputGuard.DEFAULT_MAX_BYTES);
    }

    /** An importer refusing articles longer than {@code maxBytes}. */
    public static ArticleImporter create(long maxBytes) {
        return create(maxBytes, org.pactum.importer.extract.ReferenceEntitySource.load());
    }

    /** An importer over other reference data (tests). */
    public static ArticleImporter create(long maxBytes, EntitySource reference) {
        return new ArticleImporter(new InputGuard(maxBytes), new Segmenter(new SentenceSplitter()), new Extraction(reference));
    }

    /** Imports raw bytes: refused unless strict UTF-8 text within the size limit. */
    public ImportResult importArticle(byte[] bytes, ArticleMetadata metadata) throws ArticleRejectedException {
        return importArticle(guard.decode(bytes), metadata);
    }

    /**
     * Imports one article.
     *
     * @throws ArticleRejectedException when the text is empty, binary or too large
     */
    public ImportResult importArticle(String text, ArticleMetadata metadata) throws ArticleRejectedException {
        ArticleMetadata meta = metadata == null ? ArticleMetadata.none() : metadata;
        guard.check(text);
        Article article = reader.read(text, meta.published());
        String documentId = RecordIds.documentId(text);
        List<Sentence> sentences = segmenter.sentences(text, article.blocks());
        Extraction.Found found = extraction.run(article, documentId, sentences);

        Map<Agreement, Boolean> named = new IdentityHashMap<>();
        Map<Agreement, Integer> position = new IdentityHashMap<>();
        for (Candidate<Agreement> c : found.agreements()) {
            position.put(c.record(), c.sentence().sentence().blockKind() == Block.Kind.HEADLINE ? -1 : c.sentence().index());
        }
        List<Agreement> agreements = SameFacts.agreements(withEvidence(found.agreements(), documentId, named), named::get,
                position::get);
        List<Corridor> corridors = SameFacts.corridors(withEvidence(found.corridors(), documentId, null));
        List<Membership> memberships = SameFacts.memberships(withEvidence(statedInBody(found.memberships()), documentId, null));

        String articleName = documentId + (meta.sourceName() != null ? " (" + meta.sourceName() + ")" : "");
        List<RecordRejection> rejections = new ArrayList<>();
        agreements = valid(agreements, "agreement", articleName, a -> a.getEvidence(), rejections);
        corridors = valid(corridors, "corridor", articleName, c -> c.getEvidence(), rejections);
        memberships = valid(memberships, "membership", articleName, m -> m.getEvidence(), rejections);

        Document document = new Document();
        document.setId(documentId);
        document.setTitle(article.title());
        document.setOutlet(article.outlet());
        document.setPublished(article.published());
        document.setUrl(meta.url());
        return new ImportResult(document, agreements, corridors, memberships,
                organizations(agreements, memberships, found.analysis() == null ? null : extraction.reference()), rejections);
    }

    /** A headline's membership counts only as evidence for one the body states too (headlines compress and mislead). */
    private static List<Candidate<Membership>> statedInBody(List<Candidate<Membership>> found) {
        java.util.Set<String> body = new java.util.HashSet<>();
        for (Candidate<Membership> c : found) {
            if (c.sentence().sentence().blockKind() != Block.Kind.HEADLINE) {
                body.add(key(c.record()));
            }
        }
        List<Candidate<Membership>> out = new ArrayList<>();
        for (Candidate<Membership> c : found) {
            if (c.sentence().sentence().blockKind() != Block.Kind.HEADLINE || body.contains(key(c.record()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static String key(Membership m) {
        return m.getMember() + "\u001f" + m.getOrganization() + "\u001f" + m.getStatus();
    }

    private static <T> List<T> withEvidence(List<Candidate<T>> candidates, String documentId, Map<T, Boolean> named) {
        List<T> out = new ArrayList<>();
        for (Candidate<T> c : candidates) {
            Sentence s = c.sentence().sentence();
            Evidence e = new Evidence(documentId, s.start(), s.end(), s.text(), c.confidence(), EXTRACTOR_VERSION);
            T r = c.record();
            if (r instanceof Agreement a) {
                a.getEvidence().add(e);
            } else if (r instanceof Corridor k) {
                k.getEvidence().add(e);
            } else if (r instanceof Membership m) {
                m.getEvidence().add(e);
            }
            if (named != null) {
                named.put(r, c.named());
            }
            out.add(r);
        }
        return out;
    }

    private <T> List<T> valid(List<T> records, String kind, String article, Function<T, List<Evidence>> evidence,
            List<RecordRejection> rejections) {
        List<T> out = new ArrayList<>();
        for (T r : records) {
            Set<ConstraintViolation<T>> violations = validator.validate(r);
            if (violations.isEmpty()) {
                out.add(r);
                continue;
            }
            List<Evidence> ev = evidence.apply(r);
            String sentence = ev.isEmpty() ? "" : ev.get(0).getQuote();
            for (ConstraintViolation<T> v : violations) {
                String path = v.getPropertyPath().toString();
                String rule = (path.isEmpty() ? "" : path + ": ")
                        + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                rejections.add(new RecordRejection(kind, rule, v.getMessage(), article, sentence));
            }
        }
        return out;
    }

    private static List<Organization> organizations(List<Agreement> agreements, List<Membership> memberships, EntitySource reference) {
        Set<String> codes = new LinkedHashSet<>();
        for (Agreement a : agreements) {
            for (PartyRef p : a.getParties()) {
                codes.add(p.getCode());
            }
        }
        for (Membership m : memberships) {
            codes.add(m.getOrganization());
        }
        List<Organization> out = new ArrayList<>();
        if (reference != null) {
            for (String code : codes) {
                reference.organization(code).ifPresent(out::add);
            }
        }
        return out;
    }
}
