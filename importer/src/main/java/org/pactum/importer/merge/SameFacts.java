package org.pactum.importer.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.EdtfDate;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.PartyRef;
import org.pactum.model.RecordIds;

/**
 * Turns the records found sentence by sentence in one article into one record per fact, with
 * deterministic ids: "a legally binding memorandum" and the "Memorandum on ..." named elsewhere with the
 * same parties are one agreement; a corridor written "Power of Siberia-2" and "Power of Siberia 2" is one;
 * a founding member is not also listed as a plain member.
 */
public final class SameFacts {

    /** Words that do not tell two corridors apart ("the X railway line" is "X"). */
    private static final Set<String> CORRIDOR_NOISE = Set.of("corridor", "route", "railway", "railroad", "rail", "line",
            "link", "the", "project", "international", "transport");

    private SameFacts() {
    }

    /**
     * One agreement per fact. Records of the same kind and parties with agreeing dates are one when their titles
     * fold alike or when one of them is only described ("an agreement"), not named.
     */
    public static List<Agreement> agreements(List<Agreement> records, Predicate<Agreement> named, ToIntFunction<Agreement> sentence) {
        List<Agreement> out = new ArrayList<>();
        List<Boolean> outNamed = new ArrayList<>();
        List<Integer> outAt = new ArrayList<>();
        for (Agreement a : records) {
            boolean isNamed = named.test(a);
            int at = sentence.applyAsInt(a);
            int match = -1;
            for (int i = 0; i < out.size(); i++) {
                Agreement b = out.get(i);
                // a description ("an agreement") is the named one only nearby, or in the headline that sums up the article
                // two instruments named apart in one sentence are two ("the memorandum on X and the memorandum on Y")
                boolean sameSentence = at >= 0 && at == outAt.get(i);
                boolean near = !sameSentence && (at < 0 || outAt.get(i) < 0 || Math.abs(at - outAt.get(i)) <= 3);
                // a headline's "sign deal" is the body's memorandum: the headline only sums up
                boolean headline = (at < 0 && !isNamed || outAt.get(i) < 0 && !outNamed.get(i));
                // the headline names only the main parties ("India and Saudi Arabia sign connectivity pact")
                // (not an instrument dated by its year alone: "the 1904 Treaty of Peace and Friendship" is background, not news)
                boolean background = yearOnly(a.getSigned()) || yearOnly(b.getSigned());
                boolean sameParties = parties(b).equals(parties(a))
                        || headline && !background && (parties(b).containsAll(parties(a)) || parties(a).containsAll(parties(b)));
                if ((b.getKind() == a.getKind() || headline) && sameParties && datesAgree(b.getSigned(), a.getSigned())
                        && interim(a) == interim(b)
                        && (RecordIds.fold(b.getTitle()).equals(RecordIds.fold(a.getTitle()))
                            || (near || sameDay(a.getSigned(), b.getSigned())) && (!isNamed || !outNamed.get(i))
                                && !(statesSubject(a) && hasSubject(b) || statesSubject(b) && hasSubject(a))
                                // "The remaining MoUs cover investment in renewable energy, petrochemicals, ...": one each
                                && !(sameSentence && hasSubject(a) && hasSubject(b))
                                // "The intergovernmental agreement on TANAP and the host government agreement were signed": two
                                // instruments described apart in one sentence are two
                                && !(sameSentence && (hasSubject(a) || hasSubject(b)) && described(a) && described(b)))) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                out.add(a);
                outNamed.add(isNamed);
                outAt.add(at);
                continue;
            }
            boolean headlineFirst = outAt.get(match) < 0 && at >= 0;
            outAt.set(match, Math.max(outAt.get(match), at));
            Agreement b = out.get(match);
            if (isNamed && !outNamed.get(match) || headlineFirst && (b.getKind() != a.getKind() || parties(a).size() > parties(b).size())) {
                // the named record leads, the described one adds its evidence and dates
                a.setId(null);
                b.setId(null);
                out.set(match, RecordMerger.merge(a, b));
                outNamed.set(match, true);
            } else {
                a.setId(null);
                b.setId(null);
                RecordMerger.merge(b, a);
            }
        }
        for (Agreement a : out) {
            a.setId(RecordIds.agreementId(a));
        }
        return RecordMerger.mergeAgreements(out);
    }

