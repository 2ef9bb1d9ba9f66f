package org.pactum.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.RecordIds;
import org.pactum.model.validation.RecordValidator;

class ArticleImporterTest {

    private static ArticleImporter importer;

    @BeforeAll
    static void create() {
        importer = ArticleImporter.create();
    }

    private static ImportResult run(String text) throws ArticleRejectedException {
        return importer.importArticle(text, ArticleMetadata.ofSource("test"));
    }

    private static List<Evidence> allEvidence(ImportResult r) {
        List<Evidence> out = new ArrayList<>();
        r.agreements().forEach(a -> out.addAll(a.getEvidence()));
        r.corridors().forEach(c -> out.addAll(c.getEvidence()));
        r.memberships().forEach(m -> out.addAll(m.getEvidence()));
        return out;
    }

    @Test
    void everyRecordIsValidAndItsEvidenceQuotesTheText() throws Exception {
        String text = "Azerbaijan and China sign a declaration\n- Wire\n- July 4, 2024\n\n"
                + "In July 2024, Azerbaijan and China signed a Joint Declaration on Establishing a Strategic Partnership.\n"
                + "Azerbaijan joined the D-8 in 2024.";
        ImportResult r = run(text);
        assertEquals(RecordIds.documentId(text), r.document().getId());
        assertFalse(r.agreements().isEmpty());
        RecordValidator validator = RecordValidator.create();
        r.agreements().forEach(a -> assertTrue(validator.isValid(a), a.toString()));
        r.memberships().forEach(m -> assertTrue(validator.isValid(m), m.toString()));
        for (Evidence e : allEvidence(r)) {
            assertEquals(text.substring(e.getStart(), e.getEnd()), e.getQuote());
            assertEquals(r.document().getId(), e.getDocumentId());
        }
    }

    @Test
    void theSameFactTwiceIsOneRecordWithTheSameIdEachTime() throws Exception {
        String text = "India and Pakistan joined the Shanghai Cooperation Organisation in 2017.\n"
                + "In 2017 India and Pakistan joined the SCO.";
        ImportResult first = run(text);
        ImportResult second = run(text);
        List<Membership> india = first.memberships().stream().filter(m -> m.getMember().equals("IND")).toList();
        assertEquals(1, india.size());
        assertEquals(2, india.get(0).getEvidence().size());
        assertEquals(first.memberships().stream().map(Membership::getId).toList(),
                second.memberships().stream().map(Membership::getId).toList());
    }

    @Test
    void supportForAccessionIsNoMembership() throws Exception {
        ImportResult r = run("China supports Azerbaijan's accession to the SCO.");
        assertEquals(List.of(MembershipStatus.APPLICANT), r.memberships().stream().map(Membership::getStatus).toList());
        assertEquals("AZE", r.memberships().get(0).getMember());
    }

    @Test
    void negatedAndHedgedStatusesGiveNothing() throws Exception {
        assertTrue(run("Turkey and Palestine are non-BRICS member states.").memberships().isEmpty());
        assertTrue(run("The leaders discussed granting observer status in the EAEU to Cuba.").memberships().isEmpty());
    }

    @Test
    void aSigningWrittenInTheFutureButDatedBeforePublicationIsPast() throws Exception {
        ImportResult r = run("Headline\n- Wire\n- Jan 6, 2026\n\n"
                + "In April 2025, Azerbaijan and China will sign a Joint Statement on Establishing a Comprehensive Strategic Partnership.");
        Agreement a = r.agreements().get(0);
        assertEquals("2025-04", a.getSigned().toString());
        assertEquals(AgreementStatus.SIGNED, a.getStatus());
    }

    @Test
    void isThreadSafe() throws Exception {
        java.nio.file.Path seeds = java.nio.file.Path.of(System.getProperty("pactum.seeds", "../seeds"));
        List<String> articles;
        try (var files = java.nio.file.Files.list(seeds)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return java.nio.file.Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        List<String> sequential = new ArrayList<>();
        for (String a : articles) {
            sequential.add(run(a).toString());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String a : articles) {
                    futures.add(pool.submit(() -> run(a).toString()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % articles.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void refusesUnusableInputWithAReason() {
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> run("  \n "));
        assertEquals(ArticleRejectedException.Reason.EMPTY, e.reason());
    }
}
