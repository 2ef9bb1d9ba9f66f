package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.pactum.importer.extract.MembershipCues.Hit;
import org.pactum.importer.extract.MembershipCues.Kind;
import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.Span;
import org.pactum.model.EdtfDate;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;

/**
 * Memberships: "India and Pakistan joined the organization in 2017", "observer status", "partner states",
 * "supports Azerbaijan's accession" (applicant, not member), "participation ... has been frozen"
 * (suspended), "took part ... until 1999" (former member). Negated or hedged statements give nothing.
 */
final class MembershipExtractor {

    private static final Set<String> MEMBERSHIP_NOUNS = Set.of("accession", "membership", "participation", "bid",
            "application", "candidacy", "entry", "admission", "observer", "partner");
    private static final Pattern ORG_ANAPHOR = Pattern.compile("\\b(?:it|its|the organi[sz]ation'?s?|this organi[sz]ation|the bloc'?s?"
            + "|the union'?s?|the alliance'?s?|the group'?s?|the grouping|the association'?s?|this association|the treaty|the community)\\b");
    private static final Pattern SELF_ANAPHOR = Pattern.compile("\\b(?:the kingdom|the country|the republic|the emirate|we|our country|the sultanate)\\b");
    private static final Pattern WE_WITH_MEMBERS = Pattern.compile("\\b(?:we|our country)\\b[^.;]{0,80}\\bwith (?:other |fellow |the )?member (?:states|countries)");
    private static final Pattern ADJECTIVE_ACTOR = Pattern.compile("^\\s+(?:government|authorities|side|state|republic|leadership|cabinet)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECTLESS = Pattern.compile("\\bjoining\\b|^\\s*accession\\b|\\b(?:the|its) accession\\b");

    private final Set<String> dialoguePartnerOrgs;

    MembershipExtractor(Set<String> dialoguePartnerOrgs) {
        this.dialoguePartnerOrgs = dialoguePartnerOrgs;
    }

    List<Candidate<Membership>> extract(DocumentAnalysis doc) {
        List<Candidate<Membership>> out = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
            if (!v.sentence().isStatement()) {
                continue;
            }
            for (Span clause : Clauses.of(v)) {
                extractClause(doc, v, clause, out);
            }
        }
        return out;
    }

    private void extractClause(DocumentAnalysis doc, SentenceView v, Span clause, List<Candidate<Membership>> out) {
        String lower = v.lower().substring(clause.start(), clause.end());
        Hit hit = MembershipCues.strongest(lower);
        if (hit == null) {
            return;
        }
        MembershipStatus status = hit.cue().status();
        boolean lasting = status == MembershipStatus.FORMER_MEMBER || status == MembershipStatus.SUSPENDED;
        if (!lasting && MembershipCues.NEGATION.matcher(lower).find()) {
            return;
        }
        if (status != MembershipStatus.APPLICANT && MembershipCues.HEDGE.matcher(lower).find()) {
            return;
        }
        int cueStart = clause.start() + hit.start();
        int cueEnd = clause.start() + hit.end();
        Mention org = organization(doc, v, clause, hit, cueStart, cueEnd);
        if (org == null) {
            return;
        }
        if (status == MembershipStatus.PARTNER && dialoguePartnerOrgs.contains(org.code())) {
            status = MembershipStatus.DIALOGUE_PARTNER; // "partner countries" of the SCO are its dialogue partners
        }
        Set<String> members = members(doc, v, clause, hit, cueEnd);
        double confidence = 0.8;
        if (members.isEmpty() && hit.cue().kind() != Kind.FOUNDING && hit.cue().kind() != Kind.REPRESENTED) {
            if (doc.focus() != null && (SELF_ANAPHOR.matcher(lower).find()
                    || SUBJECTLESS.matcher(lower).find() && noStateIn(v))) {
                members.add(doc.focus());
                confidence = 0.6;
            }
        }
        if (doc.focus() != null && WE_WITH_MEMBERS.matcher(lower).find()) {
            members.add(doc.focus());
        }
        members.remove(org.code());
        if (members.isEmpty()) {
            return;
        }
        EdtfDate since = null;
        EdtfDate until = null;
        List<DateMention> dates = v.datesIn(clause.start(), clause.end());
        if (dates.isEmpty() && v.dates().size() == 1) {
            dates = v.dates();
        }
        if (!dates.isEmpty()) {
            EdtfDate d = dates.get(0).date();
            if (d.isInterval()) {
                since = EdtfDate.parse(d.toString().substring(0, d.toString().indexOf('/')));
                until = EdtfDate.parse(d.toString().substring(d.toString().indexOf('/') + 1));
                if (status == MembershipStatus.MEMBER && doc.referenceDay() != null && until.latest().isBefore(doc.referenceDay())) {
                    status = MembershipStatus.FORMER_MEMBER;
                }
            } else if (status == MembershipStatus.FORMER_MEMBER) {
                until = d;
            } else {
                since = d;
            }
        }
        for (String member : members) {
            Membership m = new Membership();
            m.setMember(member);
            m.setOrganization(org.code());
            m.setStatus(status);
            m.setSince(since);
            m.setUntil(until);
            out.add(new Candidate<>(m, v, confidence));
        }
    }

    private static boolean noStateIn(SentenceView v) {
        return v.mentions().stream().noneMatch(m -> m.isState() && m.canAct());
    }

    private static Mention organization(DocumentAnalysis doc, SentenceView v, Span clause, Hit hit, int cueStart, int cueEnd) {
        List<Mention> orgs = v.mentionsIn(clause.start(), clause.end()).stream().filter(Mention::isOrganization).toList();
        if (hit.cue().kind() == Kind.FOUNDING) {
            for (Mention o : orgs) {
                boolean after = o.start() >= cueEnd && o.start() - cueEnd <= 25;
                boolean beforeBy = o.end() <= cueStart && v.lower().substring(cueEnd, Math.min(v.text().length(), cueEnd + 20))
                        .matches("(?s)\\s+(?:in \\d{4}\\s+)?by\\b.*");
                if (after || beforeBy) {
                    return o;
                }
            }
            return null;
        }
        Mention best = null;
        for (Mention o : orgs) {
            if (best == null || Math.abs(o.start() - cueStart) < Math.abs(best.start() - cueStart)) {
                best = o;
            }
        }
        if (best != null) {
            return best;
        }
        String lower = v.lower().substring(clause.start(), clause.end());
        if (ORG_ANAPHOR.matcher(lower).find() || hit.cue().orgFallback()) {
            return doc.lastOrganization(v.index(), cueStart, 3);
        }
        return null;
    }

    private static Set<String> members(DocumentAnalysis doc, SentenceView v, Span clause, Hit hit, int cueEnd) {
        Set<String> members = new LinkedHashSet<>();
        for (Mention m : v.mentionsIn(clause.start(), clause.end())) {
            if (!m.isState() || !m.canAct()) {
                continue;
            }
            switch (hit.cue().kind()) {
                case POSSESSED -> {
                    if (m.isPossessive() && MEMBERSHIP_NOUNS.contains(m.possessed())) {
                        members.add(m.code());
                    }
                }
                case REPRESENTED -> {
                    if (m.start() >= cueEnd) {
                        members.add(m.code());
                    }
                }
                default -> {
                    if (m.isPossessive() && !MEMBERSHIP_NOUNS.contains(m.possessed())) {
                        continue;
                    }
                    if (m.isAdjective() && !ADJECTIVE_ACTOR.matcher(v.text().substring(m.end())).find()) {
                        continue;
                    }
                    members.add(m.code());
                }
            }
        }
        return members;
    }
}