    /**
     * A list item describing what the instrument is about ("- a memorandum of understanding on cooperation in geology"), on
     * a line of its own or in a list written in prose with semicolons: two such items with different titles are two
     * instruments, however near ("Among the documents signed are: - a memorandum on ...; - a memorandum on ...").
     */
    private static boolean statesSubject(Agreement a) {
        return hasSubject(a) && !a.getEvidence().isEmpty()
                && (org.pactum.importer.text.ListLines.isItem(a.getEvidence().get(0).getQuote())
                    || SEMICOLON_LIST.matcher(a.getEvidence().get(0).getQuote()).find());
    }

    /** A title of three words or more ("host government agreement"): more than a kind word with an adjective. */
    private static boolean described(Agreement a) {
        return a.getTitle() != null && a.getTitle().trim().split("\\s+").length >= 3;
    }

    private static boolean hasSubject(Agreement a) {
        return a.getTitle() != null && SUBJECT_OF_TITLE.matcher(a.getTitle()).find();
    }

    /** "... signed nine documents: exchange of letters on ...; memorandum of understanding on ...": a list in prose. */
    private static final java.util.regex.Pattern SEMICOLON_LIST = java.util.regex.Pattern.compile(":[^;]{10,200};[^;]{10,200};");


    private static final java.util.regex.Pattern SUBJECT_OF_TITLE = java.util.regex.Pattern.compile(
            "(?i)^(?:[\\p{L}-]+\\s+){1,4}?(?:on|concerning|regarding|between|for|about|in)\\s+\\S{3,}");

    /** An interim (provisional, preliminary) agreement is another instrument than the full one that follows it. */
    private static boolean interim(Agreement a) {
        String t = a.getTitle() == null ? "" : a.getTitle().toLowerCase(java.util.Locale.ROOT);
        return t.contains("interim") || t.contains("provisional") || t.contains("preliminary");
    }

    private static Set<String> parties(Agreement a) {
        Set<String> s = new TreeSet<>();
        for (PartyRef p : a.getParties()) {
            s.add(p.getCode());
        }
        return s;
    }

    /** 2025-04 agrees with 2025-04-23; an unknown date agrees with any. */
    /** Both signed on the same day: "a US-brokered agreement" in the lead and "the agreement" paragraphs later are one. */
    private static boolean sameDay(EdtfDate a, EdtfDate b) {
        return a != null && b != null && a.precision() == org.pactum.model.DatePrecision.DAY && a.equals(b);
    }

    private static boolean yearOnly(EdtfDate d) {
        return d != null && d.precision() == org.pactum.model.DatePrecision.YEAR;
    }

    static boolean datesAgree(EdtfDate a, EdtfDate b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.toString();
        String y = b.toString();
        return x.startsWith(y) || y.startsWith(x);
    }

    /**
     * One membership per fact: a founding member is not also a plain member, an applicant who is a member
     * or candidate is not also an applicant, a dialogue partner is not also a partner.
     */
    public static List<Membership> memberships(List<Membership> records) {
        Map<String, EnumSet<MembershipStatus>> statuses = new LinkedHashMap<>();
        for (Membership m : records) {
            statuses.computeIfAbsent(m.getMember() + "\u001f" + m.getOrganization(), k -> EnumSet.noneOf(MembershipStatus.class))
                    .add(m.getStatus());
        }
        List<Membership> kept = new ArrayList<>();
        List<Membership> folded = new ArrayList<>();
        for (Membership m : records) {
            EnumSet<MembershipStatus> all = statuses.get(m.getMember() + "\u001f" + m.getOrganization());
            MembershipStatus into = supersededBy(m.getStatus(), all);
            if (into == null) {
                kept.add(m);
            } else {
                folded.add(m);
            }
        }
        for (Membership m : kept) {
            m.setId(RecordIds.membershipId(m));
        }
        List<Membership> merged = RecordMerger.mergeMemberships(kept);
        // the superseded statement still supports the stronger record: keep it as evidence there
        for (Membership f : folded) {
            EnumSet<MembershipStatus> all = statuses.get(f.getMember() + "\u001f" + f.getOrganization());
            MembershipStatus into = supersededBy(f.getStatus(), all);
            for (Membership m : merged) {
                if (m.getMember().equals(f.getMember()) && m.getOrganization().equals(f.getOrganization()) && m.getStatus() == into) {
                    RecordMerger.uniteEvidence(m.getEvidence(), f.getEvidence());
                    break;
                }
            }
        }
        return merged;
    }

