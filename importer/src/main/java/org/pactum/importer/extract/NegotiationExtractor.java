package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;

/**
 * Agreements under negotiation that no instrument word names: "The European Union concluded its own negotiations with
 * Mercosur", "the negotiations with Indonesia are completed", "Talks with India and Egypt continue" (on a trade deal).
 * Diplomatic talks ("held talks with the Iranian president") are no agreement: only negotiations, or talks in a
 * sentence about a trade agreement, and never accession negotiations (those are a candidacy).
 */
final class NegotiationExtractor {

    /** "concluded its own negotiations with", "is negotiating a separate trade deal" is left to the instrument rules. */
    private static final Pattern ACTIVE = SearchPatterns.startingWith("cflsoruhaepi", "\\b(?:concluded|completed|finali[sz]ed|launched|started|opened"
            + "|resumed|continues|continued|continuing|holds|held|conducting|conducts|under"
            // "directed to speed up the free trade negotiations with the United Kingdom, Japan and Turkiye"
            + "|speed up|speeding up|accelerate|accelerating|advance|advancing|pursue|pursuing|expedite|intensify|intensifying)\\s+(?:its |their |the )?(?:own |official |formal |bilateral )?"
            + "(?:free trade |trade |fta )?negotiations\\s+(?:on (?:a |an |the )?[^,.;]{0,60}?\\s+)?with\\s+(?:the\\s+)?$");
    /**
     * "is also negotiating trade deals with the European Free Trade Association, Canada, South Korea and Singapore" (a single
     * "free trade agreement with" is an instrument, left to the agreement rules).
     */
    private static final Pattern NEGOTIATING = SearchPatterns.startingWith("iawh", "\\b(?:is|are|was|were|has been|have been)\\s+(?:(?:also|still|now"
            + "|currently|already)\\s+)?negotiating\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(?:(?:new|separate|bilateral|own|comprehensive)\\s+)?"
            + "(?:free\\s+)?(?:trade|fta|investment|economic partnership)\\s+(?:deals?|agreements|pacts|treaties)\\s+with\\s+"
            // "with a number of partners including the United Kingdom, China and Japan"
            + "(?:(?:a number of|several|various|many|other|a dozen)\\s+(?:other\\s+)?(?:partners|countries|economies),?\\s+(?:including|such as|among them)\\s+)?(?:the\\s+)?$");
    /** "is also negotiating with", "is stepping up talks with": in a sentence about trade, negotiations for a trade agreement. */
    private static final Pattern NEGOTIATING_WITH = SearchPatterns.startingWith("iawh", "\\b(?:is|are|was|were|has been|have been)\\s+(?:(?:also|still|now"
            + "|currently|already)\\s+)?(?:negotiating|(?:stepping up|intensifying|accelerating|holding) (?:its |their )?(?:trade )?(?:talks|negotiations))"
            + "\\s+with\\s+(?:the\\s+)?$");
    /** " in January and with Canada", " in May, and with the ": the same verb's next counterpart, after the first one's date. */
    private static final Pattern AND_WITH_NEXT = Pattern.compile("^\\.?\\s+(?:in|on)\\s+[^,.;]{1,25}?\\s*,?\\s+and\\s+(?:also\\s+)?with\\s+(?:the\\s+)?$");
    /** "It launched ...": the sentence's subject is the one before's. */
    private static final Pattern IT_OPENS = Pattern.compile("\\W*It\\s");
    /** "is also in talks with the US on a bilateral trade agreement": talks about a trade instrument, named after the counterpart. */
    private static final Pattern IN_TALKS = SearchPatterns.startingWith("iawh", "\\b(?:is|are|was|were|has been|have been)\\s+(?:(?:also|still|now|currently"
            + "|already)\\s+)?in\\s+(?:advanced\\s+|early\\s+|final\\s+)?talks\\s+with\\s+(?:the\\s+)?$");
    private static final Pattern ON_TRADE_INSTRUMENT = Pattern.compile("^\\s+on\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:trade|investment|economic"
            + "|partnership|cooperation)\\s+(?:agreement|deal|pact|treaty)\\b|^\\s+on\\s+(?:a|an|the)\\s+fta\\b");
    /** "the negotiations with Indonesia are completed", "talks with India and Egypt continue". */
    private static final Pattern PASSIVE = SearchPatterns.startingWith("nt", "\\b(?:negotiations|talks)\\s+with\\s+(?:the\\s+)?$");
    private static final Pattern PASSIVE_AFTER = Pattern.compile("^[^.;]{0,40}?\\b(?:are|were|is|was|have been|has been)\\s+(?:already\\s+|now\\s+|still\\s+)?"
            + "(?:completed|concluded|finali[sz]ed|underway|ongoing|continuing|in progress|at (?:an |the )?(?:advanced|final) stage"
            // "Talks with the United Kingdom were launched in June 2022", "with which negotiations were relaunched"
            + "|(?:re)?launched|started|opened|resumed|running)\\b"
            + "|^[^.;]{0,40}?\\b(?:continue|continues|are continuing|are under ?way|opened|began|started|resumed)\\b");
    private static final Pattern TRADE_CONTEXT = SearchPatterns.startingWith("ftcepmb", "\\b(?:free trade|trade agreement|trade deal|fta|customs union"
            + "|economic partnership|cooperation agreement|partnership agreement|market access|bilateral negotiations)\\b");
    private static final Pattern OPENING_VERB = Pattern.compile("\\s+(?:has|have|had|is|was|completed|concluded|finished|signed)\\b");
    private static final Pattern ACCESSION = SearchPatterns.startingWith("am", "\\b(?:accession|membership)\\b");

