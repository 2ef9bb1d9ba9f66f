package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementStatus;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;

/**
 * Agreements told only as another's own version: "The U.K. was the first to sign a bilateral deal with Kyiv ... The U.S.
 * and Japan signed theirs on June 13", "Ukraine signed its agreement on June 27, 2014, the same day as Moldova and Georgia
 * signed theirs". Each state named before "signed theirs" signs one of the same kind with the counterpart of the agreement
 * told last (its party that is not the subject of its sentence), dated by the date after the verb.
 */
final class OwnVersionExtractor {

    private static final Pattern SIGNED_THEIRS = SearchPatterns.startingWith("sci", "\\b(?:signed|concluded|inked)\\s+(?:theirs\\b|their own\\b(?=\\s*[,.;]|\\s+(?:in|on|at|last|this|earlier|later)\\b))");

    List<Candidate<Agreement>> extract(DocumentAnalysis doc, List<Candidate<Agreement>> found) {
        List<Candidate<Agreement>> out = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
            if (!v.lower().contains("their")) {
                continue;
            }
            Matcher m = SIGNED_THEIRS.matcher(v.lower());
            if (!m.find()) {
                continue;
            }
            List<Mention> signers = Gaps.listedBefore(v, m.start(), s -> s.isState() && s.canAct() && !s.isAdjective() && !s.isPossessive());
            Candidate<Agreement> last = lastBefore(found, v.index());
            if (signers.isEmpty() || last == null) {
                continue;
            }
            String counterpart = counterpartOf(last);
            if (counterpart == null) {
                continue;
            }
            DateMention date = v.dates().stream().filter(d -> d.start() >= m.end() && d.start() - m.end() <= 30).findFirst().orElse(null);
            // ("on June 27, 2014, the same day as Moldova and Georgia signed theirs": the date of the one told)
            org.pactum.model.EdtfDate signed = date != null ? date.date() : v.lower().contains("the same day") ? last.record().getSigned() : null;
            for (Mention signer : signers) {
                if (!signer.code().equals(counterpart)) {
                    out.add(new Candidate<>(ownVersion(last.record(), signer.code(), counterpart, signed), v, 0.6, false));
                }
            }
        }
        return out;
    }


    /** The agreement found last at or before sentence {@code index}, between two parties. */
    private static Candidate<Agreement> lastBefore(List<Candidate<Agreement>> found, int index) {
        Candidate<Agreement> last = null;
        for (Candidate<Agreement> c : found) {
            int at = c.sentence().index();
            if (at <= index && c.record().getParties().size() == 2 && (last == null || at >= last.sentence().index())) {
                last = c;
            }
        }
        return last;
    }

    /** The party of the agreement that is not the first one its sentence names (the subject who signed it). */
    private static String counterpartOf(Candidate<Agreement> c) {
        return counterpartOf(c.record(), c.sentence());
    }

    /** The party of {@code a} that is not the first one {@code told}, the sentence telling it, names (the signer), or null. */
    static String counterpartOf(Agreement a, SentenceView told) {
        Set<String> parties = new LinkedHashSet<>();
        a.getParties().forEach(p -> parties.add(p.getCode()));
        for (Mention m : told.mentions()) {
            if (parties.contains(m.code()) && m.canAct()) {
                parties.remove(m.code());
                return parties.size() == 1 ? parties.iterator().next() : null;
            }
        }
        return null;
    }

    private static Agreement ownVersion(Agreement like, String signer, String counterpart, org.pactum.model.EdtfDate signed) {
        Agreement a = new Agreement();
        String title = like.getTitle();
        int with = title.indexOf(" with ");
        a.setTitle(with > 0 ? title.substring(0, with) : title);
        a.setKind(like.getKind());
        a.setStatus(AgreementStatus.SIGNED);
        a.getParties().add(new PartyRef(signer, PartyRole.PARTY));
        a.getParties().add(new PartyRef(counterpart, PartyRole.PARTY));
        a.setSigned(signed);
        return a;
    }
}