    private static MembershipStatus supersededBy(MembershipStatus s, EnumSet<MembershipStatus> all) {
        switch (s) {
            case MEMBER:
                return all.contains(MembershipStatus.FOUNDING_MEMBER) ? MembershipStatus.FOUNDING_MEMBER : null;
            case APPLICANT:
                for (MembershipStatus x : List.of(MembershipStatus.FOUNDING_MEMBER, MembershipStatus.MEMBER, MembershipStatus.CANDIDATE)) {
                    if (all.contains(x)) {
                        return x == MembershipStatus.MEMBER && all.contains(MembershipStatus.FOUNDING_MEMBER)
                                ? MembershipStatus.FOUNDING_MEMBER : x;
                    }
                }
                return null;
            case PARTNER:
                return all.contains(MembershipStatus.DIALOGUE_PARTNER) ? MembershipStatus.DIALOGUE_PARTNER : null;
            case CANDIDATE:
                // a candidate that has since joined is a member
                return all.contains(MembershipStatus.FOUNDING_MEMBER) ? MembershipStatus.FOUNDING_MEMBER
                        : all.contains(MembershipStatus.MEMBER) ? MembershipStatus.MEMBER : null;
            default:
                return null;
        }
    }

    /** One corridor per route: records whose names or aliases are the same line merge; the first name stays. */
    public static List<Corridor> corridors(List<Corridor> records) {
        List<Corridor> out = new ArrayList<>();
        List<Set<String>> keys = new ArrayList<>();
        // folding is costly (Unicode normalization) and records of one corridor repeat the same names and aliases
        Map<String, String> folded = new HashMap<>();
        Function<String, String> fold = n -> folded.computeIfAbsent(n, RecordIds::fold);
        for (Corridor c : records) {
            Set<String> k = corridorKeys(c, fold);
            int match = -1;
            for (int i = 0; i < out.size(); i++) {
                Set<String> overlap = new HashSet<>(keys.get(i));
                overlap.retainAll(k);
                if (!overlap.isEmpty()) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                out.add(c);
                keys.add(k);
            } else {
                Corridor into = out.get(match);
                if (!fold.apply(into.getName()).equals(fold.apply(c.getName()))
                        && !into.getAliases().contains(c.getName())) {
                    into.getAliases().add(c.getName());
                }
                into.setId(null);
                c.setId(null);
                RecordMerger.merge(into, c);
                keys.get(match).addAll(k);
            }
        }
        for (Corridor c : out) {
            String name = fold.apply(c.getName());
            c.getAliases().removeIf(a -> fold.apply(a).equals(name));
            c.setId(RecordIds.corridorId(c));
        }
        return RecordMerger.mergeCorridors(out);
    }

    private static Set<String> corridorKeys(Corridor c, Function<String, String> fold) {
        Set<String> out = new HashSet<>();
        List<String> names = new ArrayList<>();
        names.add(c.getName());
        // only the name and the aliases written in the text identify; reference aliases may be shared ("TAP")
        names.addAll(c.getAliases());
        for (String n : names) {
            StringBuilder key = new StringBuilder();
            for (String w : fold.apply(n.replace('ı', 'i')).split(" ")) {
                if (!CORRIDOR_NOISE.contains(w)) {
                    key.append(key.length() > 0 ? " " : "").append(w);
                }
            }
            if (key.length() > 2) {
                out.add(key.toString());
            }
        }
        return out;
    }
}
