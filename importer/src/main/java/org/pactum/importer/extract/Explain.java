package org.pactum.importer.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pactum.importer.read.Article;
import org.pactum.importer.read.ArticleReader;
import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.Segmenter;
import org.pactum.importer.text.Sentence;
import org.pactum.importer.text.SentenceSplitter;
import org.pactum.model.RecordIds;

/** Developer aid: prints each sentence with its entities, roles and dates, as the extractors see them. */
public final class Explain {

    private Explain() {
    }

    public static void main(String[] args) throws Exception {
        EntitySource ref = ReferenceEntitySource.load();
        for (String a : args) {
            String text = Files.readString(Path.of(a));
            Article article = new ArticleReader().read(text, null);
            List<Sentence> sentences = new Segmenter(new SentenceSplitter()).sentences(text, article.blocks());
            DocumentAnalysis doc = new DocumentAnalysis(article, RecordIds.documentId(text), sentences, ref,
                    new org.pactum.importer.text.DateFinder());
            System.out.println("== " + a + " published=" + article.published() + " ref=" + article.referenceDay()
                    + " focus=" + doc.focus() + " title=" + article.title() + " outlet=" + article.outlet());
            for (SentenceView v : doc.sentences()) {
                StringBuilder sb = new StringBuilder();
                sb.append(v.index()).append(' ').append(v.sentence().blockKind()).append(" pair=").append(doc.pairAt(v.index()))
                        .append(" | ").append(v.text()).append('\n');
                for (Mention m : java.util.stream.Stream.concat(v.mentions().stream(), v.instruments().stream()).toList()) {
                    sb.append("     ").append(m.type()).append(' ').append(m.code()).append(" '")
                            .append(v.text(), m.start(), m.end()).append("' ").append(m.entity().form())
                            .append(m.isLocative() ? " LOC" : "").append(m.isPossessive() ? " POSS(" + m.possessed() + ")" : "")
                            .append(m.compound ? " COMPOUND" : "").append(m.isSlip() ? " SLIP" : "")
                            .append(m.isInstitutional() ? " INST" : "").append(m.isEventContext() ? " EVENT" : "").append('\n');
                }
                for (Clause c : v.clauses()) {
                    String lower = c.masked(v.lower());
                    MembershipCues.Hit h = MembershipCues.strongest(lower);
                    sb.append("     CLAUSE [").append(c.masked(v.text()).replaceAll("\\s+", " "), 0, Math.min(c.masked(v.text()).replaceAll("\\s+", " ").length(), 70)).append("...] cue=")
                            .append(h == null ? "-" : h.cue().status() + "/" + lower.substring(h.start(), h.end()))
                            .append(Words.negated(lower) ? " NEG" : "")
                            .append(Words.hedged(c.masked(v.text())) ? " HEDGE" : "").append('\n');
                }
                for (Instrument ins : new InstrumentFinder().find(v.text())) {
                    sb.append("     INSTRUMENT '").append(ins.title()).append("' ").append(ins.kind()).append(ins.proper() ? " proper" : "")
                            .append(ins.definite() ? " definite" : "").append(ins.qualified() ? " qualified" : "").append('\n');
                }
                for (DateMention d : v.dates()) {
                    sb.append("     DATE ").append(d.date()).append(" '").append(v.text(), d.start(), d.end()).append("'\n");
                }
                System.out.print(sb);
            }
            for (Candidate<org.pactum.model.Agreement> c : new AgreementExtractor(ref).extract(doc)) {
                System.out.println("  AGREEMENT s" + c.sentence().index() + " " + c.record().getKind() + " " + c.record().getTitle() + " "
                        + c.record().getParties().stream().map(p -> p.getCode()).toList() + " " + c.record().getSigned() + " named=" + c.named());
            }
        }
    }
}