    List<Candidate<Agreement>> extract(DocumentAnalysis doc) {
        List<Candidate<Agreement>> out = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
            String lower = v.lower();
            if (!v.sentence().isStatement() || !(lower.contains("negotiati") || lower.contains("talks with")) || ACCESSION.matcher(lower).find()) {
                continue;
            }
            boolean tradeHere = TRADE_CONTEXT.matcher(lower).find()
                    || v.index() > 0 && TRADE_CONTEXT.matcher(doc.sentences().get(v.index() - 1).lower()).find();
            for (Mention counterpart : v.mentions()) {
                if (!(counterpart.isState() || counterpart.isOrganization()) || !counterpart.canAct()) {
                    continue;
                }
                int from = Math.max(0, counterpart.start() - 120);
                Matcher active = ACTIVE.matcher(lower).region(from, counterpart.start());
                boolean isActive = active.find();
                if (!isActive) {
                    active = NEGOTIATING.matcher(lower).region(from, counterpart.start());
                    isActive = active.find();
                }
                if (!isActive && tradeHere) {
                    // "It is also negotiating with India, Indonesia and Thailand", "is stepping up talks with Egypt" (about trade)
                    active = NEGOTIATING_WITH.matcher(lower).region(from, counterpart.start());
                    isActive = active.find();
                }
                if (!isActive) {
                    // "launched trade negotiations with India in January and with Canada in March": Canada too
                    Mention earlier = counterpartBefore(v, counterpart);
                    if (earlier != null) {
                        active = ACTIVE.matcher(lower).region(Math.max(0, earlier.start() - 120), earlier.start());
                        isActive = active.find();
                    }
                }
                if (!isActive) {
                    int listEnd = listedFrom(v, counterpart).get(listedFrom(v, counterpart).size() - 1).end();
                    active = IN_TALKS.matcher(lower).region(from, counterpart.start());
                    isActive = active.find() && ON_TRADE_INSTRUMENT.matcher(lower).region(listEnd, lower.length()).lookingAt();
                }
                boolean passive = !isActive && PASSIVE.matcher(lower).region(from, counterpart.start()).find() && tradeHere
                        && PASSIVE_AFTER.matcher(lower.substring(counterpart.end())).find();
                if (!isActive && !passive) {
                    continue;
                }
                Mention subject = isActive ? subjectBefore(v, active.start()) : null;
                if (subject == null && !isActive && v.index() > 0) {
                    // "Uzbekistan has completed bilateral negotiations with 31 WTO members. Talks with the United States ...
                    // are at the final stage": the state that opened the sentence before
                    SentenceView previous = doc.sentences().get(v.index() - 1);
                    Mention opening = subjectBefore(previous, Math.min(previous.text().length(), 60));
                    subject = opening != null && OPENING_VERB.matcher(previous.lower()).region(opening.end(), previous.text().length()).lookingAt()
                            ? opening : null;
                }
                if (subject == null && isActive && IT_OPENS.matcher(v.text()).lookingAt() && v.index() > 0) {
                    // "the UK has signed free trade agreements with Australia ... It launched trade negotiations with India"
                    subject = openingMention(doc, v.index() - 1);
                }
                if (subject == null) {
                    subject = doc.topicOrganization(v.index(), counterpart.start());
                }
                if (subject == null) {
                    continue;
                }
                for (Mention other : listedFrom(v, counterpart)) {
                    if (!other.code().equals(subject.code())) {
                        out.add(new Candidate<>(negotiating(subject, other), v, 0.6, false));
                    }
                }
            }
        }
        return out;
    }

    /** The acting state or organization named first before the cue: the negotiating side. */
    private static Mention subjectBefore(SentenceView v, int cueStart) {
        for (Mention m : v.mentions()) {
            if (m.start() >= cueStart) {
                return null;
            }
            if ((m.isState() || m.isOrganization()) && m.canAct() && !m.isAdjective() && !m.isPossessive() && !m.isStateActor()) {
                return m;
            }
        }
        return null;
    }

    /** The first counterpart of the list that ends with "in January and with" right before {@code next}, or null. */
    private static Mention counterpartBefore(SentenceView v, Mention next) {
        Mention before = null;
        for (Mention m : v.mentions()) {
            if (m.start() >= next.start()) {
                break;
            }
            before = (m.isState() || m.isOrganization()) && m.canAct() ? m : before;
        }
        if (before == null || !AND_WITH_NEXT.matcher(v.lower()).region(before.end(), next.start()).lookingAt()) {
            return null;
        }
        // back to the first item of its list ("with Australia and New Zealand in June")
        Mention first = before;
        for (Mention m : v.mentions()) {
            if (m.start() < before.start() && (m.isState() || m.isOrganization()) && Gaps.isListGap(v.text(), m.end(), first.start())) {
                first = m;
            }
        }
        return first;
    }

    /** The state or body sentence {@code index} has as the subject of its first verb ("..., the UK has signed"), or null. */
    private static Mention openingMention(DocumentAnalysis doc, int index) {
        SentenceView v = doc.sentences().get(index);
        return v.mentions().stream().filter(m -> m.start() < 80 && (m.isState() || m.isOrganization()) && m.canAct() && !m.isAdjective()
                && !m.isPossessive() && SUBJECT_VERB.matcher(v.lower()).region(m.end(), v.lower().length()).lookingAt()).findFirst().orElse(null);
    }

    private static final Pattern SUBJECT_VERB = Pattern.compile("\\s+(?:(?:also|already|now|has|have|had)\\s+)*(?:has|have|had|is|was|are|were"
            + "|signed|concluded|completed|launched|agreed|reached)\\b");

    /** The counterpart and the states listed with it ("with India and Egypt"). */
    private static List<Mention> listedFrom(SentenceView v, Mention first) {
        List<Mention> out = new ArrayList<>(List.of(first));
        out.addAll(Gaps.listedFrom(v, first.end(), m -> m.isState() || m.isOrganization()));
        return out;
    }

    private static Agreement negotiating(Mention subject, Mention other) {
        Agreement a = new Agreement();
        a.setTitle("Agreement between " + subject.entity().name() + " and " + other.entity().name());
        a.setKind(AgreementKind.AGREEMENT);
        a.setStatus(AgreementStatus.NEGOTIATING);
        a.getParties().add(new PartyRef(subject.code(), PartyRole.PARTY));
        a.getParties().add(new PartyRef(other.code(), PartyRole.PARTY));
        return a;
    }
}
