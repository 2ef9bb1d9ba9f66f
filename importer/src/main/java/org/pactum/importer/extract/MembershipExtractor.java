package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.extract.MembershipCues.Hit;
import org.pactum.importer.extract.MembershipCues.Kind;
import org.pactum.importer.text.DateFinder;
import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.Regions;
import org.pactum.importer.text.SearchPatterns;
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
            "application", "candidacy", "entry", "admission", "observer", "partner", "fellow",
            // "voted to suspend Russia's rights of membership in the Human Rights Council"
            "rights",
            // "Thailand's cabinet approved a letter of intent to join the bloc": the organ that acts for the state
            "cabinet", "government", "parliament",
            // "have all been suspended from the OIF's bodies": the body's own organs and work
            "bodies", "institutions", "organs", "activities");
    /** "Nicaragua's withdrawal from the OAS became official": a departure the sentence says is done. */
    private static final Set<String> DEPARTURE_NOUNS = Set.of("withdrawal", "exit", "departure");
    private static final Pattern DEPARTURE_DONE = Pattern.compile("\\b(?:became|becomes|become|was made|is|was) (?:official|final|effective|complete)\\b"
            + "|\\b(?:took|takes) effect(?! in\\b)|\\bwas (?:completed|finali[sz]ed|formali[sz]ed)\\b");
    private static final Pattern ORG_ANAPHOR = SearchPatterns.startingWith("it", "\\b(?:it|its|the organi[sz]ation'?s?|this organi[sz]ation|the bloc'?s?"
            + "|the union'?s?|the alliance'?s?|the group'?s?|the grouping|the association'?s?|this association|the treaty|the community"
            + "|the bank'?s?|the commonwealth'?s?|the forum'?s?|the conference'?s?|the initiative'?s?|the movement'?s?|the council'?s?|the agency'?s?"
            // "the 120-member movement", "the 27-nation bloc"
            + "|the \\d{1,3}-(?:member|nation|country|strong) (?:organi[sz]ation|bloc|union|alliance|group|grouping|association|community"
            + "|forum|movement)'?s?)\\b");
    private static final Pattern SELF_ANAPHOR = SearchPatterns.startingWith("two", "\\b(?:the kingdom|the country|the republic|the emirate|we|our country|the sultanate)\\b(?! of\\b)");
    /** The words a state is called by instead of its name, in the text about it: "the country", "the sultanate". */
    private static final String EPITHET = "(?:country|kingdom|republic|emirate|sultanate)";
    private static final Pattern SELF_SUBJECT_OPENING = Pattern.compile("\\W*the (?:[\\p{L}-]+ )?" + EPITHET + "(?=\\s*,)");
    private static final Pattern SELF_SUBJECT_VERB = Pattern.compile("\\W*the (?:[\\p{L}-]+ )?" + EPITHET + "\\s+(?!of\\b)\\p{Ll}+");
    private static final Pattern SELF_SUBJECT_ONLY = Pattern.compile("\\W*the " + EPITHET + "\\s*");
    private static final Pattern WE_WITH_MEMBERS = SearchPatterns.startingWith("wo", "\\b(?:we|our country)\\b[^.;]{0,80}\\bwith (?:other |fellow |the )?member (?:states|countries)");
    private static final Pattern ADJECTIVE_ACTOR = Pattern.compile("^\\s+(?:government|authorities|side|state|republic|leadership|cabinet)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Ugandan President Yoweri Museveni took over the chairmanship": a head of state or government acts for the state. */
    private static final Pattern ADJECTIVE_LEADER = Pattern.compile("^\\s+(?:president|prime minister|premier|king|emir|sultan|leader|head of state)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A chair held or taken over: held by a state, whoever speaks for it. */
    private static final Pattern CHAIR_CUE = Pattern.compile("\\b(?:chairmanship|presidency|chairs|chaired|chair|chairman|chairwoman|chairperson|president of)\\b");
    /** "All three corridor countries are members of ...": the states along the corridor just named. */
    private static final Pattern CORRIDOR_COUNTRIES = SearchPatterns.startingWith("tab", "\\b(?:the|all|both) (?:two |three |four |five |six |\\d+ )?"
            + "(?:corridor|route|pipeline|railway) (?:countries|states)\\b");
    /** "Both countries", "The two states", "Both" opening a clause. */
    private static final Pattern BOTH_OPENING = Pattern.compile("\\W*(?:both|the two)\\b(?: (?:[\\p{L}-]+ )?(?:countries|states|nations|governments|neighbou?rs)\\b)?");
    private static final Pattern BOTH = SearchPatterns.startingWith("bt", "\\b(?:both|the two) (?:[\\p{L}-]+ )?(?:countries|states|nations|governments)\\b"
            // "Both are members of the Organisation of Islamic Cooperation and the D-8": "both" alone as the subject
            + "|^\\W*both(?= (?:are|were|have|had|also|remain|remained|joined|became)\\b)");
    /** "the three countries", "the same six states": a group listed earlier in the article. */
    private static final Pattern COUNTED_STATES = SearchPatterns.startingWith("ta", "\\b(?:the|these|those|all)(?: same)? (two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|\\d{1,2}) (?:[\\p{L}-]+ )?(?:countries|states|nations|governments|partners|juntas|regimes)\\b"
            // "..., and all three are members of the African Union": the number alone as the subject
            + "|\\ball (two|three|four|five|six|seven|eight|nine|ten) (?=(?:are|were|have|had|joined|became|belong|remain)\\b)");
    private static final Pattern PEOPLE_OF_BEFORE = Pattern.compile("(?s).*\\b(?:citizens|nationals|residents|people|peoples|goods|products"
            + "|companies|firms|passports|exports|imports) of $");
    private static final Pattern SUBJECTLESS_CLAUSE = Pattern.compile("^[\\s,]+(?:and\\s+)?(?:also\\s+)?(?:signed|joined|founded|created"
            + "|set up|established|formed|left|became)\\b");
    private static final Pattern SUBJECTLESS = Pattern.compile("\\bjoining\\b|^\\s*accession\\b|\\b(?:the|its) accession\\b");
    private static final Pattern BOTH_BODIES = SearchPatterns.startingWith("b", "\\bboth (?:organi[sz]ations|blocs|groups|groupings|alliances|bodies|unions)\\b");
    // ("joined the then European Economic Community")
    private static final Pattern ORG_AFTER_CUE = Pattern.compile("^\\s*(?:both\\s+)?(?:the\\s+)?(?:then\\s+)?(?:[\\p{L}]+-(?:led|backed|dominated)\\s+)?$"
            + "|^[\\s\\p{L}\\d'\u2019,-]{0,40}?\\b(?:of|to|in|into|at|with)\\s+(?:both\\s+)?(?:the\\s+)?(?:[\\p{L}]+-(?:led|backed|dominated)\\s+)?$");
    /** "the African Union was admitted as ...": an organization right before the verb is the one admitted. */
    private static final Pattern ORG_SUBJECT_GAP = Pattern.compile("^\\s+(?:(?:on|in|last|this|earlier) [\\p{L}\\d]+(?: \\d{1,4})?,?\\s+)?"
            + "(?:(?:was|is|has|have|had|been|formally|officially|also|now|finally)\\s+)*$");

    /** "since Cambodia joined in 1999": a time clause of its own stating the membership. */
    // ("when Egypt, Ethiopia, Iran and the United Arab Emirates became members": the first of a list too)
    private static final Pattern BODY_ACTED_ON_BEFORE = Pattern.compile(".*\\b(?:suspended|expelled|readmitted|admitted|granted (?:[\\p{L}-]+ ){0,3}status to)\\s+(?:the\\s+)?");
    private static final Pattern OWN_JOINING = Pattern.compile("^(?:\\s*,\\s*[^,;]{1,40}?)*?[^,;]*?\\b(?:joined|rejoined|acceded|became (?:a |the )?(?:[\\w-]+ )?members?|were admitted|was admitted|were added|was added|was expelled|were expelled|left|quit)\\b");
    /** "although the bloc granted it candidate status": the pronoun is the state the sentence is about. */
    /** "..., but it has held observer status": the subject of the clause before. */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("^\\W*(?:(?:but|and|while|although|though|yet)\\W+)?"
            // "; a month later it applied to join ECOWAS": a short time phrase first
            + "(?:(?:[\\p{L}\\d]+\\s+){1,3}(?:later|earlier|after|ago)\\W+|(?:last|this|that|the following|the next) (?:year|month|week|spring|summer|autumn|fall|winter)\\W+"
            + "|in (?:\\p{L}+ )?\\d{4}\\W+){0,2}" // (the clause's lower case: "a decade later, in may 1981, it was among the founders")
            + "(?:it|they|both|both of them)\\s+(?:has|have|had|is|are|was|were|also|already|still|became|joined|remains|remain|founded|co-founded|established|set up|applied|left|quit|rejoined"
            + "|adhered|acceded|entered|received|obtained|gained|secured" // ("It received the status of observer state in the EAEU")
            + "|froze|suspended|sit|sat|work|cooperate)\\b"
            // ", where both it and Armenia are dialogue partners": the subject before and the state named with it
            + "|^\\W*where\\s+both\\s+(?:it|they)\\b");
    private static final Pattern PARTNER_STATE = Pattern.compile("\\bpartner states?\\b");
    /** "expelled Pakistan's defence advisers": the subject expels, it is not expelled. */
    private static final Pattern EXPELS_OTHERS = Pattern.compile("(?<!\\b(?:was|were|been|be|is|are|being) )\\bexpel(?:led|s)\\b(?!\\s+from\\b)");
    private static final Pattern IT_FIRST = Pattern.compile("\\W*it\\s");
    // ("A decade later, in May 1981, it was among the six founding members": a time phrase first)
    private static final Pattern IT_OPENING = Pattern.compile("^\\W*(?:[\\p{L}\\d]+,?\\s+){0,6}?it\\b");
    private static final Pattern PRONOUN_SUBJECT_OPENING = Pattern.compile("\\W*(?:[\\p{L}\\d]+,?\\s+){0,4}?(?:it|(the (?:[\\p{L}-]+ )?"
            + EPITHET + "))\\s+(?!of\\b)\\p{Ll}+");
    private static final Pattern OBJECT_PRONOUN = SearchPatterns.startingWith("goai", "\\b(?:granted|gave|given|offered|awarded|admitted|accepted|invited) (?:it|them)\\b");
    /** "..., including X", "became a partner ..., along with Y and Z": the states of such a hole share the clause's status. */
    private static final Pattern INCLUDING_HOLE = Pattern.compile("\\W*(?:including|among them|notably|such as|along with|together with)\\b");
    private static final Pattern BY_INSTRUMENT = Pattern.compile("(?i)\\s+(?:in \\d{4}\\s+)?(?:by|under|through)\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:treaty|agreement|charter|convention|declaration|protocol|accord|decision|resolution)\\b");
    /** "created by the treaty signed in Astana on 29 May 2014 by Belarus, ...": the signers are the founders. */
    private static final Pattern SIGNED_BY = SearchPatterns.startingWith("sca", "\\b(?:signed|concluded|adopted|agreed)\\b[^.;]{0,45}?\\bby\\b");
    private static final Pattern REACTION = Pattern.compile("(?i),\\s+(?:a|the|in a)\\s+(?:move|decision|step)\\b"
            // "Rwanda said it was leaving ECCAS ..., accusing Congo of manipulating the group": the one blamed
            + "|,\\s+(?:accusing|blaming|critici[sz]ing|condemning|thanking|urging|calling on)\\s+(?:the\\s+)?$");

    // compiled once: these run on every cue and every mention after it
    /** Between a founding verb and the first leader: "on December 14, 2004 in Havana by the Commander". */
    private static final Pattern FOUNDED_BY_LEADER = Pattern.compile("[^.;]{0,60}?\\bby (?:[^.;]{1,80}?(?:,|\\band) )?(?:the )?(?:(?:late|then|former) )?"
            + "(?:(?:president|commander|prime minister|leader|king|emir|sultan|premier|chancellor) )?");
    private static final Pattern BODY_NOUN_AFTER = Pattern.compile("\\s+(?=the (?:bloc|organi[sz]ation|union|alliance|group|grouping|community|association|forum)\\b)");
    private static final Pattern DATE_GAP = Pattern.compile("\\s+(?:in|on|since)\\s+");
    /** "founded in Minsk in 1991 by ...": the founders follow "by". */
    private static final String FOUNDERS_GATHERED = "(?:bringing together|uniting|grouping)";
    private static final Pattern GATHERING = Pattern.compile(",\\s*" + FOUNDERS_GATHERED + "\\b");
    private static final Pattern THEN_BY = Pattern.compile("(?s)\\s+(?:(?:in|on|at) (?:[^,.;]|, (?=\\d))[^.;]{0,24}?\\s+){0,3}"
            // "established in 1986 as the Intergovernmental Authority on Drought and Development (IGADD) by ..."
            + "(?:as (?:the |an? )?[^,.;]{1,90}?\\s+)?"
            // "founded on the basis of the Nakhchivan Agreement signed on October 3, 2009 by ...", "founded in Belgrade in 1961 on
            // the initiative of leaders including Jawaharlal Nehru of India, ..."
            // "was established in 1997 through the Bangkok Declaration, signed by Bangladesh, India, ..."
            + "(?:(?:under|through|with|on the basis of) (?:[^,.;]|, (?=\\d)){0,120}?(?:,\\s*(?:signed|concluded|adopted)\\s+(?:(?:[^,.;]|, (?=\\d)){0,30}?\\s+)?)?)?(?:by|(?:on|at) the initiative of)\\b.*"
            // "was established on 3 October 2009 in Nakhchivan, when Azerbaijan, Kazakhstan, ... signed the ... Agreement"
            // ("on Sept. 16, 2023, when the three countries signed ...": a month's abbreviation keeps its full stop)
            + "|(?s)\\s+(?:(?:in|on|at) (?:[^,.;]|, (?=\\d))(?:[^.;]|(?<=\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\\.){0,24}?(?:\\s+|(?=,))){0,3},?\\s*when\\b"
            + "(?=[^.;]{0,150}\\b(?:signed|founded|created|set up|established|adopted)\\b).*"
            // "set up on June 6, 1997 through the Bangkok Declaration as BIST-EC, bringing together Bangladesh, India, ..."
            + "|(?s)[^.;]{0,120}?,\\s*" + FOUNDERS_GATHERED + "\\b.*");
    /** ", Georgia's fellow ...", ", both members of", ", an EU member": a status in apposition to the states before. */
    private static final Pattern STATUS_APPOSITION = Pattern.compile("(?s)^,\\s*(?:[\\p{L}-]+(?:'s|\u2019s) fellow|(?:both|all|all three|all four) members of"
            + "|(?:all|both)\\s+[^,;]{0,60}?\\bsuspended from|(?:itself|themselves) suspended from|" + MembershipCues.MEMBERS_IN_APPOSITION
            + "|associated (?:states|members|countries) of|(?:itself |themselves |also |though |although |while |albeit )?an? [^,]{0,40}\\b(?:member|observer|partner|candidate|applicant)\\b"
            // "Russia, the dominant member of both the CSTO and the Eurasian Economic Union, was absent"
            + "|the (?:[\\p{L}-]+ ){0,3}(?:member|observer|partner|ally)\\b"
            // "Leaders of Australia, Japan, New Zealand and South Korea, NATO's partners in the Indo-Pacific, attended"
            + "|[\\p{L}-]+(?:'s|\u2019s) (?:[\\p{L}-]+ )?(?:partners|members|allies|observers)\\b"
            // "Bosnia and Herzegovina, granted candidate status in December 2022, got the green light ..."
            + "|(?:granted|given|awarded|accorded) (?:the )?(?:[\\p{L}-]+ ){0,2}(?:status|membership)\\b"
            // "The first was Mozambique, a former Portuguese colony, admitted at the 1995 summit in Auckland"
            + "|(?:re)?admitted (?:in|at|on|to|into|as)\\b|(?:suspended|expelled) (?:in|on|at|from|since|after)\\b"
            // "Iraq, OPEC's second-largest producer, ...": a rank in the organization (the cue checks that it is one)
            + "|[\\p{L}-]+(?:'s|\u2019s) (?:[\\p{L}]+-)?(?:largest|biggest|top|leading|smallest|richest|poorest|newest|youngest|oldest) "
            + "(?:[\\p{L}-]+ )?(?:producer|economy|exporter|member|contributor|state|country|nation)\\b"
            // "For Nigeria, Africa's largest holder of gas reserves and an OPEC member like Algeria, ..."
            + "|[^,;]{0,60}?\\band an? (?:[\\p{L}\\d-]+ ){1,3}member\\b).*");
    private static final Pattern HAS_JOIN = Pattern.compile(".*\\bjoin.*");
    private static final Pattern HAS_WITH = Pattern.compile(".*\\bwith\\b.*");
    /** "Iran joined BRICS on 1 January 2024, along with Egypt, Ethiopia ...": those joined too. */
    private static final Pattern ALONG_WITH = Pattern.compile(".*\\b(?:along|together) with\\b.*");

    private final PartnerWording partnerWording;
    /** Bodies whose members are "partner states" (the EAC): see partner-state-organizations.txt. */
    private final Set<String> partnerStateOrgs;
    private final Set<String> applicantOnlyOrgs;
    private final Set<String> candidateStatusOrgs;
    /** How far back (sentences) "candidates" with no organization named look for one that has candidates. */
    private static final int CANDIDATE_WINDOW = 6;

    MembershipExtractor(PartnerWording partnerWording, Set<String> applicantOnlyOrgs, Set<String> candidateStatusOrgs,
            Set<String> partnerStateOrgs) {
        this.partnerWording = partnerWording;
        this.partnerStateOrgs = Set.copyOf(partnerStateOrgs);
        this.applicantOnlyOrgs = applicantOnlyOrgs;
        this.candidateStatusOrgs = candidateStatusOrgs;
    }

    List<Candidate<Membership>> extract(DocumentAnalysis doc) {
        List<Candidate<Membership>> out = new ArrayList<>();
        for (SentenceView v : doc.sentences()) {
            if (!v.sentence().isStatement() || v.isQuestion() || !mayStateMembership(v)) {
                continue;
            }
            membersBetweenDashes(v, out);
            if (!MembershipCues.anyTrigger(v.lower()) && sameStatusIn(v.lower()) == null && !v.lower().contains("the euro")
                    && !v.lower().contains("follow")) {
                if (v.lower().contains(" states, ") || v.lower().contains(" countries, ")) {
                    // "the six Gulf Cooperation Council states, Saudi Arabia, ...": no cue word, its states listed after it
                    membersNamedAfterTheirOrganization(doc, v, out);
                }
                continue;
            }
            if (statusGroups(doc, v, out)) {
                continue;
            }
            int first = out.size();
            Set<String> previous = Set.of();
            for (Clause clause : v.clauses()) {
                for (Clause part : withoutAppositive(v, clause)) {
                    previous = extractClause(doc, v, part, previous, out);
                }
            }
            membersNamedAfterTheirOrganization(doc, v, out);
            countedMembersListed(v, out);
            withoutStatesNamedAsNonMembers(v, out.subList(first, out.size()));
            companionsOfTheSecondBody(v, out.subList(first, out.size()));
        }
        return out;
    }

    /** ", and, together with Thailand, of the": a second body, shared with companions named on the way to it. */
    private static final Pattern AND_TOGETHER_WITH_THEN_OF = Pattern.compile("\\s*(?:\\([^()]{1,12}\\)\\s*)?,?\\s+and,\\s+(?:together|along) with\\s+"
            + "(?<companions>[^,;:]{2,80}?),\\s+(?:of|in|to)\\s+(?:the\\s+)?");

    /**
     * "Cambodia, Laos and Vietnam are all members of ASEAN and, together with Thailand, of the Mekong River Commission": the
     * companions are members of the second body only, the subjects of both.
     */
    private static void companionsOfTheSecondBody(SentenceView v, List<Candidate<Membership>> found) {
        if (found.isEmpty() || !v.lower().contains("and, ")) {
            return;
        }
        List<Mention> ms = v.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention first = ms.get(i);
            if (!first.isOrganization()) {
                continue;
            }
            Matcher gap = AND_TOGETHER_WITH_THEN_OF.matcher(v.text()).region(first.end(), v.text().length());
            if (!gap.lookingAt()) {
                continue;
            }
            Mention second = ms.stream().filter(o -> o.start() == gap.end() && o.isOrganization()).findFirst().orElse(null);
            if (second == null) {
                continue;
            }
            Set<String> companions = new LinkedHashSet<>();
            v.mentionsIn(gap.start("companions"), gap.end("companions")).stream().filter(Mention::isState).forEach(m -> companions.add(m.code()));
            List<Candidate<Membership>> ofTheFirst = found.stream().filter(c -> c.record().getOrganization().equals(first.code())).toList();
            if (companions.isEmpty() || ofTheFirst.isEmpty()) {
                continue;
            }
            found.removeIf(c -> c.record().getOrganization().equals(first.code()) && companions.contains(c.record().getMember()));
            MembershipStatus status = ofTheFirst.get(0).record().getStatus();
            Set<String> members = new LinkedHashSet<>();
            ofTheFirst.forEach(c -> members.add(c.record().getMember()));
            members.addAll(companions);
            for (String member : members) {
                if (found.stream().noneMatch(c -> c.record().getMember().equals(member) && c.record().getOrganization().equals(second.code()))) {
                    found.add(new Candidate<>(membership(member, second.code(), status), v, 0.7));
                }
            }
        }
    }

    /**
     * "six members of ASEAN, namely Brunei, ..., and four non-ASEAN countries, China, Japan, ...": a state named only after
     * "non-ASEAN" holds no status in ASEAN.
     */
    private static void withoutStatesNamedAsNonMembers(SentenceView v, List<Candidate<Membership>> found) {
        if (!found.isEmpty() && v.lower().contains("non-")) {
            found.removeIf(c -> {
                List<Mention> named = v.mentions().stream().filter(s -> s.isState() && s.code().equals(c.record().getMember())).toList();
                return !named.isEmpty() && named.stream().allMatch(s -> namedAfterNonMember(v, s, c.record().getOrganization()));
            });
        }
    }

    /** The last mention of organization {@code org} before state {@code state} is "non-ORG" ("the non-EU members Iceland, Norway"). */
    private static boolean namedAfterNonMember(SentenceView v, Mention state, String org) {
        Mention last = null;
        for (Mention m : v.mentions()) {
            if (m.start() < state.start() && m.isOrganization() && m.code().equals(org)) {
                last = m;
            }
        }
        return last != null && v.lower().startsWith("non-", Math.max(0, last.start() - 4));
    }

    private static final Pattern DASH_OPENING = Pattern.compile("\\s*(?:\\(\\p{Lu}{2,8}\\)\\s*)?\\s[-\u2013\u2014]\\s+");
    private static final Pattern WITH_ASIDE_THEN_DASH = Pattern.compile(",\\s+with\\s[^\u2013\u2014]{1,120}?\\s[\u2013\u2014]\\s");
    private static final Pattern DASH_CLOSING = Pattern.compile("\\s*[-\u2013\u2014]\\s");

    /** "the Gulf Cooperation Council - Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates - agreed": its members. */
    private static void membersBetweenDashes(SentenceView v, List<Candidate<Membership>> out) {
        String text = v.text();
        if (text.indexOf(" - ") < 0 && text.indexOf('\u2013') < 0 && text.indexOf('\u2014') < 0) {
            return;
        }
        for (Mention org : v.mentions()) {
            if (!org.isOrganization() || org.isProgramme() || org.isPossessive()) {
                continue;
            }
            Matcher open = DASH_OPENING.matcher(text).region(org.end(), text.length());
            if (!open.lookingAt()) {
                continue;
            }
            List<Mention> listed = Gaps.listedFrom(v, open.end(), m -> m.isState() && m.canAct() && !m.isAdjective());
            int listEnd = listed.isEmpty() ? -1 : listed.get(listed.size() - 1).end();
            // (also "The G7 – the United States, ..., Italy and Canada, with the European Union taking part ... – met")
            if (listed.size() >= 2 && (Regions.lengthAt(DASH_CLOSING, text, listEnd) > 0 || Regions.lengthAt(WITH_ASIDE_THEN_DASH, text, listEnd) > 0)) {
                listed.forEach(m -> out.add(new Candidate<>(membership(m.code(), org.code(), MembershipStatus.MEMBER), v, 0.7)));
            }
        }
    }

    // compiled once (String.replaceAll and replaceFirst compile their expression at each call)
    private static final Pattern PLURAL_S = Pattern.compile("s$");
    private static final Pattern AS_BEFORE_STATUS_NOUN = Pattern.compile("^as (?:an? )?(?:new )?(?:full(?:-fledged)? )?");
    private static final Pattern ALL_OR_THE_FIRST = Pattern.compile("^(?:all|the) ");

    private static final Pattern FUTURE_WORDS = Pattern.compile("\\b(?:will|would|shall|to become|to join|to accede)\\b");

    private static final Pattern MAKING_BEFORE = Pattern.compile("(?i).*\\bmaking (?<object>it|the (?:country|republic|kingdom|island nation|city-state)"
            + "|\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?) (?:the|a|an|its) (?:[\\p{L}\\d-]+ ){0,3}$");

    /**
     * "Singapore has signed a free trade agreement with the Pacific Alliance, the bloc made up of Chile, Colombia, Mexico and
     * Peru, making the Republic the first associate state of the grouping": the status is the object's, the state "it" or
     * the epithet stands for (the sentence's first state), or the state named there; else null.
     */
    private static String madeByTheSubject(SentenceView v, int cueStart) {
        int making = v.lower().lastIndexOf("making ", cueStart);
        if (making < 0 || cueStart - making > 80) {
            return null;
        }
        Matcher m = MAKING_BEFORE.matcher(v.text()).region(making, cueStart);
        if (!m.matches()) {
            return null;
        }
        for (Mention x : v.mentions()) {
            if (x.start() == m.start("object") && x.isState()) {
                return x.code();
            }
        }
        return v.mentions().stream().filter(x -> x.isState() && x.end() <= making && !x.isAdjective()).map(Mention::code).findFirst().orElse(null);
    }

    private static final Pattern SUBJECT_OPENING = Pattern.compile("\\W*(?:(?:in|on|by|since|after|later) [^,;]{1,30},\\s*)?");

    /**
     * The one state (by name, not an adjective or a possessive) the sentence names before {@code pos}, when it opens the
     * sentence as its subject; or null.
     */
    private static String soleStateBefore(SentenceView v, int pos) {
        Set<String> named = new LinkedHashSet<>();
        Mention first = null;
        for (Mention m : v.mentions()) {
            if (m.end() <= pos && m.isState()) {
                if (m.isAdjective() || m.isPossessive() || !m.canAct()) {
                    return null;
                }
                first = first == null ? m : first;
                named.add(m.code());
            }
        }
        return named.size() == 1 && Regions.matches(SUBJECT_OPENING, v.lower(), 0, first.start()) ? first.code() : null;
    }

    /** "BIMSTEC, which now has seven members, Bangladesh, Bhutan, ...": as many states listed right after as the count says. */
    private static final Pattern HAS_COUNTED_MEMBERS = SearchPatterns.startingWith("hc", "\\b(?:has|had|have|counts|counted) (\\d{1,2}|[a-z]+) (?:full )?"
            + "members,\\s+(?=(?:the\\s+)?\\p{Lu})");

    private static void countedMembersListed(SentenceView v, List<Candidate<Membership>> out) {
        if (!v.lower().contains(" members, ")) {
            return;
        }
        Matcher m = HAS_COUNTED_MEMBERS.matcher(v.text());
        while (m.find()) {
            Set<String> states = listedAt(v, m.end(), false);
            Mention org = lastOrganizationBefore(v, m.start(), o -> !o.isProgramme());
            if (org != null && states.size() >= 2 && states.size() == Words.count(m.group(1))) {
                states.forEach(code -> out.add(new Candidate<>(membership(code, org.code(), MembershipStatus.MEMBER), v, 0.7)));
            }
        }
    }

    /** "ten member states - Russia, Belarus, ... - as well as two observer countries, Afghanistan and Mongolia, and 14 dialogue partners: ...". */
    private static final Pattern COUNTED_STATUS_LIST = SearchPatterns.startingWith("0-9tfsenTFSEN", "\\b(?i:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\s+(?:full\\s+|existing\\s+|current\\s+)?(?<status>(?i:member states|member countries"
            + "|members|observer states|observer countries|observers|dialogue partners|partner states|partner countries|partners|candidate countries"
            + "|candidates))\\s*(?:[-\u2013\u2014:,]\\s*|\\s+)(?=(?:the\\s+)?\\p{Lu})");

    /** One counted group of a status list: its status noun ("observer countries") and the states listed after it. */
    private record StatusGroup(String noun, List<String> states) {
    }

    private static final List<String> STATUS_NOUNS = List.of(" member", " observer", " partner", " candidate");

    /** How many different status nouns the sentence has. */
    private static int statusNouns(String lower) {
        int n = 0;
        for (String noun : STATUS_NOUNS) {
            if (lower.contains(noun)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A sentence listing a body's states by status, each group counted and followed by its states, is read group by group
     * (the strongest cue would otherwise give every state one status). True when it was.
     */
    private boolean statusGroups(DocumentAnalysis doc, SentenceView v, List<Candidate<Membership>> out) {
        List<StatusGroup> groups = new ArrayList<>();
        if (v.text().indexOf('(') >= 0) {
            // "Australia, Comoros, ... and Yemen (member countries) and from China, Egypt, ... (dialogue partners)": each list
            // labelled after it
            Matcher label = LABELLED_STATUS.matcher(v.text());
            while (label.find()) {
                List<String> states = Gaps.listedBefore(v, label.start(), m -> m.isState() && !m.isAdjective()).stream().map(Mention::code).toList();
                if (!states.isEmpty()) {
                    groups.add(new StatusGroup(label.group("status").toLowerCase(java.util.Locale.ROOT), states));
                }
            }
        }
        if (groups.isEmpty()) {
            if (statusNouns(v.lower()) < 2) {
                return false; // (the cheap test first: the pattern below is tried at many letters of the sentence)
            }
            Matcher m = COUNTED_STATUS_LIST.matcher(v.text());
            while (m.find()) {
                List<String> states = List.copyOf(listedAt(v, m.end(), false));
                if (!states.isEmpty()) {
                    groups.add(new StatusGroup(m.group("status").toLowerCase(java.util.Locale.ROOT), states));
                }
            }
            if (groups.size() < 2) {
                return false;
            }
        }
        Mention org = v.mentions().stream().filter(o -> o.isOrganization() && !o.isProgramme() && !ownsSomethingElse(o)).findFirst()
                .orElse(doc.topicOrganization(v.index(), 0));
        if (org == null) {
            return false;
        }
        for (StatusGroup g : groups) {
            MembershipStatus status = listedStatus(g.noun(), org.code(), doc);
            for (String code : g.states()) {
                out.add(new Candidate<>(membership(code, org.code(), status), v, 0.7));
            }
        }
        return true;
    }

    /** "(member countries)", "(dialogue partners)": a status written in parentheses right after a list of states. */
    private static final Pattern LABELLED_STATUS = Pattern.compile("\\(\\s*(?<status>(?i:member states|member countries|members|observer states"
            + "|observer countries|observers|dialogue partners|partner countries|partners|candidate countries|candidates))\\s*\\)");


    /** "SCO members China and Russia", "Armenia's fellow EAEU member states, Russia, Belarus, ...": the states listed after. */
    private static final Pattern MEMBERS_AFTER_ORG = Pattern.compile("^\\s+(founding\\s+)?(?:members?|member states|member countries|allies|states|countries|nations)(?:\\s*(?:,|:|-{1,2}|[\u2013\u2014])\\s*|\\s+)"
            + "(?:namely\\s+|including\\s+)?(?=\\p{Lu})"); // "four of the five EAEU member states, namely Armenia, ...", "the 10 ASEAN members--Brunei, ..."
    /** "ASEAN's dialogue partners, which are Australia, Canada, ...", "the SCO's observers: Afghanistan and Mongolia". */
    private static final Pattern STATUS_LIST_AFTER_ORG = Pattern.compile("^(?:'s|\u2019s)\\s+(?:(?:current|present|other|ten|\\d{1,2}|\\p{Lu}[\\p{L}-]+)\\s+)?(?<status>founding members|members|member states"
            + "|member countries|dialogue partners|observers|observer states|partner countries|partner states|partners)"
            // "NATO's Indo-Pacific partners – Japan, South Korea, Australia and New Zealand –"
            + "(?:\\s*,\\s*(?:which|who) (?:are|were|include)|\\s*,\\s*namely|\\s*:|\\s+(?:are|were|include)|\\s+[\u2013\u2014])\\s+(?=(?:the\\s+)?\\p{Lu})");

    /** "SCO members China and Russia backed the plan", "NATO allies Poland and Romania": the states listed after. */
    private void membersNamedAfterTheirOrganization(DocumentAnalysis doc, SentenceView v, List<Candidate<Membership>> out) {
        for (Mention org : v.mentions()) {
            if (!org.isOrganization() || org.isProgramme()) {
                continue;
            }
            MembershipStatus status;
            int listStart;
            if (org.isPossessive()) {
                Matcher m = STATUS_LIST_AFTER_ORG.matcher(v.text()).region(org.end(), v.text().length());
                if (!m.lookingAt()) {
                    continue;
                }
                status = listedStatus(m.group("status"), org.code(), doc);
                listStart = m.end();
            } else {
                Matcher m = MEMBERS_AFTER_ORG.matcher(v.text()).region(org.end(), v.text().length());
                Matcher dashed = BETWEEN_DASHES_AFTER_ORG.matcher(v.text()).region(org.end(), v.text().length());
                Matcher partners = PARTNERS_AFTER_ORG.matcher(v.text()).region(org.end(), v.text().length());
                Matcher ours = ITS_BEFORE_ORG.matcher(v.text()).region(Math.max(0, org.start() - 20), org.start());
                if (partners.lookingAt() && ours.find()) {
                    // "Russia and its EAEU partners Belarus, Kazakhstan, ...": fellow members, and the state whose partners they are
                    for (Mention owner : v.mentions()) {
                        if (owner.isState() && owner.end() <= org.start() && Regions.matches(AND_ITS_GAP, v.text(), owner.end(), org.start())) {
                            out.add(new Candidate<>(membership(owner.code(), org.code(), MembershipStatus.MEMBER), v, 0.7));
                        }
                    }
                    status = MembershipStatus.MEMBER;
                    listStart = partners.end();
                } else if (m.lookingAt()) {
                    status = m.group(1) != null ? MembershipStatus.FOUNDING_MEMBER : MembershipStatus.MEMBER;
                    listStart = m.end();
                } else if (dashed.lookingAt() && closedByDash(v, dashed.end())) {
                    status = MembershipStatus.MEMBER; // "the European Free Trade Association (EFTA) — Switzerland, Norway, ... —"
                    listStart = dashed.end();
                } else {
                    continue;
                }
            }
            Set<String> listed = listedAt(v, listStart, org.isPossessive());
            int counted = countBefore(v, org.start());
            // (only after a bare comma: a dash or "namely" announces the members, "Five EU member states - Cyprus, Greece and Spain -")
            boolean bareComma = !Words.containsAny(v.lower().substring(org.end(), listStart), "-", "\u2013", "\u2014", ":", "namely", "including");
            if (bareComma && counted > 0 && listed.size() != counted) {
                continue; // "the leaders of the six GCC states, Egypt, Jordan and Iraq": others named beside the six
            }
            for (String code : listed) {
                if (code.equals(org.code())) {
                    continue;
                }
                out.add(new Candidate<>(membership(code, org.code(), status), v, 0.7));
            }
        }
    }

    /** The number written right before {@code pos} ("the six GCC states"), or -1. */
    private static int countBefore(SentenceView v, int pos) {
        int end = pos;
        while (end > 0 && v.text().charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(v.text().charAt(start - 1))) {
            start--;
        }
        if (start == end || Words.count(v.text().substring(start, end)) < 0) {
            return -1;
        }
        Matcher part = PART_OF_COUNT.matcher(v.text()).region(Math.max(0, start - 20), start);
        // "four of the five EAEU member states, namely ...": four are listed
        return part.find() && Words.count(part.group(1)) > 0 ? Words.count(part.group(1)) : Words.count(v.text().substring(start, end));
    }

    private static final Pattern PART_OF_COUNT = Pattern.compile("(\\w+)\\s+of\\s+(?:the\\s+)?$");

    private static final Pattern PARTNERS_AFTER_ORG = Pattern.compile("^\\s+(?:fellow\\s+)?partners\\s*(?:,|-{1,2}|[\u2013\u2014])?\\s+(?=\\p{Lu})");
    // ("Its three EFTA partners – Norway, Iceland and Liechtenstein –")
    private static final Pattern ITS_BEFORE_ORG = Pattern.compile("\\b(?i:its|their)\\s+(?:(?:two|three|four|five|six|seven|eight|\\d{1,2})\\s+)?$");
    private static final Pattern AND_ITS_GAP = Pattern.compile("\\s+and\\s+(?:its|their)\\s+");

    private static final Pattern BETWEEN_DASHES_AFTER_ORG = Pattern.compile("^(?:\\s*\\([^()]{1,12}\\))?\\s*[\u2013\u2014]\\s*(?=\\p{Lu})");
    private static final Pattern DASH_AFTER_LIST = Pattern.compile("^\\s*(?:[\u2013\u2014]|$)|^\\s+-\\s");

    /** The states listed from {@code listStart} are two or more and end at a closing dash (or the sentence's end). */
    private static boolean closedByDash(SentenceView v, int listStart) {
        List<Mention> listed = Gaps.listedFrom(v, listStart, Mention::isState);
        return listed.size() >= 2 && DASH_AFTER_LIST.matcher(v.text()).region(listed.get(listed.size() - 1).end(), v.text().length()).lookingAt();
    }

    /** The cue at [start, end) is "member states" right after an organization and before the states it lists. */
    private static boolean listHeadOfOrganization(SentenceView v, int start, int end) {
        for (Mention org : v.mentions()) {
            if (org.isOrganization() && !org.isPossessive() && org.end() <= start && start - org.end() <= 2) {
                Matcher m = MEMBERS_AFTER_ORG.matcher(v.text()).region(org.end(), v.text().length());
                return m.lookingAt() && m.end() >= end && !statesListedAt(v, m.end()).isEmpty();
            }
        }
        return false;
    }

    private static Membership membership(String member, String organization, MembershipStatus status) {
        Membership m = new Membership();
        m.setMember(member);
        m.setOrganization(organization);
        m.setStatus(status);
        return m;
    }

    /** The status a listing noun names; "partners" of an organization that has dialogue partners are those. */
    private MembershipStatus listedStatus(String noun, String organization, DocumentAnalysis doc) {
        if (noun.startsWith("founding")) {
            return MembershipStatus.FOUNDING_MEMBER;
        }
        if (noun.startsWith("member")) {
            return MembershipStatus.MEMBER;
        }
        if (noun.startsWith("dialogue")) {
            return MembershipStatus.DIALOGUE_PARTNER;
        }
        if (noun.startsWith("observer")) {
            return MembershipStatus.OBSERVER;
        }
        return partnerWording.meansDialoguePartner(organization, doc.published()) ? MembershipStatus.DIALOGUE_PARTNER : MembershipStatus.PARTNER;
    }

    /** ", an observer since 2022,": a status in apposition to the state before it. */
    private static final Pattern APPOSITIVE = SearchPatterns.startingWith(",", ",\\s+(?:itself\\s+|themselves\\s+|also\\s+)?an?\\s+(?:[\\p{L}\\d-]+\\s+){0,4}(?:member|observer|partner|candidate|applicant)\\b[^,;]{0,60},"
            + "|,\\s+[^,;]{0,60}?\\band an?\\s+(?:[\\p{L}\\d-]+\\s+){1,3}member\\b[^,;]{0,30},"
            // "Mali, Burkina Faso and Niger, all under military rule and all suspended from the African Union, formed the AES"
            + "|,\\s+(?:all|both)\\s+[^,;]{0,60}?\\b(?:suspended from|members of|observers (?:in|of|at))\\b[^,;]{0,40},"
            // "Lithuania and Estonia, both EU and NATO member states, back Ukraine's accession"
            + "|,\\s+(?:all|both)\\s+(?:[\\p{L}-]+\\s+){1,2}(?:and\\s+[\\p{L}-]+\\s+)?(?:members|member states|member countries|member nations),"
            // "Burkina Faso, Mali and Niger, the three military-led countries which have formed the AES, formally left ECOWAS"
            + "|,\\s+the\\s+(?:two|three|four|five|six|\\d)\\s+[^,;]{0,40}?\\b(?:countries|states|nations|governments|juntas)\\s+(?:which|that|who)\\s+"
            + "(?:have\\s+|had\\s+)?(?:formed|founded|set up|created|established|launched)\\b[^,;]{0,80},");

    private static final Pattern BODY_IN_LIST_GAP = Pattern.compile("\\s*(and\\s+)?(?:the\\s+)?");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\([^()]{1,12}\\)");

    /**
     * "Kazakhstan, a member of the SCO, the Eurasian Economic Union and the CSTO, has ...": an appositive ending at a
     * comma runs on over a list of bodies closed by "and"; {@code end} is just past the comma. The end past the list's
     * closing comma, or {@code end} when no such list follows.
     */
    private static int throughListedBodies(SentenceView v, int end, int limit) {
        String text = v.text();
        int pos = end;
        boolean closed = false;
        for (Mention o : v.mentions()) {
            if (o.start() < pos) {
                continue;
            }
            Matcher gap = BODY_IN_LIST_GAP.matcher(text).region(pos, o.start());
            if (!o.isOrganization() || o.end() > limit || !gap.matches()) {
                return end;
            }
            closed = gap.group(1) != null;
            int after = o.end() + Math.max(0, Regions.lengthAt(ACRONYM_AFTER, text, o.end()));
            if (text.startsWith(",", after) && after <= limit) {
                if (closed) {
                    return Math.min(after + 1, limit); // (the comma may close the clause itself: ", joined ..." cut off)
                }
                pos = after + 1;
            } else if (!closed && text.startsWith(" and ", after)) {
                pos = after;
            } else {
                return end;
            }
        }
        return end;
    }

    /**
     * "Timor-Leste, an observer since 2022, was admitted as the 11th member": the appositive and the rest are two
     * statements, each with its own cue.
     */
    private static List<Clause> withoutAppositive(SentenceView v, Clause clause) {
        String lower = clause.masked(v.lower());
        if (!lower.contains(", a") && !lower.contains(", itself") && !lower.contains(", themselves") && !lower.contains(", also")
                && !lower.contains(", both") && !lower.contains(", the ")) {
            return List.of(clause);
        }
        Matcher m = APPOSITIVE.matcher(lower);
        if (!m.find()) {
            return List.of(clause);
        }
        int s = clause.start() + m.start();
        int e = throughListedBodies(v, clause.start() + m.end(), clause.end());
        boolean afterState = v.mentions().stream().anyMatch(x -> (x.isState() || standsForState(x)) && x.end() <= s
                && v.text().substring(x.end(), s).isBlank());
        String rest = lower.substring(e - clause.start());
        if (!afterState) {
            return List.of(clause);
        }
        if (MembershipCues.strongest(rest) == null && MembershipCues.strongest(lower.substring(0, m.start())) == null) {
            // "Pakistan, also an SCO member, has been developing its own port": the appositive alone states something
            return List.of(new Clause(s, e, List.of()));
        }
        if (MembershipCues.strongest(rest) == null) {
            return List.of(clause); // nothing else to say: the appositive's cue is the clause's
        }
        List<int[]> holes = new ArrayList<>(clause.holes());
        holes.add(new int[] {s, e});
        return List.of(new Clause(clause.start(), clause.end(), holes), new Clause(s, e, List.of()));
    }

    /** ", the three military-led countries which have formed the AES,": a group in apposition, the states before it. */
    private static final Pattern APPOSED_GROUP = Pattern.compile("^\\W*the\\s+(?:two|three|four|five|six|\\d)\\s+[^,;]{0,40}?\\b(?:countries|states|nations"
            + "|governments|juntas)\\s+(?:which|that|who)\\b");
    private static final Pattern PARTICIPLE = Pattern.compile("^\\W*(?:being|having been|as)\\b");
    private static final Pattern WHOSE_COUNTRIES = Pattern.compile("^\\W*whose (?:countr(?:y|ies)|states?|governments?|nations?)\\b");
    private static final Regions.Needing OVER_SOMETHING_OF = new Regions.Needing(Pattern.compile(".*\\b(?:over|about|regarding|concerning|despite)\\s+(?:the\\s+)?"
            + "(?:admission|accession|recognition|membership|inclusion)\\s+of\\s+(?:the\\s+)?"), "admission", "accession", "recognition", "membership", "inclusion");
    /** "Africa's second-biggest oil producer after Nigeria": a state named in a comparison. */
    private static final Regions.Needing COMPARED_BEFORE = new Regions.Needing(Pattern.compile("(?s).*\\b(?:largest|biggest|second|third|top|leading|more|less|larger|bigger|smaller)\\b"
            + "[^,.;]{0,40}\\b(?:after|than|behind)\\s+(?:the\\s+)?$"), "after", "than", "behind");
    /** "doubling the alliance's land border with Russia": the state on the other side of a relation. */
    private static final Regions.Needing RELATION_WITH_BEFORE = new Regions.Needing(Pattern.compile("(?s).*\\b(?:border|borders|frontier|ties|relations|trade|war"
            // "Belarus is a member of the CSTO ... and forms the Union State with Russia": a union of two, no member of the body
            + "|conflict|dispute|tensions|union state|union|partnership|relationship|deal|pact|agreement|agreements|accord|treaty)\\s+with\\s+(?:the\\s+)?$"), "with");
    /** "NATO member states bordering Russia and Belarus": the states on the other side of a border. */
    // ("The country of three million wedged between Poland, Latvia, Belarus and Russia's Kaliningrad exclave first sought to join
    // the euro": its neighbours, a list)
    /** The names listed before a position, one or two words each ("Poland, Latvia, Belarus and "). */
    private static final String NAMES_LISTED_BEFORE = "(?:[\\p{L}-]+(?:\\s+[\\p{L}-]+)?(?:\\s*,\\s*|\\s+(?:and|or)\\s+(?:the\\s+)?))*";
    private static final Regions.Needing BORDERING_BEFORE = new Regions.Needing(Pattern.compile("(?s).*\\b(?:bordering|adjacent to|(?:wedged|sandwiched|situated|located) between)\\s+(?:the\\s+)?"
            + NAMES_LISTED_BEFORE + "(?:[\\p{L}-]+\\s+member\\s+)?$"), "bordering", "adjacent to", "between"); // ("and EU member Romania")

    private static final Pattern ANOTHER_SUBJECT_BEFORE_CUE = Pattern.compile("(?s).*,\\s+the\\s+(?:forum|bloc|group|grouping|organi[sz]ation|alliance"
            + "|union|community|initiative|format|platform|summit|conference|club)\\s+(?:now\\s+|also\\s+)?");
    /** "on the situation of Afghanistan": a state talked about. */
    private static final Regions.Needing TOPIC_OF_BEFORE = new Regions.Needing(Pattern.compile("(?s).*\\b(?:situation|crisis|conflict|war|developments|events) (?:in|of|around|on)\\s+(?:the\\s+)?$"),
            "situation", "crisis", "conflict", "war", "developments", "events");
    private static final Regions.Needing COMPOSED_OF_BEFORE = new Regions.Needing(Pattern.compile("(?s).*\\b(?:made up of|composed of|comprising|consisting of|which (?:includes|comprises"
            + "|groups|brings together))\\s+(?:the\\s+)?" + NAMES_LISTED_BEFORE + "$"), "made up of", "composed of", "comprising", "consisting of", "which includes",
            "which comprises", "which groups", "which brings together");
    // (not "EU member states, led by Austria": one of them leads them)
    private static final Regions.Needing LED_BY_BEFORE = new Regions.Needing(Pattern.compile("(?s).*(?<!member )\\b(?:producers|exporters|countries|states|nations|groups?|coalition"
            + "|forces|others)\\s*,?\\s+led by\\s+(?:the\\s+)?$"), "led by");

    /** "Russians will find it harder ...": a people written by its plural demonym, no state acting (not "Swiss"). */
    private static boolean isPeople(SentenceView v, Mention m) {
        return m.isAdjective() && m.end() - m.start() > 3 && v.text().charAt(m.end() - 1) == 's' && v.text().charAt(m.end() - 2) != 's';
    }
    private static final Pattern GROUP_NAMED = Pattern.compile("G\\d{1,2}|G\\d{1,2}\\+|BRICS");
    private static final Pattern JOINED_IN_THEIR_STATUS = Pattern.compile("^\\s+\\p{L}[^.;]{0,200}?(?:,\\s*which (?:are|were|became|have become|had become"
            + "|were granted|have been granted|had been granted) (?:already |also )?(?:an? )?(partners?|observers?|candidates?)\\b"
            // "Bosnia joins Albania, Montenegro, ... on the list of official candidates"
            + "|\\bon the list of (?:official |eu |eu membership )?(partners?|observers?|candidates?)\\b"
            // "Niger joins Mali, Guinea, ... on the list of AU member states currently suspended"
            + "|\\bon the list of (?:[\\p{L}-]+ ){0,3}(?:member states|members|countries|states) (?:currently |now |still )?(suspended)\\b)");
    /** {@code m} says what the clause states of another state named after a reporting verb, before the cue. */
    private static boolean speakerBefore(SentenceView v, List<Mention> inClause, Mention m, int cueStart) {
        Matcher said = REPORTING_VERB.matcher(v.lower()).region(m.end(), cueStart);
        if (!said.find()) {
            return false;
        }
        int after = said.end();
        return inClause.stream().anyMatch(o -> o != m && o.isState() && o.start() >= after && o.end() <= cueStart);
    }

    private static final Regions.Needing SUPPORTER_OF_REQUEST = new Regions.Needing(Pattern.compile("(?s).*\\b(?:request|bid|application|candidacy|aspiration)\\b[^.;]*$"),
            "request", "bid", "application", "candidacy", "aspiration");
    private static final Pattern SUPPORTS_AFTER = Pattern.compile("\\s+(?:also\\s+|fully\\s+|strongly\\s+)?(?:supports|supported|backs|backed"
            + "|endorses|endorsed|welcomes|welcomed)\\b");
    private static final Pattern LED_AFTER = Pattern.compile("[-\u2010\u2011]\\s?(?:led|backed|dominated|sponsored|brokered|funded|built|run|founded"
            + "|created|established|initiated)\\b.*");
    private static final Pattern CONTAINER_RELATIVE = Pattern.compile("\\W*(?:in|of|to|within|from) which\\b.*");
    private static final Pattern AND_THE_MEMBERS_AFTER = Pattern.compile("\\s+and\\s+(?:the\\s+|its\\s+)?members? (?:states? )?of\\b.*");
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:said|says|announced|announces|stated|noted|reported|confirmed"
            + "|declared|told [\\p{L} ]{1,30}?)\\b");
    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\b.*");
    private static final Pattern STAYS = Pattern.compile(MembershipCues.STAYS);
    private static final Pattern INVITED_TO_JOIN = Pattern.compile(MembershipCues.INVITED_TO_JOIN);
    private static final Pattern DECLINED_AFTER = Pattern.compile("^[^.;]{0,40}?\\b(?:did not|didn't|would not join|will not join|declined|turned down|rejected)\\b");

    /** The article says the state declined the invitation ("Argentina did not", "turned down the invitation"). */
    private static boolean declinedInvitation(DocumentAnalysis doc, String code) {
        for (SentenceView s : doc.sentences()) {
            for (Mention m : s.mentions()) {
                if (m.code().equals(code) && m.isState() && DECLINED_AFTER.matcher(s.lower()).region(m.end(), s.lower().length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
    private static final Pattern AGREEMENT_IN_NAME = Pattern.compile("\\b(?:Agreement|Treaty|Pact|Convention|Charter)\\b");
    // (", a Pacific Rim trade pact of which Japan is": a noun in apposition before the relative)
    /** "ECOWAS, which Nigeria and Niger also belong to": a relative clause whose preposition stands after its verb. */
    private static final Pattern STRANDED_WHICH_BEFORE = Pattern.compile(",\\s*which\\s+[^,;]{1,40}$");
    private static final Pattern STRANDED_BELONG_TO = Pattern.compile("belong(?:s|ed)? to\\s*(?:[.;,]|$)");
    private static final Pattern OF_WHICH_BEFORE = Pattern.compile(",\\s*(?:(?:an?|the) (?:[\\p{L}-]+ ){1,4}?)?(?:of|in|from|to) which\\s+[^,;]{0,40}$");
    private static final Regions.Needing OFFICE_OF_BEFORE = new Regions.Needing(Pattern.compile("(?s).*\\b(?:president|prime minister|minister|king|emir|chancellor"
            + "|leader|head|ambassador|government|parliament|ministry)(?: for [\\p{L} ]{1,30})? of (?:the )?$"), " of ");
    private static final Pattern CONGRATULATED_BEFORE = Pattern.compile("\\b(?:congratulated|congratulates|welcomed|welcomes|hailed|praised)\\b");
    private static final Pattern HYPHENATED_NAME_AFTER = Pattern.compile("[-\u2010\u2011\u2013]\\p{Lu}");
    private static final Pattern IN_THE_BODY_AFTER = Pattern.compile("\\s+in\\s+(?:the\\s+)?");
    private static final Pattern BODY_SPHERE_AFTER = Pattern.compile("\\s+(?:orbit|sphere|framework|family|format|process|camp|fold|world|area|zone|region|market|space|context)\\b");
    private static final Pattern TITLE_RUNNING_BEFORE = Pattern.compile("(?s).*\\b(?:Declaration|Treaty|Agreement|Protocol|Charter|Convention"
            + "|Memorandum)\\b[^,.;:]{0,60}$");
    private static final Pattern WHICH_IT_JOINED = Pattern.compile("^\\W*which (it|they) (?:had |has |have )?(?:re)?joined\\b");
    private static final Pattern FOUNDING_TREATY_BEFORE = Pattern.compile("(?s).*\\b(?:Treaty on|Treaty [Ee]stablishing|Agreement [Ee]stablishing|Agreement on the "
            + "[Ee]stablishment of|Treaty on the [Ee]stablishment of|Charter of|Constitutive Act of|Founding Treaty of)\\s+(?:the\\s+)?$");
    private static final Pattern OPENING_TIME_CLAUSE = Pattern.compile("\\W*(?:before|after|when|since|until|once)\\s[^,;]{3,120},");
    private static final Pattern RETURNED = Pattern.compile("returned");
    private static final Pattern DEPARTED = Pattern.compile("\\b(?:left|quit|withdrew|walked out)\\b");
    private static final Pattern RELATIVE_RIGHT_AFTER = Pattern.compile(" (?:whose|which|who)\\b");
    private static final Pattern BARE_SUSPENDED = Pattern.compile("(?:was|were)(?: also)? suspended");
    private static final Pattern THE_CHARTER_OPENING = Pattern.compile("\\W*the (?:founding )?charter\\b");
    private static final Pattern CHARTER_OF_BEFORE = Pattern.compile("(?s).*\\bcharter of the\\s+$");
    private static final Pattern ITSELF_GAP = Pattern.compile("\\s*(?:itself\\s*)?");
    private static final Pattern OBJECT_PREPOSITION = Pattern.compile("\\b(?:with|to|from|against|towards|than)\\s+(?:the\\s+)?$");

    private static final Pattern INSTRUMENT_NAMED_AFTER = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}-]*){1,3}?\\s+(?:Convention|Treaty|Agreement|Protocol|Charter|Statute)\\b");

    /** " member Romania", " ally Poland": the body before titles the state named after it. */
    private static final Pattern TITLES_STATE_AFTER = Pattern.compile("\\s+(?:member|ally|member state|member country)\\s+\\p{Lu}");

    /** " and took part in", " and joined": a second verb, whose the aside after it is (not "joined both NATO and the EU, together with"). */
    private static final Pattern SECOND_PREDICATE = Pattern.compile("\\band\\s+(?:also\\s+|later\\s+)?(?:took|joined|became|signed|left|has|have|is|was|\\p{Ll}{3,}ed)\\b");

    /** "Iran became a member of the SCO in 2023 and joined BRICS in 2024": the second verb has the first one's subject. */
    // (also "Barbados became a republic ..., but remained in the Commonwealth")
    private static final Pattern COORDINATED = Pattern.compile("^\\W*(?:and|but)\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\b|^\\W*and\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?(?:became|left|withdrew|joined|quit|belongs|belong)\\b|^\\W*and\\s+(?:also\\s+|still\\s+)?" + MembershipCues.REMAINS_NAMED_MEMBER
            + "|^\\s*and\\s+(?:was|were|has been|had been|have been)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+(?:ed|en)\\b"
            + "|^\\s*and\\s+(?:is|are|was|were|has been|have been)\\s+(?:also\\s+|now\\s+|still\\s+|both\\s+|all\\s+)?(?:(?:a|an)\\s+)?(?:[\\p{L}-]+\\s+)?members?\\b"
            // "Albania has been a NATO member since 2009 and an official candidate for EU membership since 2014": a second status
            + "|^\\s*and\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:member|candidate|observer|partner|party)\\b"
            // "Serbia is not yet a member of the WTO, where it has held observer status": the subject of the clause before
            + "|^\\W*where\\s+(?:both\\s+)?(?:it|they)\\b"
            // "China and Myanmar are not members of the commission but have been its dialogue partners since 1996"
            + "|^\\W*but\\s+(?:(?:has|have|had)\\s+(?:also\\s+|long\\s+)?been|(?:is|are|was|were)(?:\\s+also)?)\\s+(?:an?|its|their)\\s"
            // "Azerbaijan co-founded the OTS in 2009 ..., joined the D-8 in December 2024 and has applied for ...": a series of verbs
            + "|^\\s*,\\s*(?:joined|left|withdrew|became|applied|rejoined|quit|entered|acceded|adhered)\\b"
            // "Tanzania belongs to the EAC and SADC, having left Comesa in 2000", "Somalia, admitted to the EAC as its eighth member
            // in March, joined Comesa in 2018": a participle with the subject before it
            + "|^\\s*,\\s*(?:having\\s+(?:left|joined|quit|withdrawn|rejoined|applied|become)|admitted\\s+(?:to|into|as))\\b"
            + "|^\\W*and\\s+(?:has|have|had)\\s+(?:also\\s+|since\\s+|now\\s+)?(?:joined|left|withdrawn|become|applied|rejoined|quit"
            // "Mali, Burkina Faso and Niger ... formally left ECOWAS in January and have formed their own Alliance of Sahel States"
            + "|formed|founded|created|established|set up|launched)\\b"
            // "Venezuela joined in 2012 but has been suspended since 2016"
            + "|^\\W*but\\s+(?:has|have|had|was|were|is|are|remains?|remained)\\s+(?:since\\s+|also\\s+|now\\s+|still\\s+|been\\s+)*"
            + "(?:suspended|expelled|left|withdrawn|become|applied|rejoined|quit)\\b"
            // "The country is a founding member of the Arab League, a member of the African Union ..., and a party to the AfCFTA"
            + "|^\\s*,\\s*(?:and\\s+)?(?:also\\s+)?an?\\s+(?:[\\p{L}-]+\\s+)?(?:member|party|observer|partner)\\s+(?:of|to|in)\\b"
            // "Uzbekistan joined the organization in 2006, but suspended its membership in 2012"
            + "|^\\W*but\\s+(?:later\\s+|then\\s+|subsequently\\s+)?(?:suspended|froze|left|withdrew|quit|rejoined)\\b"
            // "Barbados became a republic ... but remains in the Commonwealth"
            + "|^\\W*(?:but|and)\\s+(?:still\\s+)?(?:remains|remained|stays|stayed)\\s+in\\b"
            // "Madagascar, however, remains suspended": an aside between the subject and its verb
            + "|^\\W*(?:however|though|meanwhile|too|also|in turn|for its part|for their part)\\s*,\\s*(?:still\\s+|also\\s+)?(?:remains?|remained|is|are|was|were|has|have|had)\\b");
    /** "since it applied in December 2004": the start of the status the clause states, not an application of its own. */
    private static final Pattern SINCE_APPLIED = SearchPatterns.startingWith("s", "\\bsince (?:it|they|[\\p{L}-]+) appl(?:ied|ies) (?:in|on)\\b");

    private Set<String> extractClause(DocumentAnalysis doc, SentenceView v, Clause clause, Set<String> previous,
            List<Candidate<Membership>> out) {
        // the states this clause is about, for a following "and joined ..." that has no subject of its own
        Set<String> subject = new LinkedHashSet<>();
        boolean object = false;
        int last = clause.start();
        for (Mention m : clause.mentions(v)) {
            // "Mongolia develops relations with USA, Japan and Korea, and it is a partner of NATO": the objects after
            // "with" (and those listed with them) are no subject for the pronoun
            String gap = v.lower().substring(Math.max(last, m.start() - 12), m.start());
            object = OBJECT_PREPOSITION.matcher(gap).find() || object && Gaps.isListGap(v.text(), last, m.start())
                    || Regions.matches(OVER_SOMETHING_OF, v.lower(), Math.max(last, m.start() - 40), m.start())
                    || Regions.matches(COMPARED_BEFORE, v.lower(), Math.max(last, m.start() - 70), m.start())
                    // "Lithuania, bordering Poland and Latvia, joined NATO": the neighbours are no subjects of the verb after them
                    || Regions.matches(BORDERING_BEFORE, v.lower(), Math.max(0, m.start() - 80), m.start());
            last = m.end();
            if (m.isState() && m.canAct() && !m.isPossessive() && !m.isAdjective() && !m.isStateActor() && !object) {
                subject.add(m.code());
            }
        }
        if (subject.isEmpty() && clause.start() == 0 && BOTH.matcher(clause.masked(v.lower())).find() && !statePairBefore(doc, v).isEmpty()) {
            // "The two countries upgraded ... and are members of the Quad grouping along with ...": the pair talked about before
            subject = new LinkedHashSet<>(statePairBefore(doc, v));
        }
        if (subject.isEmpty()) {
            subject = previous;
        }
        if (statusesByAs(doc, v, clause, out) || sameStatusesForAnotherBody(v, clause, out) || bodySuspendsStates(v, clause, out)
                || countedMembersListedAfterColon(v, clause, out) || countedMembersSetOff(doc, v, clause, out)
                || listedWithOtherMembers(doc, v, clause, out) || joinsOrLeavesProgramme(v, clause, out) || adoptsTheEuro(v, clause, out)) {
            return subject;
        }
        String written = clause.masked(v.text());
        String lower = clause.masked(v.lower());
        Hit hit = MembershipCues.strongest(lower);
        String unmatched = lower;
        while (hit != null && hit.cue().orgInside() && !organizationInside(v, clause.start() + hit.start(), clause.start() + hit.end())
                && kindPossessiveBefore(lower, hit.start()) == null) {
            // "a key partner": the cue needs its organization written inside it (each one tried is blanked out for good, so that
            // a second "'s largest economy" in the clause does not bring back the first)
            unmatched = unmatched.substring(0, hit.start()) + " ".repeat(hit.end() - hit.start()) + unmatched.substring(hit.end());
            hit = MembershipCues.strongest(unmatched);
        }
        if (hit != null && hit.cue().status() == MembershipStatus.APPLICANT && lower.contains("since")) {
            Matcher since = SINCE_APPLIED.matcher(lower);
            if (since.find()) {
                Hit other = MembershipCues.strongest(lower.substring(0, since.start()) + " ".repeat(since.end() - since.start())
                        + lower.substring(since.end()));
                hit = other != null ? other : hit;
            }
        }
        if (hit != null && listHeadOfOrganization(v, clause.start() + hit.start(), clause.start() + hit.end())) {
            // "four of the five EAEU member states, namely Armenia, ..., are themselves WTO members": the list head is read by
            // membersNamedAfterTheirOrganization; the clause states what follows
            Hit next = MembershipCues.strongest(lower.substring(0, hit.start()) + " ".repeat(hit.end() - hit.start()) + lower.substring(hit.end()));
            hit = next != null ? next : hit;
        }
        if (hit == null) {
            hit = sameStatusAsBefore(lower, out);
        }
        Membership followed = null;
        if (hit == null) {
            followed = followedRecord(v, clause, lower, out);
            hit = followed == null ? null : followedHit(followed, lower);
        }
        if (hit == null) {
            return subject;
        }
        if (RETURNED.matcher(lower).region(hit.start(), hit.end()).matches() && !DEPARTED.matcher(v.lower().substring(0, clause.start() + hit.start())).find()) {
            return subject; // "and returned in 1994" is a return to the body only after a departure the sentence told
        }
        int bareSuspendedAt = BARE_SUSPENDED.matcher(lower).region(hit.start(), hit.end()).matches() ? clause.start() + hit.start() : -1;
        if (bareSuspendedAt >= 0 && v.mentions().stream().noneMatch(m -> m.isState() && m.end() == bareSuspendedAt - 1
                && !OBJECT_PREPOSITION.matcher(v.lower().substring(Math.max(0, m.start() - 12), m.start())).find())) {
            return subject; // "Flights to Mali were suspended in June": only a state written right before was suspended itself
        }
        if (bodyAndItsMembers(v, clause.start() + hit.start())) {
            return subject; // "the interests of the EU and its member states": the body's members, none of them named
        }
        if (joinsSomethingElse(v, hit, clause.start() + hit.start(), clause.start() + hit.end())) {
            return subject; // "Hungary joined the talks": joining what is not an organization is no membership
        }
        MembershipStatus status = hit.cue().status();
        if (status == MembershipStatus.MEMBER && hit.cue().kind() == Kind.PLAIN
                && JOIN_WORD.matcher(lower.substring(hit.start(), hit.end())).matches()) {
            // "Vietnam joins Belarus, Bolivia, ..., which became partners on January 1": joins them in their status
            Matcher alongside = JOINED_IN_THEIR_STATUS.matcher(v.lower()).region(clause.start() + hit.end(), v.lower().length());
            if (alongside.find()) {
                String named = alongside.group(1) != null ? alongside.group(1) : alongside.group(2) != null ? alongside.group(2) : alongside.group(3);
                status = named.startsWith("partner") ? MembershipStatus.PARTNER : statusNamed(PLURAL_S.matcher(named).replaceAll(""));
            }
        }
        if (status == MembershipStatus.MEMBER && hit.cue().kind() == Kind.PLAIN
                && ADMITTED_WORD.matcher(lower.substring(hit.start(), hit.end())).matches()) {
            // "Thirteen non-Arctic states are observers. Germany, ... were admitted in 1998": admitted to the status just named
            MembershipStatus carried = statusOfClassBefore(doc, v);
            status = carried != null ? carried : status;
        }
        boolean lasting = status == MembershipStatus.FORMER_MEMBER || status == MembershipStatus.SUSPENDED;
        Matcher except = EXCEPT.matcher(lower);
        int exceptEnd = except.lookingAt() ? except.end() : 0;
        Set<String> excepted = exceptEnd > 0 ? statesListedAt(v, clause.start() + exceptEnd) : Set.of();
        // "China, Russia, India, Pakistan and all the Central Asian states except Turkmenistan": an exception inside the list
        // of members takes that state out, it denies nothing (nor does one after the cue and a comma: "After Finland joined NATO
        // in 2023, all countries on the Baltic coast except Russia are members"; but "every member of the council except Russia")
        Matcher inner = exceptEnd > 0 ? null : EXCEPT_INSIDE.matcher(lower);
        String exceptionFree = lower;
        if (inner != null && inner.find() && inner.start() > hit.end()
                && (hit.cue().kind() == Kind.COMPRISES || lower.substring(hit.end(), inner.start()).contains(","))) {
            Set<String> left = statesListedAt(v, clause.start() + inner.end());
            if (!left.isEmpty()) {
                excepted = left;
                exceptionFree = lower.substring(0, inner.start()) + " ".repeat(inner.end() - inner.start()) + lower.substring(inner.end());
            }
        }
        if (lasting && Regions.matches(NOT_RIGHT_BEFORE, lower, Math.max(0, hit.start() - 30), hit.start())) {
            return subject; // "it has not formally left the bloc": a departure denied
        }
        // "the only member state that had refused to give its consent": a relative clause after the cue negates something else
        String main = mainPart(withoutRelativeAsideBefore(exceptionFree, hit.start()), hit.end());
        String negatable = status == MembershipStatus.APPLICANT ? NOT_APPROVED.matcher(main).replaceAll(" ") : main;
        // "unlike Russia, Azerbaijan is not a member of the CSTO": denied of the subject, stated of the state contrasted with it
        Set<String> contrasted = Set.of();
        boolean stays = STAYS.matcher(lower).region(hit.start(), hit.end()).lookingAt(); // the "not" is the cue's own
        // "As a founding member of ASEAN, Thailand argues the Landbridge would ...": the opening phrase states the membership,
        // what the rest of the clause hedges or denies is something else
        boolean openingAs = Regions.matches(OPENING_AS, lower, 0, hit.start());
        if (!lasting && !stays && !openingAs && Words.negated(exceptEnd > 0 ? negatable.substring(Math.min(exceptEnd, negatable.length())) : negatable)) {
            // (only the membership denied: "unlike Kazakhstan, is not a member ... and holds only observer status")
            contrasted = status == MembershipStatus.MEMBER ? contrastedStates(v, clause.start() + hit.start()) : Set.of();
            if (contrasted.isEmpty()) {
                return subject; // "Except Turkmenistan, all six countries are members": the exception denies nothing else
            }
        }
        boolean invited = INVITED_TO_JOIN.matcher(lower).region(hit.start(), hit.end()).lookingAt(); // "invited" is the cue's own
        if (!stays && !invited && !openingAs && status != MembershipStatus.APPLICANT && (Words.hedged(mainPart(written, hit.end()))
                || FUTURE_TIME_CLAUSE.matcher(lower.substring(0, hit.end())).find())) {
            // "Georgia applied for EU membership ... and expects a decision on candidate status": the hedge is the
            // candidacy's; the application stands
            Hit applied = MembershipCues.strongest(lower.substring(0, hit.start()) + " ".repeat(hit.end() - hit.start()) + lower.substring(hit.end()));
            if (applied == null || applied.cue().status() != MembershipStatus.APPLICANT || applied.start() > hit.start()) {
                return subject;
            }
            hit = applied;
            status = MembershipStatus.APPLICANT;
        }
        int cueStart = clause.start() + hit.start();
        int cueEnd = clause.start() + hit.end();
        List<Mention> orgs = organizations(doc, v, clause, hit, cueStart, cueEnd, lower);
        if (orgs.isEmpty() && hit.cue().kind() == Kind.FOUNDING && clause.startsRelative(v.text())) {
            orgs = organizationBefore(v, clause.start()); // "the International Fund for Saving the Aral Sea (IFAS), which was founded by"
            if (lower.startsWith("signed", hit.end() - "signed".length())) {
                // "..., which was signed" is an agreement's: only a body named as one ("the CPTPP, which was signed ...")
                orgs = orgs.stream().filter(o -> o.entity().name() != null && AGREEMENT_IN_NAME.matcher(o.entity().name()).find()).toList();
            }
        }
        if (orgs.isEmpty() && hit.cue().kind() == Kind.FOUNDING && clause.start() == 0 && hit.start() == 0) {
            orgs = subjectAfterOpeningParticiple(doc, v, cueEnd);
        }
        if ((orgs.isEmpty() || foundedByNoState(v, clause, cueEnd)) && hit.cue().kind() == Kind.FOUNDING) {
            // "a member of the ETA, a body set up in 2019": a founding word with no organization founded yields to the next cue
            Hit next = MembershipCues.strongest(lower.substring(0, hit.start()) + " ".repeat(hit.end() - hit.start()) + lower.substring(hit.end()));
            // ("whose accession working group was established": the candidacy, not a founding)
            if (next != null && next.cue().kind() != Kind.FOUNDING) {
                hit = next;
                status = hit.cue().status();
                cueStart = clause.start() + hit.start();
                cueEnd = clause.start() + hit.end();
                orgs = organizations(doc, v, clause, hit, cueStart, cueEnd, lower);
            }
        }
        boolean appositive = false;
        if (orgs.isEmpty() && hit.cue().kind() == Kind.FOUNDING) { // (when no other cue took over)
            orgs = organizationInApposition(v, cueStart); // "The Union of the Arab Maghreb (UMA), founded at Marrakesh in 1989 with ..."
            appositive = !orgs.isEmpty();
        }
        if (orgs.isEmpty() && hit.cue().kind() == Kind.PLAIN && hit.cue().status() == MembershipStatus.FORMER_MEMBER) {
            // "Morocco rejoined the African Union in January 2017, 33 years after it quit the AU's predecessor": a departure
            // from no body named yields to the clause's other cue
            String masked = lower;
            Hit tried = hit;
            for (int k = 0; k < 3 && orgs.isEmpty() && tried != null; k++) {
                masked = masked.substring(0, tried.start()) + " ".repeat(tried.end() - tried.start()) + masked.substring(tried.end());
                tried = MembershipCues.strongest(masked);
                if (tried != null && tried.cue().kind() == Kind.PLAIN && tried.cue().status() == MembershipStatus.MEMBER
                        && JOIN_WORD.matcher(lower.substring(tried.start(), tried.end())).matches()) {
                    hit = tried;
                    status = hit.cue().status();
                    cueStart = clause.start() + hit.start();
                    cueEnd = clause.start() + hit.end();
                    orgs = organizations(doc, v, clause, hit, cueStart, cueEnd, lower);
                }
            }
        }
        if (orgs.isEmpty()) {
            return subject;
        }
        if (hit.cue().kind() == Kind.FOUNDING && BY_INSTRUMENT.matcher(v.text().substring(cueEnd, Math.min(v.text().length(), cueEnd + 40))).lookingAt()
                && !SIGNED_BY.matcher(v.lower().substring(cueEnd, Math.min(v.text().length(), cueEnd + 80))).find()) {
            return subject; // "ECOWAS, founded in 1975 by the Treaty of Lagos": founded by a text, no founders named
        }
        if (orgs.size() == 1 && hit.cue().kind() == Kind.PLAIN) {
            orgs = withBodyAddedAfter(v, orgs.get(0)); // "suspended from the African Union and from ECOWAS"
        }
        if (followed != null) {
            String code = followed.getOrganization();
            Mention o = doc.lastOrganization(v.index(), cueStart, anaphorWindow(doc, v.index()), m -> m.code().equals(code));
            orgs = o == null ? List.of() : List.of(o); // followed into the body the state before went into
        }
        return withMembers(doc, v, clause, previous, out, subject, hit, status, cueStart, cueEnd, orgs, lower, excepted, exceptEnd,
                appositive, invited, contrasted);
    }

    /**
     * The rest of {@link #extractClause}: the members of the bodies found, and the records. (One method was too large for the
     * JIT's first tier to compile with profiling, so it never reached the optimizing compiler.)
     */
    private Set<String> withMembers(DocumentAnalysis doc, SentenceView v, Clause clause, Set<String> previous,
            List<Candidate<Membership>> out, Set<String> subject, Hit hit, MembershipStatus status, int cueStart, int cueEnd,
            List<Mention> orgs, String lower, Set<String> excepted, int exceptEnd, boolean appositive, boolean invited,
            Set<String> contrasted) {
        Set<String> members = members(doc, v, clause, hit, cueStart, cueEnd);
        lastOfTheCountedList(v, clause, cueStart, members);
        if (hit.cue().status() == MembershipStatus.APPLICANT && v.lower().startsWith("whose", cueStart) && clause.startsRelative(v.text())) {
            // "Sweden, whose application is still awaiting ratification in Turkey and Hungary": the state the clause hangs on
            members.clear();
            for (Mention head : Gaps.listedBefore(v, clause.start(), MembershipExtractor::isNamedState)) {
                members.add(head.code());
            }
        }
        Matcher aside = COUNTRY_ASIDE.matcher(v.lower()).region(clause.start(), cueStart);
        while (aside.find()) {
            // "Gabon and Togo, another French-speaking country without historical ties to Britain, were admitted": not Britain
            int from = aside.start();
            int to = aside.end();
            members.removeIf(code -> clause.mentions(v).stream().filter(m -> m.isState() && m.code().equals(code))
                    .allMatch(m -> m.start() > from && m.end() < to));
        }
        Matcher unlikeAfter = UNLIKE.matcher(v.lower()).region(cueEnd, clause.end());
        if (unlikeAfter.find()) {
            // "Armenia froze its participation in the CSTO, unlike the other member states - Russia, Belarus, ...": not theirs
            int from = unlikeAfter.end();
            members.removeIf(code -> clause.mentions(v).stream().filter(m -> m.isState() && m.code().equals(code)).allMatch(m -> m.start() >= from));
        }
        for (Mention m : clause.mentions(v)) {
            if (m.isState() && Regions.lengthAt(AND_THE_MEMBERS, v.lower(), m.end()) >= 0) {
                members.remove(m.code()); // "Iran and the EAEU member states signed ...": the members' counterpart
            }
        }
        Matcher opening = OPENING_TIME_CLAUSE.matcher(v.lower());
        if (clause.start() == 0 && opening.lookingAt() && cueEnd <= opening.end() && !listGoesOnAt(v, opening.end() - 1)) {
            // "Before Lithuania joined the EU and NATO in 2004, Brussels and Moscow agreed on ...": who joined is in the time clause
            int end = opening.end();
            members.removeIf(code -> v.mentions().stream().noneMatch(m -> m.code().equals(code) && m.end() <= end));
        }
        List<Mention> bodies = orgs;
        // "Both countries have been OSCE participating States": the organization before the cue is no member of itself
        members.removeIf(code -> bodies.stream().anyMatch(o -> o.code().equals(code)));
        Matcher whichJoined = WHICH_IT_JOINED.matcher(lower);
        if (members.isEmpty() && whichJoined.lookingAt()) {
            // "Armenia has not left the Russia-led EAEU, which it joined in 2015": "it" is the subject before, "they" all of it
            previous.stream().filter(org.pactum.model.Countries::isAlpha3).limit(whichJoined.group(1).equals("it") ? 1 : Long.MAX_VALUE)
                    .forEach(members::add);
        }
        if (!members.isEmpty() && CHAIR_TAKEN.matcher(lower).find()) {
            members.addAll(previousChair(v, clause, cueEnd)); // "took over the chairmanship of the movement from Azerbaijan"
        }
        if (!excepted.isEmpty() && exceptEnd == 0 && !members.isEmpty()) {
            members.addAll(doc.reference().groupNamedIn(lower)); // "... and all the Central Asian states except Turkmenistan"
        }
        members.removeAll(excepted); // "Except Kyrgyzstan, the three countries ...": the group without the exception
        if (status == MembershipStatus.MEMBER && hit.cue().kind() == Kind.PLAIN) {
            existingMembers(doc, v, clause, lower, orgs, members, out);
        }
        if (hit.cue().kind() == Kind.FOUNDING && clause.startsRelative(v.text())) {
            // ("a founding member of both the Arab League and OPEC, which was established in Baghdad": founded, not by the League)
            members.removeIf(code -> !org.pactum.model.Countries.isAlpha3(code));
        }
        if (appositive) {
            // a participle in apposition founds with those its own phrase names after "by" or "with", not the clause's other states
            // ("The GCC, founded in Abu Dhabi in 1981, already has free trade agreements with ... Singapore")
            Set<String> withFocus = foundedWithTheFocus(doc, v, cueEnd);
            members = withFocus.isEmpty() ? listedAfterBy(v, cueEnd) : withFocus;
            if (members.isEmpty()) {
                return subject; // "the C5+1 format, created eight years ago, met ...": no founders named
            }
        }
        if (members.isEmpty() && hit.cue().kind() == Kind.FOUNDING) {
            members = foundedWithTheFocus(doc, v, cueEnd); // "..., created by the Treaty of Asuncion signed in 1991 with Argentina, ..."
        }
        if (members.isEmpty() && lower.contains("their country")) {
            // "Iraq's diplomats like to remind visitors that their country is a founding member of ...": the state whose people speak
            v.mentions().stream().filter(m -> m.isState() && m.isPossessive() && m.start() < clause.start() + lower.indexOf("their country"))
                    .map(Mention::code).findFirst().ifPresent(members::add);
        }
        double confidence = 0.8;
        // ("The country is a founding member of the Arab League": the noun states a status of the subject, as "a member" does)
        boolean foundingNoun = hit.cue().kind() == Kind.FOUNDING && lower.startsWith("founding member", hit.start());
        // "joined the then EEC in 1973 together with the United Kingdom and Ireland": those joined with the subject, not instead
        boolean companionsOnly = !members.isEmpty() && subjectOnlyAccompanied(v, clause, cueEnd, members);
        if (!members.isEmpty() && clause.start() == 0 && Regions.lengthAt(BOTH_OPENING, lower, 0) > 0 && !statePairBefore(doc, v).isEmpty()
                && (companionsOnly || subjectOnlyAccompanied(v, clause, 0, members))) {
            // "Both countries are members of SAARC, along with Afghanistan, ...": the pair talked about, and its companions
            members.addAll(statePairBefore(doc, v));
            companionsOnly = false;
        }
        if ((members.isEmpty() || companionsOnly) && (hit.cue().kind() != Kind.FOUNDING || foundingNoun) && hit.cue().kind() != Kind.REPRESENTED) {
            // (also "The country, which became the 38th member of the OECD in May 2021, ...": the subject the relative clause hangs on)
            boolean selfSubject = SELF_ANAPHOR.matcher(lower).find()
                    || clause.startsRelative(v.text()) && Regions.matches(SELF_SUBJECT_ONLY, v.lower(), 0, clause.start())
                    // "The Nordic country, a founding member of NATO in 1949, joined the then European Economic Community in 1973"
                    || clause.start() > 0 && previous.isEmpty() && Regions.lengthAt(SELF_SUBJECT_OPENING, v.lower(), 0) > 0
                    // "The emirate became independent in 1971 and joined the Arab League": the second verb of that subject
                    || clause.start() > 0 && previous.isEmpty() && COORDINATED.matcher(lower).find() && Regions.lengthAt(SELF_SUBJECT_VERB, v.lower(), 0) > 0;
            String self = null;
            String namedBefore = selfSubject ? soleStateBefore(v, clause.start()) : null;
            if (namedBefore != null) {
                // "Croatia signed its own in October 2001; the agreement ... lapsed when the country became the EU's 28th member
                // state": the one state the sentence named before, whoever the article is about
                self = namedBefore;
            } else if (selfSubject && doc.epithetState(v.index()) != null) {
                // "Turkmenistan does not enter into blocs. ... our country holds observer status": the state just talked about
                // (in a profile of one state, that state)
                self = doc.epithetState(v.index());
            } else if (doc.focus() != null && (selfSubject
                    || !companionsOnly && SUBJECTLESS.matcher(lower).find() && noStateIn(v))) {
                self = doc.focus();
            }
            if (self != null) {
                members.add(self);
                confidence = 0.6;
                if (companionsOnly) {
                    subject = Set.of(self);
                }
            }
        }
        if (doc.focus() != null && WE_WITH_MEMBERS.matcher(lower).find()) {
            members.add(doc.focus());
        }
        if (members.isEmpty() && (BOTH.matcher(lower).find() || PARTICIPLE.matcher(lower).lookingAt()
                && BOTH.matcher(v.lower().substring(0, clause.start())).find()
                // "The two countries, both members of the Arab League, have also ...": the apposition of the pair
                || BOTH_APPOSITION.matcher(lower).lookingAt() && Regions.matches(THE_TWO_BEFORE_APPOSITION, v.lower(), 0, clause.start()))) {
            // "both countries, being the founding states of the SCO, ...": the participle speaks of the subject before it
            Set<String> before = clause.start() == 0 && BOTH_ALONE.matcher(lower).lookingAt() ? statesOfSentenceBefore(doc, v.index()) : Set.of();
            // ("Kyrgyzstan, home to the Russian air base at Kant, and Kazakhstan are further from the frontline. Both are members
            // of ...": the two states the sentence before named)
            members.addAll(before.size() == 2 ? before : doc.pairAt(v.index()).stream().filter(org.pactum.model.Countries::isAlpha3).toList());
        }
        // "The three Baltic states, which joined the European Union and NATO in 2004": the group the clause hangs on
        String group = clause.startsRelative(v.text()) ? v.lower().substring(Math.max(0, clause.start() - 60), clause.start()) + lower
                // "The three juntas, which announced their exit in January, signed the ... Charter creating the AES": the
                // subject of a clause that opens with its verb stands at the start of the sentence
                : SUBJECTLESS_CLAUSE.matcher(lower).lookingAt() ? v.lower().substring(0, clause.start()) + lower : lower;
        Matcher counted = members.isEmpty() ? COUNTED_STATES.matcher(group) : null;
        if (counted != null && counted.find() && !Regions.matches(PEOPLE_OF_BEFORE, group, Math.max(0, counted.start() - 30), counted.start())) {
            // (not "citizens of the three countries": their people, not the states as members)
            String n = counted.group(1) != null ? counted.group(1) : counted.group(2);
            int count = Words.count(n);
            Set<String> named = new LinkedHashSet<>();
            v.mentions().stream().filter(m -> m.end() <= clause.start() && m.isState() && m.canAct() && !m.isAdjective() && !m.isStateActor())
                    .forEach(m -> named.add(m.code()));
            // ("Egypt and Somalia are both members of the Arab League, in which Eritrea holds observer status, and all three
            // are ...": the states the sentence named before)
            // ("at a GCC summit ..., where the six member states and Egypt signed": the body's own members, as the reference
            // data groups them, before any six states named earlier)
            List<String> bodyGroup = v.mentions().stream().filter(Mention::isOrganization)
                    .map(o -> doc.reference().groupNamedIn("the " + o.code().toLowerCase(java.util.Locale.ROOT) + " states"))
                    .filter(g -> g.size() == count).findFirst().orElse(List.of());
            members.addAll(counted.group(2) != null && named.size() == count ? named
                    : !bodyGroup.isEmpty() && group.contains("member") ? new LinkedHashSet<>(bodyGroup) : doc.countedStates(v.index(), count));
        }
        if (members.isEmpty()) {
            members.addAll(doc.reference().groupNamedIn(group)); // "the three Baltic states, which joined ..."
        }
        if (members.isEmpty() && clause.start() == 0 && ALL_OF_THEM.matcher(lower).lookingAt()) {
            members.addAll(statesOfSentenceBefore(doc, v.index())); // "Egypt, Jordan, ... sent ministers. All of them are members of ..."
        }
        if (members.isEmpty() && hit.cue().kind() == Kind.FOUNDING && clause.start() == 0 && THEY_FOUNDED.matcher(lower).lookingAt()) {
            members.addAll(statesOfSentenceBefore(doc, v.index())); // "They first formed the Alliance of Sahel States (AES)"
        }
        if (members.isEmpty() && hit.cue().kind() == Kind.PLAIN && clause.start() == 0 && (THEY_OPENING.matcher(lower).lookingAt()
                || THEIR_DEPARTURE.matcher(lower).lookingAt() && DEPARTURE_DONE.matcher(lower).find())) {
            // "They left ECOWAS in January", "Their withdrawal from ECOWAS took effect on January 29": the states named just before
            members.addAll(statesOfSentenceBefore(doc, v.index()));
        }
        if (members.isEmpty() && CORRIDOR_COUNTRIES.matcher(lower).find()) {
            members.addAll(doc.lastCorridorCountries(v.index()));
        }
        if ((members.isEmpty() || companionsOnly && !previous.isEmpty()) && (COORDINATED.matcher(lower).find() || OBJECT_PRONOUN.matcher(lower).find()
                || APPOSED_GROUP.matcher(lower).lookingAt())
                || SUBJECT_PRONOUN.matcher(lower).find()) {
            // "..., and, together with Türkiye, they founded the ECO": the subjects before, besides those named with them
            members.addAll(previous);
            // "Armenia has been a member of the EAEU since 2015. Last year it froze its participation in the CSTO": the state "it"
            // stands for; also "Further afield, the sultanate was one of ..., and it joined the WTO in 2000", a later clause of a
            // sentence whose subject is a pronoun or an epithet (not "It also ... expelled Pakistan's defence advisers": who
            // expels is not the one expelled)
            Matcher pronounOpening = PRONOUN_SUBJECT_OPENING.matcher(v.lower());
            boolean itOpens = clause.start() == 0 ? IT_OPENING.matcher(lower).find()
                    : SUBJECT_PRONOUN.matcher(lower).find() && pronounOpening.lookingAt();
            String it = !members.isEmpty() || !itOpens || EXPELS_OTHERS.matcher(lower).find() ? null
                    : clause.start() > 0 && pronounOpening.group(1) != null ? doc.epithetState(v.index()) : doc.pronounState(v.index());
            if (it != null) {
                members.add(it);
            }
        }
        if (!members.isEmpty() && subject.isEmpty() && clause.start() == 0 && IT_FIRST.matcher(lower).lookingAt()
                && SUBJECT_PRONOUN.matcher(lower).find() && doc.pronounState(v.index()) != null) {
            // "Georgia left the CIS in 2009. It remains a member of GUAM, founded together with Ukraine, Azerbaijan and Moldova":
            // the pronoun is the state before, the states after "with" its fellow members, not the subject of what follows
            String it = doc.pronounState(v.index());
            members = new LinkedHashSet<>(members);
            members.add(it);
            subject = Set.of(it);
        }
        String made = madeByTheSubject(v, clause.start() + hit.start());
        if (made != null) {
            members = new LinkedHashSet<>(List.of(made));
        }
        members.removeAll(excepted);
        if (invited) {
            members.removeIf(code -> declinedInvitation(doc, code)); // "Argentina did not: ... his country would not join"
        }
        if (!contrasted.isEmpty()) {
            members = new LinkedHashSet<>(contrasted);
        }
        if (members.isEmpty()) {
            return subject;
        }
        EdtfDate since = null;
        EdtfDate until = null;
        List<DateMention> dates = v.dates().stream().filter(d -> clause.contains(d.start(), d.end())).toList();

        MembershipStatus finalStatus = status;
        // "who chairs ASEAN this year": the chair's term, not when the membership began
        boolean chairTerm = CHAIR_CUE.matcher(lower).region(hit.start(), hit.end()).find();
        if (!dates.isEmpty() && !chairTerm) {
            EdtfDate d = dates.get(0).date();
            if (d.isInterval()) {
                String[] ends = d.toString().split("/");
                since = EdtfDate.parse(ends[0]);
                until = EdtfDate.parse(ends[1]);
                if (status == MembershipStatus.MEMBER && doc.referenceDay() != null && until.latest().isBefore(doc.referenceDay())) {
                    finalStatus = MembershipStatus.FORMER_MEMBER;
                }
            } else if (status == MembershipStatus.FORMER_MEMBER) {
                until = d;
            } else {
                since = d;
            }
        }
        if (status == MembershipStatus.MEMBER && since != null && since.precision() == org.pactum.model.DatePrecision.YEAR
                && doc.referenceDay() != null && FUTURE_WORDS.matcher(lower).find() && since.earliest().isAfter(doc.referenceDay().plusYears(1))) {
            // "Georgia will join the EU by 2030", "to become the 28th member of the EU in 2028": a target year, no membership (a
            // day is a date set: "to become NATO's 31st member on April 4, 2023")
            return subject;
        }
        for (Mention org : orgs) {
            MembershipStatus s = finalStatus == MembershipStatus.PARTNER && partnerWording.meansDialoguePartner(org.code(), doc.published())
                    && !lower.startsWith("sectoral", hit.start())
                    ? MembershipStatus.DIALOGUE_PARTNER // "partner countries" of the SCO are its dialogue partners (not "sectoral" ones)
                    : finalStatus == MembershipStatus.CANDIDATE && applicantOnlyOrgs.contains(org.code())
                    ? MembershipStatus.APPLICANT // negotiating to join the WTO, which has no candidates
                    : finalStatus == MembershipStatus.PARTNER && partnerStateOrgs.contains(org.code())
                            && PARTNER_STATE.matcher(lower).region(hit.start(), hit.end()).find()
                    ? MembershipStatus.MEMBER // "making it the eighth partner state" of the EAC: its word for a member
                    : finalStatus;
            for (String member : members) {
                if (member.equals(org.code()) || deniedAfter(v, member, org) || addedToMembers(v, member, org)) {
                    continue;
                }
                Membership m = new Membership();
                m.setMember(member);
                m.setOrganization(org.code());
                m.setStatus(s);
                m.setSince(since);
                m.setUntil(until);
                EdtfDate own = ownDate(v, clause, member);
                if (own != null && (s == MembershipStatus.MEMBER || s == MembershipStatus.FOUNDING_MEMBER)) {
                    m.setSince(own); // "after Finland joined the alliance on April 4, 2023": the time clause has its own date
                }
                EdtfDate listed = listedDate(v, clause, member);
                if (listed == null && orgs.size() > 1) {
                    listed = datedRightAfter(v, clause, org); // "joined ASEAN in 1995, APEC in 1998 and the WTO in 2007"
                }
                if (listed != null && !listed.isInterval()) {
                    // "India and Pakistan joined in 2017, Iran in 2023 and Belarus in 2024": each its own year
                    if (s == MembershipStatus.FORMER_MEMBER) {
                        m.setUntil(listed);
                    } else {
                        m.setSince(listed);
                    }
                }
                out.add(new Candidate<>(m, v, confidence));
            }
        }
        otherStatusesOfTheSame(v, clause, lower, hit, members, out);
        // "Azerbaijan co-founded the OTS with Türkiye, ... and has applied to the SCO": the next verb is the subject's only
        return !subject.isEmpty() && members.containsAll(subject) ? subject : members;
    }

    /** A status named by reference to the one before: "received the same status", "have held this status since 2020". */
    private static final List<String> SAME_STATUS = List.of("the same status", "held this status", "hold this status",
            "holds this status", "held that status", "holding this status",
            // "Turkey became an EU candidate in 1999. North Macedonia received the status in 2005, Montenegro in 2010"
            "received the status", "received that status", "obtained the status", "gained the status", "was granted the status",
            "were granted the status", "got the status",
            // "Iran became an EAEU observer. Besides Iran, Uzbekistan and Cuba have such status."
            "have such status", "has such status", "had such status", "such status had", "such status have");

    /** A word every phrase of SAME_STATUS holds: without it, none is written (one scan of the sentence instead of one per phrase). */
    private static final String SAME_STATUS_WORD = "status";

    static {
        if (!SAME_STATUS.stream().allMatch(p -> p.contains(SAME_STATUS_WORD))) {
            throw new IllegalStateException("a phrase of SAME_STATUS without \"" + SAME_STATUS_WORD + "\"");
        }
    }

    /** The phrase of SAME_STATUS written in {@code lower}, or null. */
    private static String sameStatusIn(String lower) {
        if (!lower.contains(SAME_STATUS_WORD)) {
            return null;
        }
        for (String same : SAME_STATUS) {
            int at = lower.indexOf(same);
            if (at >= 0 && !lower.startsWith(" of", at + same.length())) { // (not "received the status of observer": named)
                return same;
            }
        }
        return null;
    }

    /** "Kuwait, Bahrain ... received the same status": the status the statement before gave, in the same organization. */
    private static Hit sameStatusAsBefore(String lower, List<Candidate<Membership>> out) {
        String same = sameStatusIn(lower);
        if (same == null || out.isEmpty()) {
            return null;
        }
        int at = lower.indexOf(same);
        MembershipStatus before = out.get(out.size() - 1).record().getStatus();
        MembershipCues.Cue cue = new MembershipCues.Cue(before, Kind.PLAIN, Pattern.compile(Pattern.quote(same)), true, List.of(same), false);
        return new Hit(cue, at, at + same.length());
    }

    /**
     * "followed in 2007", "following that July", "followed suit a year later": a state following the one before in its step,
     * at a time or at the end of its clause (not "followed by", "followed the talks").
     */
    private static final Pattern FOLLOWED = Pattern.compile("\\bfollow(?:ed|ing)(?: suit)?(?=\\s*(?:[,;.]|$|and\\b)|\\s+(?:in|on|that|a|two|three"
            + "|four|five|some|shortly|soon|later|the (?:next|following) year)\\b(?:[^,;.]{0,25}?\\b(?:\\d{4}|january|february|march|april|may|june|july"
            + "|august|september|october|november|december|year|years|months?|later|after)\\b))");

    /**
     * "Bulgaria and Romania followed in 2007": the record the last sentence with records (or this one) opened with, when states
     * are the following clause's subject; null when there is none.
     */
    private static Membership followedRecord(SentenceView v, Clause clause, String lower, List<Candidate<Membership>> out) {
        if (out.isEmpty() || !lower.contains("follow")) {
            return null;
        }
        SentenceView last = out.get(out.size() - 1).sentence();
        if (last.index() < v.index() - 1) {
            return null;
        }
        Matcher m = FOLLOWED.matcher(lower);
        if (!m.find() || clause.mentions(v).stream().noneMatch(x -> x.isState() && x.end() <= clause.start() + m.start())) {
            return null;
        }
        Membership followed = out.stream().filter(c -> c.sentence() == last).findFirst().orElseThrow().record();
        // (not "India joined in 1996, when it became a full dialogue partner of ASEAN. Mongolia followed in 1999": the step
        // the states follow is the main clause's, the status in the time clause is another body's)
        boolean inTimeClause = last.mentions().stream().filter(o -> o.code().equals(followed.getOrganization()))
                .anyMatch(o -> WHEN_CLAUSE_BEFORE.matcher(last.lower()).region(0, o.start()).find());
        return inTimeClause ? null : followed;
    }

    private static final Pattern WHEN_CLAUSE_BEFORE = Pattern.compile(",\\s+when\\b");

    /** The cue of a state following {@code followed}: its status (founders are followed by members). */
    private static Hit followedHit(Membership followed, String lower) {
        Matcher m = FOLLOWED.matcher(lower);
        m.find();
        MembershipStatus status = followed.getStatus() == MembershipStatus.FOUNDING_MEMBER ? MembershipStatus.MEMBER : followed.getStatus();
        return new Hit(new MembershipCues.Cue(status, Kind.PLAIN, FOLLOWED, true, List.of("follow"), false), m.start(), m.end());
    }

    private static final Pattern COUNTED_MEMBERS_RIGHT_BEFORE = Pattern.compile("(?s).*,\\s+the\\s+([\\p{L}\\d]+)\\s+(?:other\\s+)?$");

    /**
     * "India, Pakistan, Iran, Iraq and Saudi Arabia, the United Arab Emirates, Kuwait, Qatar, Oman and Bahrain, the six members of the
     * Gulf Cooperation Council": the count says how many of the states listed right before are the members, the last ones.
     */
    private static void lastOfTheCountedList(SentenceView v, Clause clause, int cueStart, Set<String> members) {
        Matcher counted = COUNTED_MEMBERS_RIGHT_BEFORE.matcher(v.lower()).region(Math.max(clause.start(), cueStart - 30), cueStart);
        int n = counted.matches() ? Words.count(counted.group(1)) : -1;
        if (n <= 0) {
            return;
        }
        List<Mention> before = clause.mentions(v).stream().filter(m -> m.isState() && m.end() <= cueStart && members.contains(m.code())).toList();
        List<String> codes = before.stream().map(Mention::code).distinct().toList();
        if (codes.size() > n) {
            codes.subList(0, codes.size() - n).forEach(members::remove);
        }
    }

    /** ", another French-speaking country without historical ties to Britain,": the subject described; the states in it are not it. */
    private static final Pattern COUNTRY_ASIDE = Pattern.compile(",\\s+(?:another|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:country|nation|state)\\b[^,;]{0,80},");
    /**
     * ", the only JEF countries that are not yet in NATO,", ", another French-speaking country without historical ties to
     * Britain,": a relative clause or a described noun in apposition to the subject.
     */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s+(?:the|a|an|another)\\s+[^,;]{0,60}?\\b(?:that|which|who|without)\\b[^,;]{0,80},");

    /**
     * The clause without a relative aside before the cue: "Finland and Sweden, the only JEF countries that are not yet in NATO,
     * applied to join the Alliance" denies nothing of the application.
     */
    private static String withoutRelativeAsideBefore(String lower, int cueStart) {
        Matcher m = RELATIVE_ASIDE.matcher(lower).region(0, cueStart);
        StringBuilder out = null;
        while (m.find()) {
            out = out == null ? new StringBuilder(lower) : out;
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? lower : out.toString();
    }

    private static final Pattern EXCEPT_INSIDE = Pattern.compile("\\b(?:except(?: for)?|excluding|apart from|with the exception of)\\s+(?:the\\s+)?");
    private static final Pattern EXCEPT = Pattern.compile("^\\W*(?:except(?: for)?|apart from|with the exception of)\\s+(?:the\\s+)?");

    /** The states listed from {@code pos} on ("Turkmenistan", "Kazakhstan and Kyrgyzstan"). */
    private static Set<String> statesListedAt(SentenceView v, int pos) {
        return listedAt(v, pos, false);
    }

    /** The states (and, with {@code bodies}, the organizations: "Canada, China, the European Union") listed from {@code pos}. */
    private static Set<String> listedAt(SentenceView v, int pos, boolean bodies) {
        Set<String> out = new LinkedHashSet<>();
        Gaps.listedFrom(v, pos, m -> m.isState() || bodies && m.isOrganization()).forEach(m -> out.add(m.code()));
        return out;
    }

    /** "on the day it joins the bloc", "once they join": a present tense in a time clause is a future event. */
    private static final Pattern FUTURE_TIME_CLAUSE = SearchPatterns.startingWith("twoaui", "\\b(?:the day|when|once|as soon as|until|if)\\s+(?:it|they|[\\p{L}-]+)\\s+(?:joins?|accedes?|becomes? (?:a |an )?(?:full )?members?)$");
    private static final Pattern RELATIVE_SUBJECT_BEFORE = Pattern.compile(".*\\b(?:that|which)\\s+(?:the\\s+)?");
    private static final Pattern LAUNCHED_AFTER = Pattern.compile("\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:launched|founded|created|set up|established"
            + "|initiated|proposed|leads|led|heads|headed|championed|sponsored)\\b");
    private static final Pattern RELATIVE_AFTER = Pattern.compile("\\s(?:which|that|who|whose|pending|said|says)\\s");
    // (also "suspended pending a discussion on whether ...", "when the founding members ... said Caracas had failed to ...")

    /** The clause up to a relative clause after the cue: "a pact which foresees that ... will be considered" hedges the pact, not the signing. */
    /** "As a founding member of": an opening phrase that states the subject's status before the clause says anything else. */
    private static final Pattern OPENING_AS = Pattern.compile("\\W*as an? (?:[\\p{L}-]+ ){0,2}");

    /** The comma at {@code comma} separates two states of a list ("Before 2022 the members were Afghanistan, Azerbaijan, ..."). */
    private static boolean listGoesOnAt(SentenceView v, int comma) {
        Mention before = null;
        for (Mention m : v.mentions()) {
            if (m.isState() && m.end() <= comma && comma - m.end() <= 1) {
                before = m;
            }
            if (before != null && m.isState() && m.start() > comma) {
                return Gaps.isListGap(v.text(), before.end(), m.start());
            }
        }
        return false;
    }

    private static String mainPart(String written, int cueEnd) {
        Matcher m = RELATIVE_AFTER.matcher(written);
        return m.find(Math.min(cueEnd, written.length())) ? written.substring(0, m.start()) : written;
    }

    private static final Pattern JOIN_WORD = Pattern.compile("(?:re)?join(?:ed|s|ing)?");
    /** What may follow "joined" when the organization is the one under discussion: a date, a manner, the clause's end. */
    private static final Pattern NO_OBJECT = Pattern.compile("\\s*(?:$|[,.;:)\u2014\u2013-]|(?:in|on|at|as|with|after|before|since|last|this|earlier|later"
            + "|formally|officially|together|too|also|only|finally|when|because|and|but|next"
            // "with South Africa joining the following year": a time, not what is joined
            + "|(?:the|that) (?:following|next|same) (?:year|month|week|day)|(?:a|one|two|three|\\d+) (?:years?|months?|decades?) later)\\b)");
    // ("Mauritius joined the regional maritime security grouping in 2022")
    private static final Pattern ORG_OBJECT = Pattern.compile("\\s*(?:(?:the|this)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:organi[sz]ation|bloc|union|alliance|group"
            + "|grouping|community|club|association|council|treaty|pact|partnership|initiative)\\b|it\\b|them\\b"
            + "|(?:the\\s+)?(?:founders|founding members|other members|members|ranks)\\b)");

    /** "joined the talks", "joined the consensus": the object is neither an organization nor its members. */
    private static boolean joinsSomethingElse(SentenceView v, Hit hit, int cueStart, int cueEnd) {
        if (hit.cue().kind() != Kind.PLAIN || !JOIN_WORD.matcher(v.lower().substring(cueStart, cueEnd)).matches()) {
            return false;
        }
        String after = v.lower().substring(cueEnd);
        if (NO_OBJECT.matcher(after).lookingAt() || ORG_OBJECT.matcher(after).lookingAt()) {
            return false;
        }
        int skip = after.length() - after.stripLeading().length();
        if (after.startsWith("both ", skip)) {
            skip += 5; // "joined both NATO and the European Union in 2004"
        }
        if (after.startsWith("the ", skip)) {
            skip += 4;
            if (after.startsWith("then ", skip)) {
                skip += 5; // "joined the then European Economic Community": the body under its name of the time
            }
        }
        for (Mention m : v.mentions()) {
            // "joins Bangladesh, the UAE and Egypt" (members already) or "joined NATO"
            if ((m.isOrganization() || m.isState()) && m.start() >= cueEnd && m.start() <= cueEnd + skip + 1) {
                // (not "joined NATO's single market", "joined the Partnership for Peace programme": what a body runs)
                return m.isOrganization() && (m.isPossessive() || m.isProgramme());
            }
        }
        return true;
    }

    /** The two states under discussion before sentence {@code v} ("The two countries ..." opening it), or empty. */
    private static Set<String> statePairBefore(DocumentAnalysis doc, SentenceView v) {
        Set<String> pair = v.index() > 0 ? doc.pairAt(v.index() - 1) : Set.of();
        return pair.size() == 2 && pair.stream().allMatch(org.pactum.model.Countries::isAlpha3) ? pair : Set.of();
    }

    private static final Pattern ACCOMPANIED = Pattern.compile("\\b(?:along|together) with\\b");

    /** Every one of {@code members} is named after "together with" or "along with" following the cue: the subject's companions. */
    private static boolean subjectOnlyAccompanied(SentenceView v, Clause clause, int cueEnd, Set<String> members) {
        Matcher with = ACCOMPANIED.matcher(v.lower()).region(cueEnd, Math.max(cueEnd, clause.end()));
        if (!with.find()) {
            return false;
        }
        int from = with.end();
        return clause.mentions(v).stream().filter(m -> members.contains(m.code())).allMatch(m -> m.start() >= from);
    }

    private static final Pattern AND_ITS_BEFORE = Pattern.compile("\\s+and\\s+(?:its|their)\\s+(?:\\d{1,2}\\s+|[a-z]+-?\\s+)?$");

    /** The cue ("member states") follows "the EU and its": the members of the body just named, as a whole. */
    private static boolean bodyAndItsMembers(SentenceView v, int cueStart) {
        for (Mention o : v.mentions()) {
            if (o.isOrganization() && o.end() <= cueStart && cueStart - o.end() <= 20
                    && Regions.matches(AND_ITS_BEFORE, v.lower(), o.end(), cueStart)) {
                return true;
            }
        }
        return false;
    }

    /** A membership needs a member: a state named, or "we", "the kingdom" ... standing for one. */
    private static boolean mayStateMembership(SentenceView v) {
        for (Mention m : v.mentions()) {
            if (m.isState() || m.isOrganization()) {
                return true;
            }
        }
        return SELF_ANAPHOR.matcher(v.lower()).find();
    }

    /**
     * A date written right after the member ("Iran in 2023", "Albania since 2009"), or after the states listed with it
     * ("Laos and Myanmar in 1997"), or null.
     */
    private static EdtfDate listedDate(SentenceView v, Clause clause, String member) {
        List<Mention> ms = v.mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.code().equals(member) && m.isState() && clause.contains(m.start(), m.end())) {
                EdtfDate d = datedRightAfter(v, clause, m);
                for (int j = i + 1; d == null && j < ms.size() && ms.get(j).isState() && clause.contains(ms.get(j).start(), ms.get(j).end())
                        && Gaps.isListGap(v.text(), ms.get(j - 1).end(), ms.get(j).start()); j++) {
                    d = datedRightAfter(v, clause, ms.get(j));
                }
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The date written right after a mention ("APEC in 1998"), or null. */
    private static EdtfDate datedRightAfter(SentenceView v, Clause clause, Mention mention) {
        for (DateMention d : v.dates()) {
            if (d.start() > mention.end() && d.start() - mention.end() <= 7 && clause.contains(d.start(), d.end())
                    && Regions.matches(DATE_GAP, v.lower(), mention.end(), d.start())) {
                return d.date();
            }
        }
        return null;
    }

    /** The date of a member's own time clause ("since Cambodia joined in 1999"), or null. */
    private static EdtfDate ownDate(SentenceView v, Clause clause, String member) {
        for (Mention m : v.mentions()) {
            if (m.temporal && m.code().equals(member) && clause.contains(m.start(), m.end())) {
                for (DateMention d : v.dates()) {
                    if (d.start() > m.end() && d.start() - m.end() < 60 && clause.contains(d.start(), d.end())) {
                        return d.date().isInterval() ? null : d.date();
                    }
                }
            }
        }
        return null;
    }

    /** "the self-declared "Turkish Republic of Northern Cyprus"": a state named inside a quoted name is not that state. */
    private static boolean quotedName(String text, Mention m) {
        int open = Math.max(text.lastIndexOf('"', m.start() - 1), text.lastIndexOf('\u201c', m.start() - 1));
        if (open < 0 || m.start() - open > 40) {
            return false;
        }
        String inside = text.substring(open + 1, m.start());
        if (inside.indexOf('"') >= 0 || inside.indexOf('\u201d') >= 0 || count(text.substring(0, open), '"') % 2 == 1) {
            return false;
        }
        int close = text.indexOf(text.charAt(open) == '"' ? '"' : '\u201d', m.end());
        return close > 0 && close - m.end() < 40 && (open + 1 < m.start() || close > m.end());
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** "Ankara, a NATO member since 1952": a capital with a status in apposition stands for its state. */
    private static boolean standsForState(Mention m) {
        return m.isCapital();
    }

    /** Bodies of another organization, with no members of their own (a commission that is an organization has them). */
    private static final Pattern ORGAN_NAMES = Pattern.compile("\\b(?:Peace and Security Council|Security Council|Council of Ministers"
            + "|Parliamentary Assembly|Secretariat|Court of Justice)\\b");

    /** An organ as the text writes it ("European Commission"), whatever body the reference data makes of it. */
    private static final Pattern ORGAN_WRITTEN = Pattern.compile("\\b(?:Commission|Parliament|Committee|Secretariat)\\b");

    private static boolean isOrgan(Mention m) {
        return m.entity().name() != null && ORGAN_NAMES.matcher(m.entity().name()).find();
    }

    private static final Pattern ACRONYM_GAP = Pattern.compile("\\s*(?:\\([^()]{1,12}\\)\\s*)?");

    /** The organization a relative clause at {@code clauseStart} hangs on: right before it, an acronym between. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("^,\\s+(?:the\\s+)?$");

    /**
     * "Created on December 19, 2014 by Burkina Faso, Mali, Mauritania, Niger and Chad, the G5 Sahel was meant to ...": the
     * body right after the comma that closes the opening participle's clause.
     */
    private static List<Mention> subjectAfterOpeningParticiple(DocumentAnalysis doc, SentenceView v, int cueEnd) {
        for (Mention m : v.mentions()) {
            if (m.start() >= cueEnd && m.isOrganization() && !m.isProgramme()) {
                int comma = v.text().lastIndexOf(',', m.start());
                return comma > cueEnd && SUBJECT_GAP.matcher(v.text().substring(comma, m.start())).matches() ? List.of(m) : List.of();
            }
        }
        // "Launched in Cairo in January 2019 by Egypt, Israel, ..., it became a full-fledged regional organisation": the body
        // named before
        Matcher it = PRONOUN_SUBJECT_AFTER_COMMA.matcher(v.text()).region(cueEnd, v.text().length());
        if (it.find()) {
            Mention o = referredOrganization(doc, v, 0);
            return o == null ? List.of() : List.of(o);
        }
        return List.of();
    }

    private static final Pattern PRONOUN_SUBJECT_AFTER_COMMA = Pattern.compile(",\\s+(?:it|the (?:organi[sz]ation|forum|bloc|group|grouping|alliance|union))"
            + "\\s+(?:became|was|is|has|had|now|then|later|brings|unites|groups|includes|comprises)\\b");

    /** The organization (no programme) named last before {@code pos} in the sentence among those {@code wanted}, or null. */
    private static Mention lastOrganizationBefore(SentenceView v, int pos, java.util.function.Predicate<Mention> wanted) {
        Mention last = null;
        for (Mention o : v.mentions()) {
            if (o.isOrganization() && !o.isProgramme() && o.end() <= pos && wanted.test(o)) {
                last = o;
            }
        }
        return last;
    }

    private static List<Mention> organizationBefore(SentenceView v, int clauseStart) {
        Mention last = null;
        for (Mention m : v.mentions()) {
            if (m.end() <= clauseStart) {
                last = m;
            }
        }
        return last != null && last.isOrganization() && !last.isProgramme()
                && ACRONYM_GAP.matcher(v.text().substring(last.end(), clauseStart)).matches() ? List.of(last) : List.of();
    }

    /** An organization written inside the cue, or as the possessor the cue opens with ("OPEC" of "OPEC's largest producer"). */
    private static boolean organizationInside(SentenceView v, int start, int end) {
        return v.mentions().stream().anyMatch(m -> m.isOrganization() && !m.isProgramme()
                && (m.start() >= start && m.end() <= end || m.isPossessive() && m.end() <= start && start - m.end() <= 1));
    }

    private static boolean noStateIn(SentenceView v) {
        return v.mentions().stream().noneMatch(m -> m.isState() && m.canAct());
    }

    /** "on joining the", "when they joined the": the body a departure made way for. */
    private static final Pattern ON_JOINING_BEFORE = Pattern.compile(".*\\b(?:on|upon|after|before|when|while) (?:joining|acceding to"
            + "|(?:they|it) (?:joined|acceded to))\\s+(?:the\\s+)?");

    /** The organization(s) the status is in: named after the cue ("member of the G20"), in the clause, or referred back to. */
    private List<Mention> organizations(DocumentAnalysis doc, SentenceView v, Clause clause, Hit hit, int cueStart,
            int cueEnd, String lower) {
        // (not "NATO" in "the NATO-Ukraine Council": a body named after it)
        // (not "the BRICS-founded New Development Bank": a body named by another, and "-led" as for states)
        // (not an organ the article named, "the AU Peace and Security Council (PSC)": states are members of the body it belongs
        // to; the UN Security Council, in the reference data, has members)
        List<Mention> orgs = clause.mentions(v).stream().filter(o -> o.isOrganization() && !o.listedWithStates && !o.isProgramme() && !o.qualifier
                && !(isOrgan(o) && doc.reference().organization(o.code()).isEmpty())
                && !Regions.matches(HYPHENATED_NAME_AFTER, v.text(), o.end(), Math.min(v.text().length(), o.end() + 2))
                && !Regions.matches(LED_AFTER, v.lower(), o.end(), Math.min(v.lower().length(), o.end() + 14))
                // (not "the United Nations TIR Convention": a treaty named after the body)
                && Regions.lengthAt(INSTRUMENT_NAMED_AFTER, v.text(), o.end()) <= 0
                // (not the body a departure was for: "left the bloc on joining the European Union")
                && !(hit.cue().status() == MembershipStatus.FORMER_MEMBER && o.start() > cueEnd
                        && Regions.matches(ON_JOINING_BEFORE, v.lower(), Math.max(cueEnd, o.start() - 40), o.start()))).toList();
        if (v.lower().startsWith(", ", cueStart) && Regions.lengthAt(RELATIVE_RIGHT_AFTER, v.lower(), cueEnd) > 0) {
            // "Iran, Venezuela and Libya, OPEC members whose output ...": the body written inside the apposition, though it
            // follows a list of states
            List<Mention> inside = v.mentions().stream().filter(o -> o.isOrganization() && !o.isProgramme() && o.start() >= cueStart
                    && o.end() <= cueEnd).toList();
            if (!inside.isEmpty()) {
                return inside;
            }
        }
        if (hit.cue().kind() == Kind.FOUNDING && Regions.lengthAt(Clauses.FOUNDED_BY_AFTER_NAME, v.lower(), clause.start()) > 0) {
            // "the Pacific Alliance | formed by Chile, Colombia, Mexico and Peru": the body the participle hangs on
            List<Mention> named = v.mentions().stream().filter(o -> o.isOrganization() && !o.isProgramme() && o.end() == clause.start()).toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        Matcher ofWhich = OF_WHICH_BEFORE.matcher(v.lower()).region(Math.max(0, cueStart - 60), cueStart);
        boolean relative = ofWhich.find();
        if (!relative && Regions.lengthAt(STRANDED_BELONG_TO, v.lower(), cueStart) > 0) {
            // "ECOWAS, which Nigeria and Niger also belong to": the preposition left at the end of the relative clause
            ofWhich = STRANDED_WHICH_BEFORE.matcher(v.lower()).region(Math.max(0, cueStart - 60), cueStart);
            relative = ofWhich.find();
        }
        if (relative) {
            // "..., including the Asian Infrastructure Investment Bank, of which both countries are founding members"
            Mention before = null;
            for (Mention o : v.mentions()) {
                if (o.isOrganization() && !o.isProgramme() && o.end() <= ofWhich.start()
                        && Regions.matches(ACRONYM_GAP, v.text(), o.end(), ofWhich.start())) { // (", of which" right after it, or its acronym)
                    before = o;
                }
            }
            return before == null ? List.of() : List.of(before);
        }
        if (hit.cue().kind() == Kind.COMPRISES && hit.cue().orgInside()) {
            // "the AUKUS partnership between Australia, ...": the body named right before the noun
            return orgs.stream().filter(o -> o.start() >= cueStart && o.end() <= cueEnd).toList();
        }
        if (hit.cue().kind() == Kind.COMPRISES) {
            // the organization is the subject: named before the verb, or "the union", "the bloc" opening the clause
            Mention subject = null;
            for (Mention o : orgs) {
                if (o.end() <= cueStart) {
                    subject = o;
                }
            }
            if (subject != null && Regions.matches(ANOTHER_SUBJECT_BEFORE_CUE, lower, subject.end() - clause.start(), hit.start())) {
                // "Besides the 27 EU member states, the forum brings together 17 other European countries": the forum's, not the EU's
                subject = null;
            }
            Matcher orgSubject = ORG_SUBJECT.matcher(lower.substring(0, Math.min(lower.length(), hit.start())));
            if (subject == null && orgSubject.find()) {
                // "The council's eight members are ...": a body whose name says "Council" (not an organ of the one talked about)
                // ("The initiative brings together twelve EU member states": the Three Seas Initiative, not a programme)
                String strictHead = orgSubject.group().contains("council") ? "council" : orgSubject.group().contains("initiative") ? "initiative" : null;
                subject = strictHead != null ? doc.lastOrSoleOrganizationCalled(v.index(), cueStart, 3, strictHead) : referredOrganization(doc, v, cueStart);
                subject = subject != null && (isOrgan(subject) || subject.isProgramme()) ? null : subject;
            }
            if (subject == null && MADE_UP_OF_OPENING.matcher(lower).lookingAt()) {
                // "the Pacific Alliance trade bloc, made up of Chile, Colombia, Mexico and Peru": the body the clause hangs on
                // (also "the Southern African Customs Union, which it shares with Botswana, ...": its fellow members)
                subject = lastOrganizationBefore(v, clause.start(), o -> clause.start() - o.end() <= 30);
            }
            Matcher whose = WHOSE.matcher(lower);
            if (subject == null && whose.lookingAt()) {
                // "the Organization of Turkic States (OTS), whose members include ...": the organization the clause hangs on
                subject = lastOrganizationBefore(v, clause.start(), o -> true);
                Mention last = subject;
                Mention first = last == null || whose.group("plural") == null ? null
                        : lastOrganizationBefore(v, last.start(), o -> Regions.matches(AND_THE, v.lower(), o.end(), last.start()));
                if (first != null) {
                    return List.of(first, last); // "a member of the EAEU and the CSTO, which also include Kazakhstan": both
                }
                Matcher kind = KIND_BEFORE_RELATIVE.matcher(v.lower()).region(Math.max(0, clause.start() - 40), clause.start());
                if (subject == null && kind.matches()) {
                    // "the first free trade agreement concluded by the Union, which brings together Armenia, ...": the body so called
                    subject = doc.lastOrganizationCalled(v.index(), clause.start(), 3, kind.group(1));
                    if (subject == null) {
                        subject = referredOrganization(doc, v, clause.start()); // ("the group": BRICS is no "group" by name)
                    }
                }
            }
            return subject == null ? List.of() : List.of(subject);
        }
        for (Mention o : orgs) {
            // "Mercosur's founding members Argentina, Brazil ...", "EFTA's four members, Switzerland, ...": the possessor
            if (o.isPossessive() && o.end() <= cueStart && cueStart - o.end() <= 3) {
                return List.of(o);
            }
        }
        for (Mention o : orgs) {
            // "Finland became NATO's 31st member": the possessor written inside the cue
            if (o.isPossessive() && o.start() >= cueStart && o.end() <= cueEnd) {
                return List.of(o);
            }
        }
        if (BOTH_BODIES.matcher(lower).find()) {
            // "Russia, which is a founding member of both organizations": the two named before in the sentence
            List<Mention> named = new ArrayList<>();
            for (Mention o : v.mentions()) {
                if (o.isOrganization() && !o.isProgramme() && o.end() <= cueStart && named.stream().noneMatch(n -> n.code().equals(o.code()))) {
                    named.add(o);
                }
            }
            if (named.size() >= 2) {
                return named.subList(named.size() - 2, named.size());
            } // (else an aside after the bodies: "... of the SCO in July 2023 and of BRICS in January 2024, both groups in which ...")
        }
        if (v.lower().startsWith("among ", cueStart)) {
            // "The bank, founded by ..., also counts Bangladesh ... among its members": "its" is the clause's subject
            Matcher subject = ORG_ANAPHOR.matcher(lower);
            if (subject.find() && clause.start() + subject.start() < cueStart) {
                Mention o = anaphoricOrganization(doc, v, clause, subject, cueStart);
                return o == null ? List.of() : List.of(o);
            }
        }
        if (applyingTo(v, cueStart, cueEnd)) {
            // "applied to the WTO": only with the organization right there
            return orgs.stream().filter(o -> o.start() >= cueEnd && o.start() - cueEnd <= 1).toList();
        }
        if (hit.cue().kind() == Kind.FOUNDING && lower.startsWith("signed", hit.end() - "signed".length())) {
            // only the body written right before "was signed" is founded by the signing
            for (Mention o : orgs) {
                // "The Treaty on the Eurasian Economic Union was signed in Astana ... by Belarus, Kazakhstan and Russia": the
                // founding treaty of the body its title names
                if (o.end() <= cueStart && Regions.matches(ITSELF_GAP, v.text(), o.end(), cueStart)
                        && Regions.matches(FOUNDING_TREATY_BEFORE, v.text(), Math.max(0, o.start() - 60), o.start())) {
                    return List.of(o);
                }
                // (a body whose name says it is an agreement: "the EAEU), which was signed" speaks of the agreement before it)
                if (o.end() <= cueStart && ITSELF_GAP.matcher(v.text().substring(o.end(), cueStart)).matches()
                        && o.entity().name() != null && AGREEMENT_IN_NAME.matcher(o.entity().name()).find()
                        // not the end of an instrument's name: "The Declaration on the Admission of Timor-Leste into Asean was signed"
                        && !Regions.matches(TITLE_RUNNING_BEFORE, v.text(), Math.max(0, o.start() - 80), o.start())) {
                    return List.of(o);
                }
            }
            if (clause.start() == 0 && THE_CHARTER_OPENING.matcher(lower).lookingAt() && v.index() > 0) {
                // "... signed the charter of the Council of Arab and African States .... The charter was signed in Riyadh by
                // Saudi Arabia, Egypt, ...": the body whose charter the sentence before named
                SentenceView before = doc.sentences().get(v.index() - 1);
                return before.mentions().stream().filter(o -> o.isOrganization() && !o.isProgramme()
                        && Regions.matches(CHARTER_OF_BEFORE, before.lower(), Math.max(0, o.start() - 20), o.start())).limit(1).toList();
            }
            return List.of();
        }
        if (hit.cue().kind() == Kind.FOUNDING) {
            for (int k = 0; k < orgs.size(); k++) {
                Mention o = orgs.get(k);
                if (backsSomethingElse(v, o)) {
                    continue;
                }
                boolean after = o.start() >= cueEnd && o.start() - cueEnd <= 25;
                boolean beforeBy = o.end() <= cueStart
                        && foundersFollow(v, cueEnd);
                if (after) {
                    // "a founding member of both the Arab League and OPEC": every body listed right after
                    List<Mention> listed = new ArrayList<>(List.of(o));
                    for (int j = k + 1; j < orgs.size() && MORE_ORGANIZATIONS.matcher(v.text().substring(listed.get(listed.size() - 1).end(),
                            orgs.get(j).start())).matches(); j++) {
                        listed.add(orgs.get(j));
                    }
                    return listed;
                }
                if (beforeBy) {
                    return List.of(o);
                }
            }
            Matcher subjectKind = ORG_ANAPHOR.matcher(lower);
            if (subjectKind.find() && clause.start() + subjectKind.start() < cueStart
                    && foundersFollow(v, cueEnd)) {
                // "The group was created in 2009 by Brazil, Russia, India and China": the body the clause is about
                Mention o = anaphoricOrganization(doc, v, clause, subjectKind, cueStart);
                return o == null ? List.of() : List.of(o);
            }
            Matcher objectKind = ORG_ANAPHOR.matcher(lower);
            if (objectKind.find(hit.end()) && objectKind.start() == hit.end() + 1 && !objectKind.group().startsWith("its")) {
                // "Mali, Burkina Faso and Niger set up the alliance in September": the body so called, founded by the subject
                Mention o = anaphoricOrganization(doc, v, clause, objectKind, cueStart);
                return o == null ? List.of() : List.of(o);
            }
            Matcher possessor = kindPossessiveBefore(lower, hit.start());
            if (possessor != null) {
                // "Saudi Arabia, the organization's largest producer": the body the possessive kind word stands for
                Mention o = anaphoricOrganization(doc, v, clause, possessor, cueStart);
                return o == null ? List.of() : List.of(o);
            }
            if ((lower.contains("founding") || lower.contains("founders")) && (ORG_ANAPHOR.matcher(lower).find() || FOUNDERS_LISTED.matcher(lower).find())) {
                // ("..., when the founding members, Argentina, Brazil, ..., said": the body talked about)
                Mention o = referredOrganization(doc, v, cueStart);
                return o == null ? List.of() : List.of(o);
            }
            return List.of();
        }
        List<Mention> inside = orgs.stream().filter(o -> o.start() >= cueStart && o.end() <= cueEnd && !o.isPossessive()).toList();
        if (!inside.isEmpty() && hit.cue().kind() == Kind.PLAIN && !Regions.matches(OF_AFTER, v.lower(), cueEnd,
                Math.min(v.lower().length(), cueEnd + 8))) {
            // "the only ASEAN member in the Group of 20 (G20)": a member of the body inside and of the one it sits in
            Matcher in = IN_THE_BODY_AFTER.matcher(v.lower()).region(cueEnd, v.lower().length());
            if (in.lookingAt()) {
                // (not "the only NATO member in the SCO orbit": a body's sphere, no seat in it)
                List<Mention> sitsIn = orgs.stream().filter(o -> o.start() == in.end() && Regions.lengthAt(BODY_SPHERE_AFTER, v.lower(), o.end()) <= 0).toList();
                if (!sitsIn.isEmpty()) {
                    return java.util.stream.Stream.concat(inside.stream(), sitsIn.stream()).toList();
                }
            }
            return inside; // "the only Nato member linked to the SCO": the body written inside the statement, not the one after
        }
        if (admitsOthers(v, cueStart, cueEnd)) {
            // "the G20 also admitted the African Union as a permanent member": the body that admits, not the one admitted
            Mention admitter = lastOrganizationBefore(v, cueStart, o -> ORG_SUBJECT_GAP.matcher(v.text().substring(o.end(), cueStart)).matches());
            if (admitter != null && orgs.stream().anyMatch(o -> o.start() >= cueEnd)) {
                return List.of(admitter);
            }
        }
        // "a member of the CSTO and of the Eurasian Economic Union": every organization named right after the cue
        List<Mention> after = new ArrayList<>();
        int pos = cueEnd;
        for (Mention o : v.mentions()) {
            if (o.isOrganization() && o.start() >= cueEnd && (ownsSomethingElse(o) || o.isProgramme())
                    && ORG_AFTER_CUE.matcher(v.text().substring(cueEnd, o.start())).find()) {
                // "suspending its participation in the European Union's Eastern Partnership programme": in what the body runs
                return List.of();
            }
            if (o.start() >= cueEnd) {
                break;
            }
        }
        for (Mention o : orgs) {
            if (o.start() < cueEnd || ownsSomethingElse(o)) {
                continue;
            }
            String gap = v.text().substring(pos, o.start());
            if (after.size() == 1 && Regions.matches(AGENCY_OF, v.text(), pos, o.start())) {
                after.set(0, o); // "a full member of the UN cultural agency UNESCO": the agency, not the body it belongs to
                pos = o.end();
                continue;
            }
            boolean first = after.isEmpty() && ORG_AFTER_CUE.matcher(gap).find();
            // "a member of the Intergovernmental Authority on Development (IGAD) and of the Arab League"
            boolean more = !after.isEmpty() && MORE_ORGANIZATIONS.matcher(gap).matches();
            if (first || more) {
                after.add(o);
                pos = o.end();
            } else if (!after.isEmpty()) {
                break;
            }
        }
        if (after.isEmpty() && v.lower().startsWith("left the", cueEnd - "left the".length())
                && !LEFT_BODY_NOUN.matcher(v.lower()).region(cueEnd, v.lower().length()).lookingAt()) {
            return List.of(); // "IAEA inspectors left the country": a place or a meeting left, no body
        }
        if (after.isEmpty() && hit.cue().status() == MembershipStatus.FORMER_MEMBER && v.lower().startsWith(" it ", cueEnd)) {
            // "Kazakhstan, Kyrgyzstan and Tajikistan belong to the CSTO; Uzbekistan left it in 2012": the body named before
            Mention before = lastOrganizationBefore(v, cueStart, o -> !ownsSomethingElse(o));
            if (before == null && !INSTRUMENT_NOUN.matcher(v.lower()).region(0, cueStart).find()
                    && (v.index() == 0 || !INSTRUMENT_NOUN.matcher(doc.sentences().get(v.index() - 1).lower()).find())) {
                // "Uzbekistan also left it in 1999" after a sentence on the CSTO (not "The 1992 Treaty on Open Skies ...: the
                // United States left it", "The deal ... The US withdrew from it": the treaty)
                before = referredOrganization(doc, v, cueStart);
            }
            if (before != null) {
                return List.of(before);
            }
        }
        if (after.isEmpty() && hit.cue().status() == MembershipStatus.FORMER_MEMBER && Regions.lengthAt(LEFT_WHEN, v.lower(), cueEnd) > 0
                && clause.mentions(v).stream().noneMatch(m -> m.isOrganization() || m.type() == EntityType.PLACE && m.start() > cueEnd)) {
            // "Ecuador left in August 2018": left the body the text is about, at a time
            Mention talkedAbout = referredOrganization(doc, v, cueStart);
            return talkedAbout == null ? List.of() : List.of(talkedAbout);
        }
        if (!after.isEmpty() || hit.cue().status() == MembershipStatus.FORMER_MEMBER && !hit.cue().orgFallback()
                || Regions.matches(BE_IN_CUE, v.lower(), cueStart, cueEnd)) {
            // "left ECOWAS", "is in IGAD": the organization right after the verb, or none ("left Astana after the summit",
            // "it is in some sense a response")
            return after;
        }
        if (!inside.isEmpty() && hit.cue().kind() == Kind.PLAIN) {
            return inside; // "are both EU and NATO members": the bodies written inside the statement
        }
        List<Mention> conjoined = conjoinedRightBefore(orgs, v.text(), cueStart);
        if (conjoined.size() >= 2 && hit.cue().kind() == Kind.PLAIN) {
            return conjoined; // "both EU and NATO member states", "both an EU and a NATO member": each body the noun qualifies
        }
        int nounAt = cueEnd + Regions.lengthAt(BODY_NOUN_AFTER, v.lower(), cueEnd); // (cueEnd - 1 when no such noun follows)
        if (nounAt > cueEnd && nounAt < clause.end()) {
            // "Tanzania is not a member of Comesa, having withdrawn from the bloc in 2000 to concentrate on the EAC": the body the
            // noun refers to, not the nearest one named
            Matcher anaphorAfter = ORG_ANAPHOR.matcher(lower).region(nounAt - clause.start(), lower.length());
            Mention o = anaphorAfter.lookingAt() ? anaphoricOrganization(doc, v, clause, anaphorAfter, cueStart) : null;
            if (o != null) {
                return List.of(o);
            }
        }
        Mention best = null;
        for (Mention o : orgs) {
            if (ownsSomethingElse(o) || backsSomethingElse(v, o)) {
                continue;
            }
            if (best == null || Math.abs(o.start() - cueStart) < Math.abs(best.start() - cueStart)) {
                best = o;
            }
        }
        if (best != null) {
            return List.of(best);
        }
        Matcher anaphor = ORG_ANAPHOR.matcher(lower);
        if (anaphor.find()) {
            Mention o = anaphoricOrganization(doc, v, clause, anaphor, cueStart);
            return o == null ? List.of() : List.of(o);
        }
        if (hit.cue().orgFallback()) {
            if (DESCRIBED_BODY_AFTER.matcher(v.text()).region(cueEnd, v.text().length()).lookingAt()) {
                return List.of(); // "decided to join the customs union of Russia, Belarus and Kazakhstan": a body no name gives
            }
            if (Regions.lengthAt(UNNAMED_PANEL_AFTER, v.lower(), cueEnd) > 0) {
                return List.of(); // "the other members of the committee are Australia, ...": a panel, not the body talked about
            }
            Matcher named = NAME_AFTER_JOINED.matcher(v.text()).region(cueEnd, v.text().length());
            if (hit.cue().status() == MembershipStatus.MEMBER && JOINED_CUE.matcher(v.lower().substring(cueStart, cueEnd)).find() && named.lookingAt()
                    && v.mentions().stream().noneMatch(m -> m.start() == named.start(1))) {
                return List.of(); // "Britain and Denmark left when they joined the EEC in 1973": a body the reference data does not know
            }
            Mention o = hit.cue().status() == MembershipStatus.CANDIDATE
                    ? doc.lastOrganization(v.index(), cueStart, CANDIDATE_WINDOW, m -> candidateStatusOrgs.contains(m.code()))
                    : null;
            o = o != null ? o : organizationTalkedAbout(doc, v, cueStart);
            return o == null ? List.of() : List.of(o);
        }
        return List.of();
    }

    /** " the committee", " this panel": a body of people or creditors that no organization of the reference data is. */
    private static final Pattern UNNAMED_PANEL_AFTER = Pattern.compile("\\s+(?:the|this|that)\\s+(?:committee|commission|board|panel|tribunal"
            + "|consortium|delegation|team|jury|secretariat|working group|task force|steering group|creditor committee|creditors' committee)\\b");

    /** A name right after "joined (the)": "joined the EEC", "joined Interpol", "joined at the first GPAI summit". */
    // ("joined at the first GPAI summit in Montreal": the body the summit is named after)
    private static final Pattern NAME_AFTER_JOINED = Pattern.compile("\\s+(?:at\\s+(?:the\\s+|its\\s+)?(?:first\\s+|second\\s+|inaugural\\s+|founding\\s+)?)?"
            + "(?:the\\s+)?(\\p{Lu}[\\p{L}-]*)");
    private static final Pattern JOINED_CUE = Pattern.compile("(?i)\\b(?:re)?join(?:ed|s)?$");
    private static final Pattern DESCRIBED_BODY_AFTER = Pattern.compile("\\s+(?:the|a|an) (?:[\\p{Ll}-]+ ){0,2}(?:union|bloc|alliance|grouping|group|community"
            + "|zone|area|club|pact|partnership) (?:of|between|with|linking|uniting) (?:the )?\\p{Lu}");

    /** "the organization's" right before a cue that opens with "'s" ("'s largest producer"), found; else null. */
    private static Matcher kindPossessiveBefore(String lower, int cueStart) {
        if (!lower.startsWith("'s", cueStart) && !lower.startsWith("\u2019s", cueStart)) {
            return null;
        }
        Matcher possessor = ORG_ANAPHOR.matcher(lower).region(Math.max(0, cueStart - 40), lower.length());
        while (possessor.find() && possessor.start() < cueStart) {
            if (possessor.end() >= cueStart && !possessor.group().startsWith("it")) {
                return possessor;
            }
        }
        return null;
    }

    /** Bodies that no longer exist (dissolved-organizations.txt): no antecedent of a status that names no body. */
    private static final Set<String> DISSOLVED = ResourceTables.codes("dissolved-organizations.txt");

    /** The body a statement naming none is about: the last one named nearby, else the article's. */
    private static Mention organizationTalkedAbout(DocumentAnalysis doc, SentenceView v, int pos) {
        // an organ ("the Peace and Security Council") has no members of its own: the body it belongs to
        // (the body the text is about before a counterpart: "Mercosur signed ... while the agreement with the EU failed")
        Mention league = leagueNamed(doc, v, pos);
        if (league != null) {
            return league; // "... The league's reach also extends beyond the Arab world. Brazil, ... hold observer status"
        }
        Mention o = doc.lastOrganization(v.index(), pos, anaphorWindow(doc, v.index()),
                m -> !isOrgan(m) && !m.counterpart && !ownsSomethingElse(m) && !DISSOLVED.contains(m.code()));
        if (o == null) {
            o = doc.lastOrganization(v.index(), pos, anaphorWindow(doc, v.index()), m -> !isOrgan(m) && !DISSOLVED.contains(m.code()));
        }
        return o != null ? o : doc.topicOrganization(v.index(), pos);
    }

    private static final Pattern CHAIR_TAKEN = Pattern.compile("\\b(?:took|takes|taking) over the (?:rotating |annual )?(?:[\\p{L}\\d-]+ ){0,3}?(?:chairmanship|presidency)\\b");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:the\\s+)?$");

    /** The state a chairmanship was taken over "from": it chaired the body, so it is a member too. */
    private static List<String> previousChair(SentenceView v, Clause clause, int cueEnd) {
        List<String> out = new ArrayList<>();
        for (Mention m : clause.mentions(v)) {
            if (m.isState() && m.start() > cueEnd && FROM_BEFORE.matcher(v.text().substring(Math.max(0, m.start() - 10), m.start())).find()) {
                out.add(m.code());
            }
        }
        return out;
    }

    private static final Pattern RECOGNIZED_BEFORE = Pattern.compile(".*\\b(?:recogni[sz]ed?|recogni[sz]es|recognition of)\\s+(?:the\\s+)?(?:state of\\s+)?$");
    private static final Pattern AGENCY_OF = Pattern.compile("\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:agency|body|organi[sz]ation|bank|fund|court|programme|tribunal)"
            + ",?\\s+(?:the\\s+)?");

    private static final Pattern AND_OF_BODY = Pattern.compile("^\\W*and of (?:the )?$");
    private static final Pattern AND_FROM_BODY = Pattern.compile("^(?:\\s*\\([^()]{1,20}\\))?,?\\s+(?:and|as well as) (?:from|of|in|to) (?:the )?$");

    /** The body, and a second one the sentence adds right after it with the same preposition ("from the AU and from ECOWAS"). */
    private static List<Mention> withBodyAddedAfter(SentenceView v, Mention body) {
        for (Mention m : v.mentions()) {
            if (m.start() >= body.end()) {
                return m.isOrganization() && !m.isProgramme() && !m.code().equals(body.code())
                        && Regions.matches(AND_FROM_BODY, v.lower(), body.end(), m.start()) ? List.of(body, m) : List.of(body);
            }
        }
        return List.of(body);
    }

    /**
     * "Both Ethiopia and Djibouti are members of the African Union, whose headquarters are in Addis Ababa, and of the IGAD":
     * a clause that only adds another body takes the memberships the sentence stated just before.
     */
    private static boolean sameStatusesForAnotherBody(SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        Mention body = null;
        for (Mention m : clause.mentions(v)) {
            if (m.isOrganization() && !m.isProgramme()) {
                body = m;
                break;
            }
        }
        if (body == null || !Regions.matches(AND_OF_BODY, v.lower(), clause.start(), body.start())) {
            return false;
        }
        List<Membership> before = new ArrayList<>();
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentence() == v; i--) {
            before.add(0, out.get(i).record());
        }
        if (before.isEmpty()) {
            return false;
        }
        String firstBody = before.get(0).getOrganization();
        for (Membership earlier : before) {
            if (!earlier.getOrganization().equals(firstBody) || earlier.getMember().equals(body.code())) {
                continue;
            }
            out.add(new Candidate<>(membership(earlier.getMember(), body.code(), earlier.getStatus()), v, 0.7));
        }
        return true;
    }

    /** "six EU member states will remain outside the eurozone: Czechia, Denmark, ...": counted members, listed after a colon. */
    private static final Pattern COUNTED_BODY_MEMBERS = Pattern.compile("(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen)\\s+(?:other\\s+)?(?:of\\s+the\\s+)?$");
    private static final Pattern MEMBERS_THEN_COLON = Pattern.compile("\\s+(?:member states|member countries|members)\\b[^:;.]{0,80}:\\s*(?:the\\s+)?");

    /**
     * Counted members of a body named before a colon, then listed after it: they are members whatever the verb between says
     * of something else ("will remain outside the eurozone", "are not in Schengen"). True when it read them.
     */
    private static boolean countedMembersListedAfterColon(SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        int colon = v.text().indexOf(':', clause.start());
        if (colon < 0 || colon >= clause.end()) {
            return false;
        }
        for (Mention body : clause.mentions(v)) {
            if (!body.isOrganization() || body.isProgramme() || body.start() > colon) {
                continue;
            }
            Matcher then = MEMBERS_THEN_COLON.matcher(v.lower()).region(body.end(), v.lower().length());
            if (!then.lookingAt() || !COUNTED_BODY_MEMBERS.matcher(v.lower()).region(Math.max(0, body.start() - 20), body.start()).find()) {
                continue;
            }
            List<Mention> listed = Gaps.listedFrom(v, then.end(), MembershipExtractor::isNamedState);
            if (listed.size() < 2 || listed.get(0).start() != then.end()) {
                return false;
            }
            for (Mention state : listed) {
                out.add(new Candidate<>(membership(state.code(), body.code(), MembershipStatus.MEMBER), v, 0.7));
            }
            return true;
        }
        return false;
    }

    // (the words between are no verb: "India and the UAE are members of the SCO", "Egypt and the UAE became members" name two members)
    private static final Pattern AND_THE_MEMBERS = Pattern.compile("\\s+and\\s+(?:the|its|their)\\s+(?:(?!(?:are|is|were|was|have|has|had|remain|remained|became|become|becomes|also)\\s)[\\p{L}-]+\\s+){0,2}"
            + "(?:member states|member countries|members)\\b");

    /**
     * "the five Micronesian members – Palau, ..., Nauru and Kiribati –", "The other six members, Bolivia, ... and Venezuela,": a
     * counted group of members, its states between dashes or commas.
     */
    // ("the 10 members of the Association of Southeast Asian Nations (Asean) - Brunei, ... -": the body after "of", spaced hyphens)
    private static final Pattern COUNTED_MEMBERS_SET_OFF = Pattern.compile("\\b(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:members|member states|member countries)(?:\\s+of\\s+(?:the\\s+)?[^\u2013\u2014;,]{2,80}?)?"
            + "(?:\\s*[\u2013\u2014]\\s*|\\s+-\\s+|(?<comma>,)\\s+)(?:the\\s+)?");
    /** The comma closing a list of states set off by commas ("The other six members, Bolivia, ... and Venezuela, have not"). */
    private static final Pattern COMMA_AFTER_LIST = Pattern.compile("^,\\s");

    /**
     * Counted members of a body with their states between dashes: members whatever the rest of the clause says ("announced
     * they would leave the Forum"), of the body named before the count or, failing one, of the body the text is about.
     * True when it read them between dashes (the clause then says no more).
     */
    private static boolean countedMembersSetOff(DocumentAnalysis doc, SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        String lower = v.lower();
        if (lower.indexOf('\u2013', clause.start()) < 0 && lower.indexOf('\u2014', clause.start()) < 0 && lower.indexOf(" - ", clause.start()) < 0
                && !lower.contains("members, ") && !lower.contains("states, ") && !lower.contains("countries, ")) {
            return false; // (the cheap test first)
        }
        Matcher counted = COUNTED_MEMBERS_SET_OFF.matcher(lower).region(clause.start(), clause.end());
        if (!counted.find()) {
            return false;
        }
        List<Mention> listed = Gaps.listedFrom(v, counted.end(), MembershipExtractor::isNamedState);
        if (listed.size() != Words.count(counted.group(1)) || listed.get(0).start() != counted.end()
                || Regions.lengthAt(counted.group("comma") != null ? COMMA_AFTER_LIST : DASH_AFTER_LIST, lower, listed.get(listed.size() - 1).end()) < 0) {
            return false; // (as many states as counted, and the dash or comma closing their list)
        }
        Mention body = null;
        for (Mention o : clause.mentions(v)) {
            // "three SAARC members — Pakistan, ...": the body written inside the count; "Mercosur's four members — ..."
            boolean inside = o.start() >= counted.start() && o.end() <= counted.end();
            boolean possessor = o.isPossessive() && o.end() <= counted.start() && counted.start() - o.end() <= 3;
            if (o.isOrganization() && !o.isProgramme() && (inside || possessor)) {
                body = o;
            }
        }
        body = body != null ? body : organizationTalkedAbout(doc, v, counted.start());
        if (body == null) {
            return false;
        }
        for (Mention state : listed) {
            out.add(new Candidate<>(membership(state.code(), body.code(), MembershipStatus.MEMBER), v, 0.7));
        }
        // (set off by commas the states are also the clause's subject: "Five BIMSTEC members, ..., belong to the SAARC")
        return counted.group("comma") == null;
    }

    /** A state named as such in a list (not "Kenya's", "Kenyan" or a leader standing for it). */
    private static boolean isNamedState(Mention m) {
        return m.isState() && !m.isPossessive() && !m.isAdjective() && !m.isStateActor();
    }

    /** Programmes a state joins as a partner (the reference data holds them as no body with members). */
    private static final Set<String> PARTNER_PROGRAMMES = ResourceTables.codesWithValue("programme-organizations.txt").entrySet().stream()
            .filter(e -> e.getValue().equals("partner")).map(java.util.Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** "joined China's Belt and Road Initiative", "formally withdrawn from China's Belt and Road Initiative". */
    private static final Pattern PROGRAMME_VERB_BEFORE = Pattern.compile("\\b(?:(?<join>joined|joins|accession to|endorsed|signed (?:up|on) to)"
            + "|(?<leave>withdr[ae]wn? from|withdrawal from|pulled out of|pulls out of|left|quit))\\s+(?:the\\s+|china's\\s+|beijing's\\s+)?$");

    /**
     * A state joining a programme whose participants are partners ("Bangladesh joined the Belt and Road Initiative in
     * 2016"), or leaving it. True when the clause said so.
     */
    private static boolean joinsOrLeavesProgramme(SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        String lower = clause.masked(v.lower());
        for (Mention p : clause.mentions(v)) {
            if (!p.isProgramme() || !PARTNER_PROGRAMMES.contains(p.code())) {
                continue;
            }
            Matcher verb = PROGRAMME_VERB_BEFORE.matcher(v.lower()).region(Math.max(clause.start(), p.start() - 60), p.start());
            if (!verb.find() || Words.negated(lower) || Words.hedged(mainPart(clause.masked(v.text()), verb.end() - clause.start()))) {
                continue; // ("has consistently refused to endorse", "would leave it")
            }
            Mention state = null;
            for (Mention m : clause.mentions(v)) {
                if (m.end() <= verb.start() && (m.isState() && m.canAct() && !m.isAdjective() && !m.isStateActor() || standsForState(m))) {
                    state = m; // the subject: the state named last before the verb
                }
            }
            if (state == null) {
                continue;
            }
            String code = state.code(); // (a capital's code is its state's)
            MembershipStatus status = verb.group("join") != null ? MembershipStatus.PARTNER : MembershipStatus.FORMER_MEMBER;
            out.add(new Candidate<>(membership(code, p.code(), status), v, 0.7));
            return true;
        }
        return false;
    }

    /** "South Africa, Algeria and several other members of the 55-nation bloc": the states listed are members too. */
    private static final Pattern AND_OTHER_MEMBERS = Pattern.compile("\\s*,?\\s+and\\s+(?:several\\s+|many\\s+|some\\s+|a few\\s+|a number of\\s+|the\\s+|\\d{1,3}\\s+"
            + "|two\\s+|three\\s+|four\\s+|five\\s+|six\\s+|seven\\s+|eight\\s+|nine\\s+|ten\\s+)?other\\s+(?:[\\p{L}-]+\\s+)?(?:members|member states"
            + "|member countries)\\s+(?:of|in)\\s+(?:the\\s+)?");
    private static final Pattern BODY_NOUN_AT = Pattern.compile("(?:\\d{1,3}-(?:member|nation|country|strong)\\s+)?(?:organi[sz]ation|bloc|union|alliance"
            + "|group|grouping|association|community|forum|movement)\\b");

    /**
     * States listed before "and several other members of" a body (named there, or called "the 55-nation bloc") are its
     * members, whatever the verb says of them. True when it read them.
     */
    private static boolean listedWithOtherMembers(DocumentAnalysis doc, SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        if (!v.lower().contains("other ")) {
            return false;
        }
        for (Mention last : clause.mentions(v)) {
            if (!last.isState() || last.isPossessive() || last.isStateActor()) {
                continue;
            }
            int length = Regions.lengthAt(AND_OTHER_MEMBERS, v.lower(), last.end());
            if (length < 0) {
                continue;
            }
            int at = last.end() + length;
            Mention body = v.mentions().stream().filter(o -> o.start() == at && o.isOrganization() && !o.isProgramme()).findFirst().orElse(null);
            if (body == null && Regions.lengthAt(BODY_NOUN_AT, v.lower(), at) > 0) {
                body = organizationTalkedAbout(doc, v, at);
            }
            if (body == null) {
                return false;
            }
            Set<String> listed = new LinkedHashSet<>(List.of(last.code()));
            listStart(v, last.start(), listed);
            for (String state : listed) {
                out.add(new Candidate<>(membership(state, body.code(), MembershipStatus.MEMBER), v, 0.7));
            }
            return true;
        }
        return false;
    }

    /** A body's verb of suspension, right before the states it suspends: "ECOWAS has also suspended Mali and Guinea". */
    // ("The African Union on Wednesday suspended Madagascar from the continental body")
    // ("The African Union, for its part, suspended Niger in August", "The Arab League voted to suspend Syria")
    // ("Unasur, reunited also in Mendoza in the same day, suspended Paraguay too", "The Pacific Islands Forum, which suspended
    // Fiji in May 2009, ...": an aside, or the body's own relative clause, between the body and its verb)
    private static final Pattern SUSPENDED_STATES = Pattern.compile("\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:,\\s*(?:for (?:its|their) part|in (?:its |their )?turn|meanwhile|too|however)\\s*,\\s*"
            + "|,\\s*which\\s+|,(?! which\\b)[^,;.]{3,80},\\s*)?"
            + "(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |(?:last|this) (?:week|month) )?"
            // "The Commonwealth said Tuesday it had partially suspended Gabon": the body reporting its own decision
            + "(?:(?:said|announced)(?: on)?(?: (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?(?: that)? it )?"
            + "(?:has |have |had )?(?:also |now |already |since |previously |earlier |then )?"
            + "(?:partially |partly |temporarily |formally |fully |indefinitely |immediately )?"
            + "(?:suspended|(?:voted|decided|agreed|moved) to suspend)\\s+(?:the\\s+)?");
    private static final Pattern FROM_BODY = Pattern.compile("\\s+from\\s+(?:the\\s+)?");
    /** What may follow the states suspended: the end of the clause, or when, why and from what. */
    private static final Pattern AFTER_SUSPENDED = Pattern.compile("\\s*(?:(?:too|also|as well|again)\\s*)?(?:$|[.,;:)\u2013\u2014]|-\\s|(?:from|over|after|following|in|on|for|until|since|pending|as)\\b)");

    /** A body's verb of readmission, anywhere after it in the clause: "ECCAS had lifted its sanctions and reintegrated Gabon". */
    // ("In 1992, ECO took in Afghanistan and six former Soviet republics - Azerbaijan, ...": a body taking states in)
    private static final Pattern READMITTED_STATES = Pattern.compile("\\b(?:reintegrated|readmitted|re-admitted|reinstated|took in|takes in)\\s+(?:the\\s+)?");
    /** " and six former Soviet republics - ": a counted group after the first states taken in, its states after a dash or colon. */
    private static final Pattern AND_COUNTED_GROUP = Pattern.compile("\\s+and\\s+(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+[^.;:\u2013\u2014]{0,40}?"
            + "(?:\\s+-\\s+|\\s*[\u2013\u2014:]\\s*)(?:the\\s+)?");

    /**
     * "ECOWAS has also suspended Mali and Guinea", "The bloc suspended Niger after the coup": the subject body suspends
     * the states right after its verb; "ECCAS ... reintegrated Gabon": it takes them back; "ECO took in Afghanistan and six former
     * Soviet republics - ...": it takes them in. True when it did.
     */
    private static boolean bodySuspendsStates(SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        String lower = clause.masked(v.lower());
        boolean suspends = lower.contains("suspended ") || lower.contains("to suspend ");
        if (!suspends && !lower.contains("re-admitted") && !lower.contains("reintegrated") && !lower.contains("readmitted")
                && !lower.contains("reinstated") && !lower.contains("took in ") && !lower.contains("takes in ")) {
            return false;
        }
        Mention body = null;
        int verbAt = -1;
        if (suspends && clause.startsRelative(v.text())) {
            // "The Pacific Islands Forum, which suspended Fiji in May 2009, has yet to ...": the body the relative clause is about
            for (Mention m : v.mentions()) {
                int length = m.isOrganization() && !m.isProgramme() && !m.isPossessive() && m.end() <= clause.start()
                        && clause.start() - m.end() <= 2 ? Regions.lengthAt(SUSPENDED_STATES, v.lower(), m.end()) : 0;
                if (length > 0) {
                    body = m;
                    verbAt = m.end() + length;
                }
            }
        }
        for (Mention m : body != null ? List.<Mention>of() : clause.mentions(v)) {
            if (m.isOrganization() && !m.isProgramme() && !m.isPossessive()) {
                if (suspends) {
                    int length = Regions.lengthAt(SUSPENDED_STATES, v.lower(), m.end());
                    if (length > 0) {
                        body = m;
                        verbAt = m.end() + length;
                    }
                } else {
                    Matcher readmitted = READMITTED_STATES.matcher(v.lower()).region(m.end(), clause.end());
                    if (readmitted.find()) {
                        body = m;
                        verbAt = readmitted.end();
                    }
                }
                break;
            }
            if (m.isState()) {
                return false; // "Mali's junta said ECOWAS had suspended ...": the body must open the clause
            }
        }
        if (body == null) {
            return false;
        }
        List<Mention> states = new ArrayList<>(Gaps.listedFrom(v, verbAt, MembershipExtractor::isNamedState));
        int more = states.isEmpty() ? -1 : Regions.lengthAt(AND_COUNTED_GROUP, v.lower(), states.get(states.size() - 1).end());
        if (more > 0) {
            states.addAll(Gaps.listedFrom(v, states.get(states.size() - 1).end() + more, MembershipExtractor::isNamedState));
        }
        if (states.isEmpty() || states.get(0).start() != verbAt
                || !AFTER_SUSPENDED.matcher(v.lower()).region(states.get(states.size() - 1).end(), v.lower().length()).lookingAt()) {
            return false; // "suspended Russia's gas supplies", "suspended talks with Mali"
        }
        // "The General Assembly has voted to suspend Russia from the UN Human Rights Council": the body named after "from"
        Matcher from = FROM_BODY.matcher(v.lower()).region(states.get(states.size() - 1).end(), v.lower().length());
        if (from.lookingAt()) {
            Mention named = clause.mentions(v).stream().filter(m -> m.isOrganization() && !m.isProgramme() && m.start() == from.end()).findFirst().orElse(null);
            body = named != null ? named : body;
        }
        for (Mention state : states) {
            out.add(new Candidate<>(membership(state.code(), body.code(), suspends ? MembershipStatus.SUSPENDED : MembershipStatus.MEMBER), v, 0.7));
        }
        return true;
    }

    /** "became the 19th country to adopt the euro", "Estonia adopted the euro in 2011": a member of the euro area. */
    // (not "gave final approval for Croatia to adopt the euro on 1 January 2023": not yet done)
    private static final Pattern ADOPTS_THE_EURO = Pattern.compile("(?:\\b(?:adopted|switched to|introduced)|\\bbec(?:ame|omes) the [\\p{L}\\d-]+ (?:country|state|member|nation)"
            + " to adopt) the euro\\b(?!\\s+(?:as|zone|area)\\b)");
    private static final String EURO_AREA = "EUROZONE";

    /** The states that open a clause adopting the euro join the euro area. True when the clause says so. */
    private static boolean adoptsTheEuro(SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        String lower = clause.masked(v.lower());
        if (!lower.contains("the euro")) {
            return false;
        }
        Matcher adopts = ADOPTS_THE_EURO.matcher(lower);
        if (!adopts.find() || Words.negated(lower) || Words.hedged(lower.substring(0, adopts.start()))) {
            return false;
        }
        int cueStart = clause.start() + adopts.start();
        boolean any = false;
        for (Mention m : clause.mentions(v)) {
            if (m.end() <= cueStart && m.isState() && m.canAct() && !m.isPossessive() && !m.isAdjective() && !m.isStateActor() && !m.temporal) {
                out.add(new Candidate<>(membership(m.code(), EURO_AREA, MembershipStatus.MEMBER), v, 0.7));
                any = true;
            }
        }
        return any;
    }

    /** "welcomes Indonesia as a full member and Belarus, Bolivia ... as partner countries": a status after each list. */
    private static final Pattern AS_STATUS = Pattern.compile("\\bas (?:an? |the )?(?:[\\p{L}-]+(?:'s|\u2019s) )?(?:new |newest |latest )?(?:full(?:-fledged)? )?(members?|partner countries|partner country|partners?"
            + "|observers?|observer states?|dialogue partners?)\\b");

    /**
     * Two or more "LIST as STATUS" in one clause: each list gets its own status, with the organization of the clause (or the
     * one the article is about). True when it did, and the clause says nothing else about membership.
     */
    private boolean statusesByAs(DocumentAnalysis doc, SentenceView v, Clause clause, List<Candidate<Membership>> out) {
        String lower = clause.masked(v.lower());
        if (!lower.contains(" as ")) {
            return false;
        }
        Matcher m = AS_STATUS.matcher(lower);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        if (found.size() < 2) {
            return false;
        }
        Mention org = null;
        for (Mention x : clause.mentions(v)) {
            if (x.isOrganization() && !x.isProgramme() && !x.qualifier && x.canAct()) {
                org = x;
                break;
            }
        }
        if (org == null) {
            org = doc.topicOrganization(v.index(), clause.start() + found.get(0)[0]);
        }
        if (org == null) {
            return false;
        }
        boolean any = false;
        for (int[] f : found) {
            int at = clause.start() + f[0];
            Set<String> listed = new LinkedHashSet<>();
            int pos = at;
            for (int i = v.mentions().size() - 1; i >= 0; i--) {
                Mention x = v.mentions().get(i);
                if (x.end() > pos || x.start() < clause.start()) {
                    continue;
                }
                if (!x.isState() || !Gaps.isListGap(v.text(), x.end(), pos)) {
                    break;
                }
                listed.add(x.code());
                pos = x.start();
            }
            String noun = AS_BEFORE_STATUS_NOUN.matcher(lower.substring(f[0], f[1])).replaceFirst("");
            MembershipStatus status = listedStatus(noun, org.code(), doc);
            for (String code : listed) {
                out.add(new Candidate<>(membership(code, org.code(), status), v, 0.7));
                any = true;
            }
        }
        return any;
    }

    /** "a NATO member and an EU candidate country": each status named with its organization. */
    private static final Pattern STATUS_WITH_ORG = Pattern.compile("\\b(?:an?|the|and) (?:[\\p{L}\\d-]+ ){1,3}?(member|candidate|observer|applicant)"
            + "(?: (?:country|state|nation))?\\b");

    /** "... and the member of BRICS": a status coordinated with the stated one, its organization written after it. */
    private static final Pattern AND_STATUS_OF = Pattern.compile("\\band (?:(?:also|later|then|since) )?(?:an?|the) (?:full(?:-fledged)? )?"
            + "(member|candidate|observer|applicant)(?: state| country)? (?:of|in|to) (?:the )?$");

    /**
     * "Türkiye, itself a NATO member and an EU candidate country, supported ...": the statuses the clause names besides the
     * one its cue stated, each with the organization written inside it, for the same members.
     */
    private static void otherStatusesOfTheSame(SentenceView v, Clause clause, String lower, Hit hit, Set<String> members,
            List<Candidate<Membership>> out) {
        if (members.isEmpty() || !lower.contains(" and ")) {
            return;
        }
        Matcher m = STATUS_WITH_ORG.matcher(lower);
        while (m.find()) {
            if (m.start() < hit.end() && hit.start() < m.end()) {
                continue; // the cue's own statement
            }
            int from = clause.start() + m.start();
            int to = clause.start() + m.end();
            Mention body = null;
            for (Mention x : v.mentions()) {
                if (x.isOrganization() && !x.isProgramme() && x.start() >= from && x.end() <= to) {
                    body = x;
                }
            }
            if (body == null || !(lower.startsWith(" and ", m.start() - 5) || lower.startsWith(" and ", m.end()) || lower.startsWith("and ", m.start()))
                    || Regions.lengthAt(TITLES_STATE_AFTER, v.text(), body.end()) > 0) {
                continue; // only statuses coordinated with the stated one (not "and EU member Romania": Romania's title)
            }
            MembershipStatus status = statusNamed(m.group(1));
            addForStates(members, body.code(), status, v, out);
        }
        for (Mention body : clause.mentions(v)) {
            int from = body.start() - 40;
            if (!body.isOrganization() || body.isProgramme() || body.start() < clause.start() + hit.end() || from < clause.start()) {
                continue;
            }
            Matcher after = AND_STATUS_OF.matcher(v.lower()).region(from, body.start()).useTransparentBounds(true);
            if (after.find() && !ORGAN_WRITTEN.matcher(v.text()).region(body.start(), body.end()).find()) {
                // (not "and a member of the European Commission": a person on the body's organ)
                addForStates(members, body.code(), statusNamed(after.group(1)), v, out);
            }
        }
    }

    private static MembershipStatus statusNamed(String noun) {
        return switch (noun) {
            case "candidate" -> MembershipStatus.CANDIDATE;
            case "observer" -> MembershipStatus.OBSERVER;
            case "applicant" -> MembershipStatus.APPLICANT;
            case "suspended" -> MembershipStatus.SUSPENDED;
            default -> MembershipStatus.MEMBER;
        };
    }

    private static void addForStates(Set<String> members, String body, MembershipStatus status, SentenceView v,
            List<Candidate<Membership>> out) {
        for (String member : members) {
            if (!org.pactum.model.Countries.isAlpha3(member)) {
                continue; // "a NATO member and an EU candidate": the EU named there is the body, not a member
            }
            out.add(new Candidate<>(membership(member, body, status), v, 0.6));
        }
    }

    /** The state that opens sentence {@code index} as its subject ("Proceeding from its neutral status, Turkmenistan does ..."), or null. */
    /** The founding verb ending at {@code cueEnd} is followed by its founders ("founded in Minsk in 1991 by ..."). */
    /**
     * The states the sentence before is about, for a "they" opening this one: those it names (two or more), or those its
     * counted subject stands for ("The three juntas, which seized power ..., accuse ECOWAS ...").
     */
    private static Set<String> statesOfSentenceBefore(DocumentAnalysis doc, int index) {
        if (index == 0) {
            return Set.of();
        }
        SentenceView before = doc.sentences().get(index - 1);
        Set<String> named = new LinkedHashSet<>();
        before.mentions().stream().filter(m -> m.isState() && m.canAct() && !m.isAdjective() && !m.isSlip()).forEach(m -> named.add(m.code()));
        if (named.size() >= 2) {
            return named;
        }
        Matcher counted = COUNTED_STATES.matcher(before.lower());
        if (counted.find() && (counted.start() == 0 || Regions.matches(SHORT_OPENING, before.lower(), 0, counted.start()))) {
            // ("In January, the three countries formally left ECOWAS": a short phrase of time first)
            String n = counted.group(1) != null ? counted.group(1) : counted.group(2);
            return doc.countedStates(index - 1, Words.count(n));
        }
        return Set.of();
    }

    private static final Pattern ADMITTED_WORD = Pattern.compile("admitted|(?:re)?join(?:ed|s)?|(?:was|were) accepted");
    /** "Thirteen non-Arctic states are observers.", "Nine countries have observer status.": a class of states, none named. */
    private static final Pattern STATUS_CLASS = Pattern.compile("^\\W*(?:[\\p{L}\\d-]+\\s+){1,3}?(?:states|countries|nations|governments)\\s+"
            + "(?:(?:currently|now|also)\\s+)?(?:are|have|hold|enjoy)\\s+(?:the\\s+)?(?:status\\s+of\\s+)?(?:an?\\s+)?"
            + "(observer|dialogue partner|partner|candidate)s?\\b");

    /**
     * The status the paragraph's sentence before (or the one before that, when it too only admitted states) gave a class of
     * states it named none of ("Thirteen non-Arctic states are observers."), or null.
     */
    private static MembershipStatus statusOfClassBefore(DocumentAnalysis doc, SentenceView v) {
        for (int i = v.index() - 1; i >= Math.max(0, v.index() - 2); i--) {
            SentenceView before = doc.sentences().get(i);
            if (before.sentence().block() != v.sentence().block()) {
                return null;
            }
            Matcher m = STATUS_CLASS.matcher(before.lower());
            if (m.find()) {
                if (before.mentions().stream().anyMatch(x -> x.isState() && !x.isAdjective())) {
                    return null;
                }
                return switch (m.group(1)) {
                    case "dialogue partner" -> MembershipStatus.DIALOGUE_PARTNER;
                    case "partner" -> MembershipStatus.PARTNER;
                    default -> statusNamed(m.group(1));
                };
            }
            if (!before.lower().contains("admitted") && !before.lower().contains("joined")) {
                return null;
            }
        }
        return null;
    }

    /** "left in August 2018", "withdrew in 2019": a departure dated right after the verb, with nothing left named. */
    private static final Pattern LEFT_WHEN = Pattern.compile("\\s+(?:in|on)\\s+(?:(?i:" + DateFinder.MONTH_NAME + ")\\s+)?(?:\\d{1,2},?\\s+)?\\d{4}\\b");
    private static final Pattern BOTH_ALONE = Pattern.compile("\\W*both\\s+(?:are|were|have|had|also|remain|remained|joined|became)\\b");
    private static final Pattern SHORT_OPENING = Pattern.compile("(?:[\\p{L}\\d]+\\s+){0,3}[\\p{L}\\d]+,\\s+");
    private static final Pattern THEY_OPENING = Pattern.compile("\\W*they\\s+(?:\\p{Ll}+\\s+){0,2}?(?:left|quit|joined|rejoined|withdrew|applied|became|are|were|have|had)\\b");
    // ("On Wednesday their withdrawal from ECOWAS formally took effect": a short time phrase first)
    private static final Pattern THEIR_DEPARTURE = Pattern.compile("\\W*(?:(?:on|in|last|this) [\\p{L}\\d]+(?: \\d{1,4})?,?\\s+)?their\\s+(?:formal\\s+|official\\s+)?"
            + "(?:withdrawal|exit|departure)\\b");
    private static final Pattern ALL_OF_THEM = Pattern.compile("\\W*(?:all|both|each) of (?:them|these|those)\\b(?!\\s+(?:bodies|organi[sz]ations|groups|blocs))");
    private static final Pattern THEY_FOUNDED = Pattern.compile("\\W*they\\s+(?:\\p{Ll}+\\s+){0,2}?(?:formed|founded|co-founded|created|established|set up|launched)\\b");

    /**
     * "... plus Iceland, Liechtenstein, Norway and Switzerland, which are not in the EU": a relative clause after the
     * state's list denies it the body.
     */
    private static boolean deniedAfter(SentenceView v, String member, Mention org) {
        for (Mention m : v.mentions()) {
            if (!m.code().equals(member)) {
                continue;
            }
            int pos = m.end();
            for (Mention next : v.mentions()) { // to the end of the list the state stands in
                if (next.start() >= pos && next.isState() && Gaps.isListGap(v.text(), pos, next.start())) {
                    pos = next.end();
                }
            }
            Matcher denied = NOT_IN_AFTER.matcher(v.lower()).region(pos, v.lower().length());
            if (denied.lookingAt() && v.mentions().stream().anyMatch(o -> o.code().equals(org.code()) && o.start() == denied.end())) {
                return true;
            }
        }
        return false;
    }

    /** "23 of the 27 EU member states plus Iceland, Liechtenstein, Norway and Switzerland": counted with the members, not among them. */
    private static boolean addedToMembers(SentenceView v, String member, Mention org) {
        for (Mention m : v.mentions()) {
            if (!m.code().equals(member) || !m.isState()) {
                continue;
            }
            int start = listStart(v, m.start(), null);
            int orgEnd = org.end();
            if (orgEnd <= start && start - orgEnd <= 40 && MEMBERS_PLUS_BEFORE.matcher(v.lower()).region(orgEnd, start).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the list of states that goes on to {@code start} begins ("Thailand, Vietnam and Laos": Thailand's start); the
     * states before {@code start} on it are added to {@code listed} when given.
     */
    private static int listStart(SentenceView v, int start, Set<String> listed) {
        for (int i = v.mentions().size() - 1; i >= 0; i--) {
            Mention prev = v.mentions().get(i);
            if (prev.end() <= start && prev.isState() && Gaps.isListGap(v.text(), prev.end(), start)) {
                if (listed != null) {
                    listed.add(prev.code());
                }
                start = prev.start();
            }
        }
        return start;
    }

    private static final Pattern MEMBERS_PLUS_BEFORE = Pattern.compile("\\s+(?:member states|member countries|members|states)\\s+(?:plus|as well as|and also|and)\\s+(?:the\\s+)?");

    private static final Pattern NOT_IN_AFTER = Pattern.compile(",\\s*(?:which|who|that) (?:are|is|were|was) not (?:in|members? of|part of|a member of)\\s+(?:the\\s+)?");

    /** The states after "unlike" before {@code cueStart} in the sentence ("unlike Russia, Azerbaijan is not a member"). */
    private static Set<String> contrastedStates(SentenceView v, int cueStart) {
        Matcher unlike = UNLIKE.matcher(v.lower()).region(0, cueStart);
        Set<String> out = new LinkedHashSet<>();
        if (unlike.find()) {
            int comma = v.text().indexOf(',', unlike.end());
            int end = comma < 0 || comma > cueStart ? unlike.end() : comma;
            v.mentions().stream().filter(m -> m.start() >= unlike.end() && m.end() <= end && m.isState() && m.canAct())
                    .forEach(m -> out.add(m.code()));
        }
        return out;
    }

    private static final Pattern UNLIKE = Pattern.compile("\\bunlike\\s+");

    private static boolean foundersFollow(SentenceView v, int cueEnd) {
        return Regions.matches(THEN_BY, v.lower(), cueEnd, Math.min(v.text().length(), cueEnd + 200));
    }

    /** "(UMA), ": what stands between a body and the participle in apposition to it. */
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*(?:\\([^)]{1,12}\\)\\s*)?,\\s*");

    /** The body a founding participle stands in apposition to ("The Union of the Arab Maghreb (UMA), founded ..."), or none. */
    private static List<Mention> organizationInApposition(SentenceView v, int cueStart) {
        for (Mention m : v.mentions()) {
            if (m.isOrganization() && !m.isProgramme() && m.end() <= cueStart && Regions.matches(APPOSITION_GAP, v.text(), m.end(), cueStart)) {
                return List.of(m);
            }
        }
        return List.of();
    }

    /**
     * ", founded at Marrakesh in February 1989 with ": the founders follow "with", and no "by" names them; a comma only right
     * before ("a founding member of the Pacific Alliance, with Colombia, ...", "founded in 1910 and the oldest customs union in
     * the world, together with Botswana, ..."; not "The GCC, founded in 1981, already has agreements with ...").
     */
    private static final Pattern FOUNDED_WITH = Pattern.compile("(?:(?!\\sby\\s)[^.;,]){0,60}?,?\\s(?:together\\s+)?with\\s+(?:the\\s+)?");
    private static final Pattern FOUNDED_BY = Pattern.compile("[^.;,]{0,60}?\\sby\\s+(?:the\\s+)?");

    /** The states the founding participle's own phrase lists after "by" ("founded in 1975 by Nigeria and Togo"). */
    private static Set<String> listedAfterBy(SentenceView v, int cueEnd) {
        Matcher by = FOUNDED_BY.matcher(v.text()).region(cueEnd, v.text().length());
        Set<String> out = new LinkedHashSet<>();
        if (by.lookingAt()) {
            Gaps.listedFrom(v, by.end(), m -> m.isState() && m.canAct() && !m.isAdjective()).forEach(m -> out.add(m.code()));
        }
        return out;
    }

    /**
     * "The Union of the Arab Maghreb (UMA), founded at Marrakesh in February 1989 with Libya, Mauritania, Morocco and Tunisia"
     * in a profile of Algeria: those listed after "with", and the state the article is about; else an empty set.
     */
    private static Set<String> foundedWithTheFocus(DocumentAnalysis doc, SentenceView v, int cueEnd) {
        Matcher with = FOUNDED_WITH.matcher(v.text()).region(cueEnd, v.text().length());
        String self = with.lookingAt() ? doc.epithetState(v.index()) : null;
        Set<String> out = new LinkedHashSet<>();
        if (self != null) {
            Gaps.listedFrom(v, with.end(), m -> m.isState() && m.canAct() && !m.isAdjective()).forEach(m -> out.add(m.code()));
        }
        if (!out.isEmpty() && !out.contains(self)) {
            out.add(self);
        }
        return out.size() >= 2 ? out : new LinkedHashSet<>();
    }

    /** "the New Development Bank established by the BRICS countries": founders follow "by", and none is a state. */
    private static boolean foundedByNoState(SentenceView v, Clause clause, int cueEnd) {
        if (!foundersFollow(v, cueEnd)) {
            return false;
        }
        // only the "by" phrase: "The bank, founded by the five original BRICS countries, also counts Bangladesh ... among its members"
        int by = v.lower().indexOf(" by ", cueEnd);
        if (by < 0) {
            by = v.lower().indexOf(" when ", cueEnd); // "founded in Cairo on March 22, 1945, when Egypt, Iraq, ... signed the Pact"
        }
        if (by < 0) {
            Matcher gathered = GATHERING.matcher(v.lower()).region(cueEnd, v.lower().length());
            by = gathered.find() ? gathered.start() : -1; // "..., bringing together Bangladesh, India, Sri Lanka and Thailand"
        }
        int comma = v.text().indexOf(',', by < 0 ? cueEnd : by);
        int end = comma < 0 ? clause.end() : Math.min(clause.end(), comma);
        return clause.mentions(v).stream().noneMatch(m -> m.start() >= cueEnd && m.end() <= end && m.isState());
    }

    /** What "left the" leaves when it is a body: "left the bloc", "left the 15-nation organisation". */
    private static final Pattern LEFT_BODY_NOUN = Pattern.compile("\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:organi[sz]ation|bloc|union|alliance|group|grouping"
            + "|community|commonwealth|association|forum|movement|league|cartel|club|court|council|treaty|pact|partnership|agreement|agency|body|bank)\\b");
    private static final Pattern INSTRUMENT_SUBJECT = Pattern.compile("(?i)\\W*(?:the|this|that)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}(?:deal|agreement|treaty"
            + "|accord|pact|memorandum|convention|protocol|charter|declaration)\\b");

    /** What is not the anaphor's head noun: "the 15-nation " before it, "'s" after it (compiled once: runs on every anaphor). */
    private static final Pattern ANAPHOR_HEAD_AROUND = Pattern.compile("^the (?:\\d{1,3}-[a-z]+ )?|'s?$");

    /** "the union", "the alliance": the organization named last whose name says so, else the one named last. */
    private static Mention anaphoricOrganization(DocumentAnalysis doc, SentenceView v, Clause clause, Matcher anaphor, int cueStart) {
        String head = ANAPHOR_HEAD_AROUND.matcher(anaphor.group()).replaceAll("");
        if (head.equals("it") && v.index() > 0 && INSTRUMENT_SUBJECT.matcher(doc.sentences().get(v.index() - 1).text()).lookingAt()) {
            return null; // "The nuclear deal ... was concluded in Vienna ... The US withdrew from it in May 2018": the deal
        }
        int at = clause.start() + anaphor.start();
        int end = clause.start() + anaphor.end();
        boolean partOfName = v.mentions().stream().anyMatch(m -> m.isOrganization() && m.start() < end && at < m.end()); // "the Union State"
        // ("the Forum" fifteen sentences after the Pacific Islands Forum was named: only a body so called is meant, however far back)
        Mention named = (KIND_HEADS.contains(head) || STRICT_KIND_HEADS.contains(head)) && !partOfName
                ? doc.lastOrganizationCalled(v.index(), cueStart, STRICT_KIND_HEADS.contains(head) ? v.index() : 3, head) : null;
        if (named == null && KIND_HEADS.contains(head) && !partOfName) {
            // "The Council was founded on May 5, 1949" five sentences after the Council of Europe was named: the article's body
            // when its name has the word
            Mention topic = doc.topicOrganization(v.index(), cueStart);
            String name = topic == null || topic.entity().name() == null ? "" : topic.entity().name().toLowerCase(java.util.Locale.ROOT)
                    .replace("organisation", "organization");
            if (name.contains(head.replace("organisation", "organization")) && !isOrgan(topic)) {
                named = topic;
            }
        }
        if (named == null && GROUP_HEADS.contains(head)) {
            // "South Africa was the only African member of the grouping": a group named as one ("G20", "Group of Seven")
            Mention group = doc.lastOrganization(v.index(), cueStart, 3, m -> GROUP_NAMED.matcher(m.code()).matches()
                    || m.entity().name() != null && m.entity().name().startsWith("Group of"));
            if (group == null) {
                // "Brazil, which holds the BRICS chair this year, announced that Vietnam had become the group's 10th partner
                // country": a group named earlier in the sentence, even in a relative clause
                group = v.mentions().stream().filter(m -> m.isOrganization() && m.end() <= cueStart && GROUP_NAMED.matcher(m.code()).matches())
                        .reduce((first, second) -> second).orElse(null);
            }
            if (group != null) {
                return group;
            }
            // "welcomed Sri Lanka and Senegal as the group's newest partner countries": the grouping the article is about
            // (a council named in passing is no group)
            Mention topic = doc.topicOrganization(v.index(), cueStart);
            if (topic != null && !ORGANS.matcher(topic.entity().name() == null ? "" : topic.entity().name()).find()) {
                Mention last = referredOrganization(doc, v, cueStart);
                if (last == null || ORGANS.matcher(last.entity().name() == null ? "" : last.entity().name()).find()) {
                    return topic;
                }
                return last;
            }
        }
        if (named != null && head.equals("council") && isOrgan(named)) {
            named = null; // "The Council also launched the procedure" after the SCO's Council of Heads of State: the body it belongs to
        }
        // "a member of the bank": only an organization whose name says so (a bank may be a company)
        return named != null || STRICT_KIND_HEADS.contains(head) ? named : referredOrganization(doc, v, cueStart);
    }

    /** "part of the EU's North Sea-Baltic corridor": the organization owns the thing named, the status is not in it. */
    private static final Pattern BACKING_AFTER = Pattern.compile("\\s+(?:support|help|backing|assistance|funding|financing)\\b");
    private static final Pattern WITH_BEFORE = Pattern.compile("(?s).*\\bwith\\s+(?:the\\s+)?$");

    /** "launched with ADB support in 1992 by six countries": the body that backs what the clause is about. */
    private static boolean backsSomethingElse(SentenceView v, Mention org) {
        return Regions.lengthAt(BACKING_AFTER, v.text(), org.end()) > 0
                && Regions.matches(WITH_BEFORE, v.lower(), Math.max(0, org.start() - 12), org.start());
    }

    private static boolean ownsSomethingElse(Mention org) {
        return org.isPossessive() && !MEMBERSHIP_NOUNS.contains(org.possessed()) && !org.possessed().startsWith("member")
                && !ROSTER_NOUNS.contains(org.possessed());
    }

    /** "remain on NATO's list of aspirant countries": the body's own roster names its members, applicants or partners. */
    private static final Set<String> ROSTER_NOUNS = Set.of("list", "roster", "ranks");

    /** "demanded by", "blocked by": the state after it acts on something, it is not the clause's member. */
    /** ("demanded by Bulgaria and Romania": every state of the agent's list, up to the one at hand). */
    private static final String AGENT_LIST_SO_FAR = "(?:[\\p{L}' -]{1,30}?(?:,|\\band) (?:the )?)?";
    private static final Pattern AGENT_OF_PASSIVE = Pattern.compile(".*\\b(?!(?:admitted|accepted|invited|founded|established|created|formed|signed|joined|followed|launched)\\b)\\p{Ll}{3,}(?:ed|en) by (?:the )?" + AGENT_LIST_SO_FAR);
    /** "the security grouping led by China and Russia": its leaders, members but not of another status (an observer's clause). */
    private static final Pattern LED_BY = Pattern.compile(".*\\bled by (?:the )?" + AGENT_LIST_SO_FAR);
    /** "Azerbaijan's application ... has not been approved": still an applicant, the refusal is the organization's. */
    private static final Pattern NOT_APPROVED = Pattern.compile("\\b(?:has|have|had|was|were|is|are)\\s+not\\s+(?:yet\\s+)?(?:been\\s+)?(?:approved|accepted|granted|decided)\\b");
    /** "it has not formally left the bloc": a departure denied right before its verb. */
    private static final Pattern NOT_RIGHT_BEFORE = Pattern.compile(".*\\b(?:not|never|n't)\\s+(?:\\p{Ll}+ly\\s+)?(?:been\\s+|to\\s+)?"); // ("decided not to suspend Gabon")
    private static final Pattern BE_IN_CUE = Pattern.compile(MembershipCues.BE_IN_VERB);
    /** Between two organizations of one status: "(IGAD) and of the", " since 1999 and of the" (each with its own date). */
    // ("joined ASEAN in July 1995, APEC in 1998 and the WTO in January 2007": each body with its own date)
    private static final Pattern MORE_ORGANIZATIONS = Pattern.compile("\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:\\s(?:since|in|from) (?:" + DateFinder.MONTH_NAME
            + " (?:\\d{1,2},? )?)?\\d{4}\\s*)?,?\\s*(?:and|&|or|nor)?\\s*(?:of|in|to)?\\s*(?:the\\s+)?");
    /** "EU and NATO " right before "member states": bodies joined by "and", the last one touching the cue. */
    private static List<Mention> conjoinedRightBefore(List<Mention> orgs, String text, int cueStart) {
        List<Mention> out = new ArrayList<>();
        int end = cueStart;
        for (int i = orgs.size() - 1; i >= 0; i--) {
            Mention o = orgs.get(i);
            if (o.end() > end) {
                continue;
            }
            Pattern gap = out.isEmpty() ? SPACE_ONLY : AND_ARTICLE;
            if (!Regions.matches(gap, text, o.end(), end)) {
                break;
            }
            out.add(0, o);
            end = o.start();
        }
        return out;
    }

    private static final Pattern SPACE_ONLY = Pattern.compile("\\s+");
    private static final Pattern AND_ARTICLE = Pattern.compile("\\s+and\\s+(?:an?\\s+|the\\s+)?");

    /** Heads naming a grouping of states, never one of its organs. */
    private static final Set<String> GROUP_HEADS = Set.of("group", "grouping", "bloc");
    /** Names of an organization's organs: "Security Council", "Parliamentary Assembly", "Commission". */
    private static final Pattern ORGANS = Pattern.compile("\\b(?:Security Council|Peace and Security Council|Supreme Council|Council of Ministers|Assembly|Commission|Court"
            + "|Secretariat|Parliament)\\b");
    /** Kind nouns that are also the head of organizations' names ("the union": the Eurasian Economic Union). */
    private static final Set<String> KIND_HEADS = Set.of("union", "alliance", "community", "association", "organization", "organisation", "council");
    /** Kind nouns that refer only to an organization whose name has them ("the bank": the New Development Bank; "the agency": the IEA). */
    private static final Set<String> STRICT_KIND_HEADS = Set.of("bank", "commonwealth", "forum", "conference", "initiative", "movement", "agency");
    private static final Pattern FOUNDERS_LISTED = Pattern.compile("\\bthe (?:original |first )?(?:founding members|founders)\\s*(?:,|(?:were|are|included|include)\\b)"); // ("The founding members were A, B ...")
    // ("The SCO, which brings together China, Russia, India, ...": a relative clause about the body before it)
    private static final Pattern MADE_UP_OF_OPENING = Pattern.compile("^\\W*(?:made up of|composed by|which (?:brings together|groups|unites|comprises|includes|consists of|(?:it|they) shares? with))\\b");
    /** "the OTS, whose members include ...", "the OTS, which comprises A, B and C": the organization the clause hangs on. */
    private static final Pattern WHOSE = Pattern.compile("^\\W*(?:whose (?:\\d{1,2} |[a-z]+ )?(?:members|member states|membership)|which (?:now |currently |also |already )?"
            + "(?:comprises|includes|unites|brings together|consists of|groups|(?<plural>comprise|include|unite|bring together)))\\b");
    /** " and the ": two bodies coordinated before a relative clause whose verb is plural. */
    private static final Pattern AND_THE = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
    /** "the union comprises", "Currently, its member states are": the organization talked about is the subject. */
    private static final Pattern ORG_SUBJECT = Pattern.compile("^\\W*(?:(?:and|but|while|whereas)\\s+)?(?:(?:today|now|currently|at present|until today|until now|to date|so far)\\s*,?\\s+)?"
            + "(?:[\\p{L}]+,\\s*)?(?:(?:the|this) (?:\\d{1,3}-(?:member|nation|country) )?(?:union|bloc|alliance|organi[sz]ation|group|grouping|community"
            + "|commonwealth|forum|movement|association|council|initiative)(?:'s|\u2019s)?|its|their|it|the(?=\\s+(?:current|present|full|permanent)\\s))(?:\\s+(?:current|present|other|original|full|permanent|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|\\p{L}+teen)){0,2}(?:\\s+(?:now|currently|today|still|already|also))?"
            // "The 18-member Forum, founded in 1971 as the South Pacific Forum, includes ..."
            + "(?:,\\s+(?:founded|established|created|set up|formed)\\b[^,;]{1,80},)?\\s+$"); // "Its current members are ...", "The organisation now comprises"

    private static final Pattern INSTRUMENT_NOUN = Pattern.compile("\\b(?:treaty|agreement|accord|convention|deal|pact|protocol)\\b");
    private static final Pattern ADMITTING_CUE = Pattern.compile("(?:re)?admit(?:ted|s|ting)?\\b");
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(".*\\b(?:was|were|is|are|be|been|being|get|got)\\s+(?:\\p{L}+ly\\s+|also\\s+)?$");

    /** "the G20 admitted the African Union": a cue whose subject admits the one after (not "the AU was admitted to the G20"). */
    private static boolean admitsOthers(SentenceView v, int cueStart, int cueEnd) {
        return ADMITTING_CUE.matcher(v.lower()).region(cueStart, cueEnd).lookingAt()
                && !Regions.matches(PASSIVE_BEFORE, v.lower(), Math.max(0, cueStart - 30), cueStart);
    }

    private static final Pattern APPOSITION_HEAD = Pattern.compile("\\W*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3},\\s+(?:itself\\s+|also\\s+)?an?\\s+(?:[\\p{L}\\d-]+\\s+){0,3}");

    private static final Pattern KIND_BEFORE_RELATIVE = Pattern.compile(".*\\bthe (union|bloc|alliance|organi[sz]ation|grouping|community|group)\\s*$");

    private static final Pattern KIND_NOUN = SearchPatterns.startingWith("t", "\\bthe (?:[\\p{L}-]+ )?(?:bloc|group|grouping|union|alliance|organi[sz]ation)\\b");

    /**
     * How far back the organization under discussion may have been named: two sentences, or further while the
     * sentences between refer to it by its kind ("the group invited ...", "membership of the bloc").
     */
    private static int anaphorWindow(DocumentAnalysis doc, int index) {
        int window = 2;
        for (int i = index - 1; i >= Math.max(0, index - 4); i--) {
            if (KIND_NOUN.matcher(doc.sentences().get(i).lower()).find()) {
                window = index - i + 2;
            }
        }
        return window;
    }

    /** "joining the founders Brazil, Russia ...", "Algeria joins Bangladesh and Egypt": those are in already. */
    private static final Pattern JOINING_STATES = SearchPatterns.startingWith("j", "\\bjoin(?:ing|s|ed)?\\s+(?:the\\s+)?(founders?\\s+|founding members?\\s+|(?:existing\\s+|current\\s+|other\\s+)?members?\\s+)?");

    private static void existingMembers(DocumentAnalysis doc, SentenceView v, Clause clause, String lower, List<Mention> orgs,
            Set<String> members, List<Candidate<Membership>> out) {
        if (!lower.contains("join")) {
            return;
        }
        Matcher j = JOINING_STATES.matcher(lower);
        while (j.find()) {
            int pos = clause.start() + j.end();
            Set<String> listed = new LinkedHashSet<>();
            for (Mention m : clause.mentions(v)) {
                if (m.end() <= pos) {
                    continue;
                }
                if (!Gaps.isListGap(v.lower(), pos, m.start()) || !m.isState()) {
                    break;
                }
                listed.add(m.code());
                pos = m.end();
            }
            if (listed.isEmpty()) {
                continue;
            }
            members.removeAll(listed);
            MembershipStatus status = j.group(1) != null && j.group(1).startsWith("found") ? MembershipStatus.FOUNDING_MEMBER
                    : MembershipStatus.MEMBER;
            for (Mention org : orgs) {
                for (String code : listed) {
                    out.add(new Candidate<>(membership(code, org.code(), status), v, 0.7));
                }
            }
        }
    }

    private static boolean applyingTo(SentenceView v, int cueStart, int cueEnd) {
        // "applied to the WTO", but not "applied to join BRICS in August 2024"
        return (v.lower().startsWith("applied to ", cueStart) || v.lower().startsWith("applies to ", cueStart))
                && !v.lower().startsWith("join", cueStart + "applied to ".length());
    }

    /** "its", "the alliance": the organization named last, else the one the article is about. */
    private static Mention referredOrganization(DocumentAnalysis doc, SentenceView v, int pos) {
        Mention league = leagueNamed(doc, v, pos);
        if (league != null) {
            // "The Arab Maghreb Union, created in 1989 by ... The league's reach also extends beyond the Arab world. Brazil, ...
            // hold observer status": the body "the league" names, not the last one named
            return league;
        }
        Mention o = doc.lastOrganization(v.index(), pos, 3, m -> !isOrgan(m)); // (not "the Peace and Security Council": an organ)
        return o != null ? o : doc.topicOrganization(v.index(), pos);
    }

    // ("Today the Community's 15 full members are ...": the Caribbean Community, not the Commonwealth named last)
    private static final Pattern THE_LEAGUE = Pattern.compile("\\bthe (league|community)\\b");

    /** The body "the league" or "the community" stands for, written in this sentence before {@code pos} or in the one before. */
    private static Mention leagueNamed(DocumentAnalysis doc, SentenceView v, int pos) {
        for (int i = v.index(); i >= 0 && i >= v.index() - 1; i--) {
            SentenceView s = doc.sentences().get(i);
            Matcher head = THE_LEAGUE.matcher(s.lower()).region(0, i == v.index() ? pos : s.lower().length());
            if (head.find()) {
                return doc.lastOrganizationCalled(i, i == v.index() ? pos : s.lower().length(), i, head.group(1)); // (named anywhere before)
            }
        }
        return null;
    }

    private static final Pattern BOTH_APPOSITION = Pattern.compile("\\s*,\\s*(?:both|the two)\\b");
    private static final Pattern THE_TWO_BEFORE_APPOSITION = Pattern.compile("\\W*(?:the two|both) (?:countries|states|nations|neighbou?rs|sides)\\s*");
    private static final Pattern APPOSITION_CUE = Pattern.compile(", " + MembershipCues.MEMBERS_IN_APPOSITION);
    private static final Pattern SUSPENDED_IN_APPOSITION = Pattern.compile("(?:all|both) suspended from");

    /** ", Montserrat, ": names the reference data does not hold as states (territories) go on a list. */
    private static final Pattern LIST_GAP_WITH_NAMES = Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'-]*)*)+"
            + "\\s*,?\\s*(?:and\\s+)?(?:the\\s+)?");

    /** "brings together the United States and 12 countries: Australia, Brunei, ...": a counted group, then its list. */
    private static final Pattern COUNTED_LIST_OPENS = Pattern.compile("\\s*,?\\s*and\\s+(?:\\d{1,3}|[a-z]+)\\s+(?:other\\s+)?(?:countries|nations|states|economies)"
            + "\\s*[:\u2014\u2013]\\s*(?:the\\s+)?");

    private static Set<String> members(DocumentAnalysis doc, SentenceView v, Clause clause, Hit hit, int cueStart, int cueEnd) {
        Set<String> members = new LinkedHashSet<>();
        if (hit.cue().kind() == Kind.COMPRISES) {
            // the list after the verb, up to its end ("made up of Chile, Colombia, Mexico and Peru, signed ... with Singapore")
            Mention previous = null;
            for (Mention m : clause.mentions(v)) {
                if (m.start() >= cueEnd && m.isState() && m.canAct() && !m.isPossessive() && !m.isAdjective() && !m.isStateActor()) {
                    if (previous == null && INSTRUMENT_NOUN.matcher(v.lower()).region(cueEnd, m.start()).find()) {
                        break; // "a commercial architecture that includes the Trade Promotion Agreement with the United States": no member
                    }
                    if (previous != null && !Gaps.isListGap(v.text(), previous.end(), m.start())
                            && !Regions.matches(LIST_GAP_WITH_NAMES, v.text(), previous.end(), m.start())
                            && !Regions.matches(COUNTED_LIST_OPENS, v.text(), previous.end(), m.start())) {
                        break;
                    }
                    members.add(m.code());
                    previous = m;
                }
            }
            return members;
        }
        // "Mali, Guinea and Burkina Faso, all suspended from Ecowas decision-making bodies ..., have sided with the Niger junta"
        boolean suspendedInApposition = cueStart >= 2 && v.lower().startsWith(", ", cueStart - 2)
                && SUSPENDED_IN_APPOSITION.matcher(v.lower()).region(cueStart, cueEnd).matches();
        if (hit.cue().kind() == Kind.PLAIN && (v.lower().startsWith(", ", cueStart) && APPOSITION_CUE.matcher(v.lower()).region(cueStart, cueEnd).matches()
                || suspendedInApposition)) {
            // "... framework agreements with Thailand and Vietnam, both of them Asean members": the list right before it
            int comma = suspendedInApposition ? cueStart - 2 : cueStart;
            Mention last = null;
            for (Mention m : v.mentions()) {
                if (m.end() <= comma && m.isState() && comma - m.end() <= 1) {
                    last = m;
                }
            }
            if (last != null) {
                members.add(last.code());
                int start = listStart(v, last.start(), members);
                // "with Malaysia and Cambodia and framework agreements with Thailand and Vietnam, all four of them": as many as counted
                int counted = Words.count(ALL_OR_THE_FIRST.matcher(v.lower().substring(comma + 2, cueEnd)).replaceFirst("").split(" ")[0]);
                for (int i = v.mentions().size() - 1; i >= 0 && members.size() < counted; i--) {
                    Mention prev = v.mentions().get(i);
                    if (prev.end() <= start && prev.isState() && !prev.isAdjective() && !prev.isStateActor()) {
                        members.add(prev.code());
                        start = prev.start();
                    }
                }
                return members;
            }
            if (Regions.matches(THE_TWO_BEFORE_APPOSITION, v.lower(), 0, comma) && !statePairBefore(doc, v).isEmpty()) {
                // "The two countries, both members of the Arab League, have also ...": the pair talked about before
                members.addAll(statePairBefore(doc, v));
                return members;
            }
        }
        List<Mention> inClause = new ArrayList<>(clause.mentions(v));
        List<Mention> relativeSubjects = new ArrayList<>();
        for (int[] h : clause.holes()) {
            // "The twelve founding members of NATO, including the United States, Canada ...": the examples are members too
            // (not after a second verb: "a member of the Council of Europe ... and took part in the EU's Eastern Partnership ...,
            // together with Ukraine": those took part in the other)
            if (h[0] >= clause.start() && INCLUDING_HOLE.matcher(v.lower().substring(h[0], h[1])).lookingAt()
                    && !(h[0] > cueEnd && SECOND_PREDICATE.matcher(v.lower()).region(cueEnd, h[0]).find())) {
                for (Mention m : v.mentions()) {
                    if (m.start() >= h[0] && m.end() <= h[1] && m.isState() && !m.isStateActor()) {
                        inClause.add(m);
                    }
                }
            }
        }
        boolean container = Regions.matchesFrom(CONTAINER_RELATIVE, v.lower(), clause.start()); // "ASEAN, in which Vietnam has been a member"
        if (!container && (clause.startsRelative(v.text()) || Regions.matchesFrom(STATUS_APPOSITION, v.text(), clause.start()))) {
            // "Ukraine, which applied for membership ...": the clause is about the states just before it
            List<Mention> before = relativeSubjects;
            int pos = clause.start();
            for (int i = v.mentions().size() - 1; i >= 0; i--) {
                Mention m = v.mentions().get(i);
                if (m.end() > pos) {
                    continue;
                }
                // "The European Union, which has been a full member of the G20": organizations too
                // ("The U.K., which formally left the EU": an abbreviation's full stop before the comma)
                int after = pos == clause.start() && v.text().startsWith(".", m.end()) ? m.end() + 1 : m.end();
                if (!Gaps.isListGap(v.text(), after, pos)
                        || !(m.isState() || standsForState(m) || m.isOrganization() && m.canAct() && !m.isEventContext())
                        || m.isOrganization() && before.stream().anyMatch(Mention::isState)) {
                    break; // "... the SCO and BRICS, and Azerbaijan, a dialogue partner of ...": the state, not the bodies before it
                }
                before.add(0, m);
                pos = m.start();
            }
            if (before.size() > 1 && CHAIR_CUE.matcher(v.lower()).region(cueStart, cueEnd).find()) {
                before.subList(0, before.size() - 1).clear(); // "..., Uganda and Uzbekistan, Russia, which chaired the bloc": one chair
            }
            inClause.addAll(0, before);
        }
        // "supports Azerbaijan's accession", "endorsed Indonesia's candidacy": the possessor is the one concerned
        for (Mention m : inClause) {
            if (quotedName(v.text(), m)) {
                continue; // the bill "On the Launch of the Process of Armenia's Accession to the European Union"
            }
            if (m.isState() && m.canAct() && m.isPossessive() && MEMBERSHIP_NOUNS.contains(m.possessed())
                    && (hit.cue().kind() == Kind.POSSESSED || Math.abs(cueStart - m.end()) <= 4 || m.possessed().equals("fellow"))) {
                members.add(m.code());
            }
        }
        boolean ofAfter = v.lower().startsWith(" of ", cueEnd); // "reiterated support for the accession of Ethiopia and Iran"
        boolean readmitted = v.lower().startsWith("readmit", cueStart); // "The African Union readmitted Guinea"
        if (hit.cue().kind() == Kind.POSSESSED && (v.lower().substring(cueStart, cueEnd).endsWith(" of") || ofAfter || readmitted)) {
            // "the accession of Armenia and Kyrgyzstan to ..."
            int pos = ofAfter ? cueEnd + 3 : cueEnd;
            for (Mention m : v.mentions()) {
                if (m.start() < cueEnd || !clause.contains(m.start(), m.end())) {
                    continue;
                }
                if (!Gaps.isListGap(v.lower(), pos, m.start())) {
                    break;
                }
                if (m.isState() && m.canAct()) {
                    members.add(m.code());
                }
                pos = m.end();
            }
        }
        if (hit.cue().kind() == Kind.POSSESSED || !members.isEmpty() && !members.isEmpty() && hit.cue().kind() != Kind.PLAIN) {
            return members;
        }
        boolean possessorsOnly = !members.isEmpty() && inClause.stream().noneMatch(m -> m.possessed().equals("fellow"));
        if (possessorsOnly) {
            return members;
        }
        boolean joining = Regions.matches(HAS_JOIN, v.lower(), cueStart, cueEnd);
        // "the G20 also admitted the African Union as a permanent member": the body before admits, the one after is admitted
        boolean admitting = admitsOthers(v, cueStart, cueEnd);
        boolean chair = CHAIR_CUE.matcher(v.lower()).region(cueStart, cueEnd).find();
        // "Bahrain, a member of the six-nation GCC and home to the US Navy's Fifth Fleet, has said ... against Iran": the
        // apposition's head alone
        boolean appositionOfTheFirst = hit.cue().kind() == Kind.PLAIN && cueStart >= clause.start()
                && Regions.matches(APPOSITION_HEAD, v.text(), clause.start(), cueStart);
        for (Mention m : inClause) {
            // "Ugandan President Yoweri Museveni took over the chairmanship of ...": the leader holds it for the state
            // (the one named last before the chair: "Modi thanked Kuwait, the current chair of the GCC")
            boolean chairHolder = chair && m.end() <= cueStart && (m.isStateActor() && m.canAct()
                    || m.isAdjective() && ADJECTIVE_LEADER.matcher(v.text().substring(m.end())).find())
                    && inClause.stream().noneMatch(o -> o.start() >= m.end() && o.end() <= cueStart && !o.code().equals(m.code()));
            boolean orgSubject = m.isOrganization() && !m.listedWithStates && m.end() <= cueStart && !admitting
                    && (ORG_SUBJECT_GAP.matcher(v.text().substring(m.end(), cueStart)).matches() || relativeSubjects.contains(m));
            boolean capitalSubject = standsForState(m) && relativeSubjects.contains(m) && !m.isLocative();
            boolean theirCountries = m.isStateActor() && relativeSubjects.contains(m) && WHOSE_COUNTRIES.matcher(v.lower()).region(clause.start(), v.lower().length()).lookingAt();
            // "The ALBA was founded on December 14, 2004 in Havana by Fidel Castro and Hugo Chávez": the leaders found it for their states
            boolean founderLeader = m.isStateActor() && m.canAct() && hit.cue().kind() == Kind.FOUNDING && m.start() > cueEnd
                    && Regions.matches(FOUNDED_BY_LEADER, v.lower(), cueEnd, m.start());
            // "SAARC also has nine observers: Australia, China, the European Union, Iran ...": a body listed with the states
            boolean listedBody = m.isOrganization() && (m.listedWithStates || admitting) && m.start() > cueEnd && !m.isEventContext()
                    && hit.cue().kind() != Kind.FOUNDING // (bodies "set up by" others are no founders of the one before)
                    // "The European Union, Japan, JINR, the Russian Federation ... currently have Observer status": the subject's bodies too
                    || m.isOrganization() && m.listedWithStates && m.end() <= cueStart && !m.isEventContext() && hit.cue().kind() == Kind.PLAIN
                    && hit.cue().status() == MembershipStatus.OBSERVER && v.mentions().stream().anyMatch(o -> o.isState() && o.start() > m.end() && o.end() <= cueStart);
            if (!(m.isState() || orgSubject || capitalSubject || listedBody) || !m.canAct() && !capitalSubject && !chairHolder
                    || m.isStateActor() && !theirCountries && !chairHolder && !founderLeader) {
                continue; // a leader acts for the state but is no member ("Lukashenko noted that the Union ..."), unless
                          // the clause speaks of the leaders' countries ("Bayramov and Fidan, whose countries are both members")
            }
            if (hit.cue().kind() == Kind.REPRESENTED) {
                if (m.start() >= cueEnd) {
                    members.add(m.code());
                }
                continue;
            }
            if (m.start() > cueEnd && Regions.matches(RECOGNIZED_BEFORE, v.lower(), Math.max(cueEnd, m.start() - 30), m.start())) {
                continue; // "About 140 of the 193 UN member states have recognized the State of Palestine": the one recognized
            }
            if (m.isPossessive() && DEPARTURE_NOUNS.contains(m.possessed()) && hit.cue().status() == MembershipStatus.FORMER_MEMBER
                    && cueStart - m.end() <= 12) {
                // "Nicaragua's withdrawal from the OAS became official": the possessor, when the departure is done; else no one
                // ("Niger's exit from ECOWAS and its rupture with Algeria have clouded the project")
                if (DEPARTURE_DONE.matcher(v.lower()).region(cueEnd, v.lower().length()).find()) {
                    members.add(m.code());
                }
                return members;
            }
            if (m.isPossessive() && (!MEMBERSHIP_NOUNS.contains(m.possessed())
                    // "Hungary is the only member of the alliance that has not approved Sweden's accession": another's matter
                    || m.start() > cueEnd && RELATIVE_AFTER.matcher(v.lower()).region(cueEnd, m.start()).find())) {
                continue;
            }
            if (m.start() > cueEnd && Regions.matches(RELATIVE_SUBJECT_BEFORE, v.lower(), Math.max(cueEnd, m.start() - 8), m.start())
                    && Regions.lengthAt(LAUNCHED_AFTER, v.lower(), m.end()) > 0) {
                continue; // "It joined the 16+1 format that Beijing launched in 2012": the relative clause's subject, not who joined
            }
            if (m.isAdjective() && !ADJECTIVE_ACTOR.matcher(v.text().substring(m.end())).find() && !chairHolder) {
                continue;
            }
            if (joining && m.start() > cueEnd && Regions.matches(HAS_WITH, v.lower(), cueEnd, m.start())
                    && !Regions.matches(ALONG_WITH, v.lower(), cueEnd, m.start())) {
                continue; // "join the Customs Union with Russia, Belarus and Kazakhstan": those are already in it
            }
            if (m.isOrganization() && m.isEventContext() || quotedName(v.text(), m)
                    || m.temporal && hit.cue().kind() != Kind.FOUNDING && !relativeSubjects.contains(m) && !OWN_JOINING.matcher(v.lower().substring(m.end(), Math.min(v.lower().length(), m.end() + 120))).find()
                    // ("a day after ECOWAS suspended Guinea-Bissau": the state a body acted on in the time clause)
                    && !Regions.matches(BODY_ACTED_ON_BEFORE, v.lower(), Math.max(0, m.start() - 48), m.start())) {
                continue;
            }
            if (hit.cue().orgInside() && m.start() > cueEnd) {
                continue; // "Iraq, OPEC's second-largest producer, signed a deal with Turkey": the rank is the subject's
            }
            if ((Regions.matches(COMPARED_BEFORE, v.lower(), Math.max(0, m.start() - 70), m.start())
                    || Regions.matches(RELATION_WITH_BEFORE, v.lower(), Math.max(0, m.start() - 40), m.start())
                    || Regions.matches(BORDERING_BEFORE, v.lower(), Math.max(0, m.start() - 80), m.start())
                    // "applied to join BRICS, the bloc ... made up of Brazil, Russia, ...": its members, not applicants with it
                    || hit.cue().kind() != Kind.COMPRISES && m.start() > cueEnd
                    && Regions.matches(COMPOSED_OF_BEFORE, v.lower(), Math.max(0, m.start() - 120), m.start())
                    // "10 allied producers led by Russia": the leader of a group named there, not the status's subject
                    || Regions.matches(LED_BY_BEFORE, v.lower(), Math.max(0, m.start() - 40), m.start())
                    || Regions.matches(TOPIC_OF_BEFORE, v.lower(), Math.max(0, m.start() - 40), m.start())
                    || isPeople(v, m)) && !relativeSubjects.contains(m)) {
                continue; // "Angola, Africa's second-biggest oil producer after Nigeria, quit OPEC" (but "after Colombia, which
                          // became a NATO global partner in 2018": the relative clause speaks of the one compared)
            }
            if (m.start() > cueEnd && Regions.matches(SUPPORTER_OF_REQUEST, v.lower(), Math.max(cueEnd, m.start() - 50), m.start())
                    && SUPPORTS_AFTER.matcher(v.lower()).region(m.end(), v.lower().length()).lookingAt()) {
                continue; // "Baku had applied for observer status, a request Tokayev said Kazakhstan supports"
            }
            if (m.end() <= cueStart && Regions.matches(AND_THE_MEMBERS_AFTER, v.lower(), m.end(), Math.min(v.lower().length(), m.end() + 30))) {
                continue; // "goods traded between Iran and the members of the union": Iran trades with them
            }
            if (Regions.matches(LED_AFTER, v.lower(), m.end(), Math.min(v.lower().length(), m.end() + 12))) {
                continue; // "the CSTO, the Russia-led military bloc": the leader of a body, named as such
            }
            if (m.start() < cueStart && speakerBefore(v, inClause, m, cueStart)) {
                continue; // "Brazil said Nigeria had become the ninth partner country": the one who says it is not concerned
            }
            if (m.start() < cueStart && Regions.matches(OFFICE_OF_BEFORE, v.lower(), Math.max(0, m.start() - 40), m.start())
                    && CONGRATULATED_BEFORE.matcher(v.lower()).region(m.end(), cueStart).find()) {
                continue; // "President of Ukraine Volodymyr Zelensky congratulated Sweden on joining the Alliance": Sweden joined
            }
            if (m.start() > cueEnd && REACTION.matcher(v.text().substring(cueEnd, m.start())).find()) {
                continue; // "..., a move the Republic of Cyprus protested": those react, they are not admitted
            }
            if (m.start() > cueEnd && Regions.matches(OVER_SOMETHING_OF, v.lower(), Math.max(cueEnd, m.start() - 40), m.start())) {
                continue; // "left the OAU in 1984 over the admission of the Sahrawi Republic": the cause, not a member
            }
            if (hit.cue().kind() != Kind.FOUNDING && m.start() > cueEnd
                    && Regions.matches(AGENT_OF_PASSIVE, v.lower(), Math.max(cueEnd, m.start() - 30), m.start())) {
                continue; // "remains stuck over amendments demanded by Bulgaria": the agent of something else
            }
            if (hit.cue().status() != MembershipStatus.MEMBER && hit.cue().kind() != Kind.FOUNDING && m.start() > cueEnd
                    && Regions.matches(LED_BY, v.lower(), Math.max(cueEnd, m.start() - 30), m.start())) {
                continue;
            }
            if (appositionOfTheFirst && m.start() > cueEnd) {
                continue;
            }
            members.add(m.code());
        }
        return members;
    }
}
