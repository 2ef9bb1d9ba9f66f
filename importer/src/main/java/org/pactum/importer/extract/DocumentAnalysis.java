package org.pactum.importer.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.read.Article;
import org.pactum.importer.text.DateFinder;
import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.Regions;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.importer.text.Sentence;
import org.pactum.model.Countries;
import org.pactum.model.EdtfDate;

/**
 * One article prepared for extraction: its sentences with entities and dates, the country it is about,
 * the pair of states under discussion at each sentence, and the organization last named.
 */
public final class DocumentAnalysis {

    private static final Set<String> GO_BETWEEN_NOUNS = Set.of("auspices", "mediation", "patronage");
    private static final Pattern HOSTED_BY_BEFORE = Pattern.compile("\\bhosted by (?:the )?(?:(?:king|queen|emir|amir|sultan|sheikh|crown prince"
            + "|prince|president|prime minister|premier|chancellor) )?$");
    private static final Pattern EVENT_AFTER = Pattern.compile("(?i)^(?:\\s*\\([^)]{1,40}\\))?\\s*(?:summit|summits|meeting|meetings"
            + "|session|ministerial|secretary|secretariat|secretary-general|chairmanship|presidency|presidencies|leaders|forum|conference"
            + "|headquarters|charter|countries'|states'|country|countries|nations?)\\b");
    /** "concluded with Beijing": a capital named as a counterpart stands for its state. */
    /** A capital opening the sentence as its subject: "Kyiv applied ...", "Budapest has not joined ...". */
    private static final Pattern CAPITAL_SUBJECT_AFTER = Pattern.compile("\\s+(?:(?:already|still|now|officially|formally)\\s+)?(?:has|have|had|is|was|are|were|will|would|also|then|later|applied|joined|signed|followed|left|quit|rejoined|withdrew|became"
            + "|says|said|insists|insisted|hopes|wants|seeks|sought|announced|agreed|refused|submitted|became|remains|remain|stay|stays|froze|freezes|chose|took|made"
            + "|\\p{Ll}{3,}ed)\\b"); // "Mogadishu ended the dispute", "Tashkent ratified"
    /** "In parallel, Kyiv has been signing": a short introductory phrase and a comma opening the sentence. */
    private static final Pattern INTRODUCTORY_BEFORE = Pattern.compile("^\\s*(?:[\\p{Lu}][\\p{L}\\d-]*)(?:\\s+[\\p{L}\\d-]+){0,4},\\s*$");
    /** "In January 2021 Ashgabat and Baku signed": a time opening the sentence without a comma. */
    private static final Pattern TIME_OPENING_BEFORE = Pattern.compile("^\\s*(?:In|On|Last|Earlier|Later|By|Since)\\s+(?:[\\p{L}\\d.]+\\s+){0,3}$");
    /** A capital opening a later clause as its subject: "..., where Baku has been a dialogue partner since 2015". */
    // ("the Treaty ... which Tehran and Moscow signed in March 2001", "the treaty Moscow signed with Pyongyang": a relative clause)
    private static final Pattern CLAUSE_OPENING_BEFORE = SearchPatterns.startingWith(",;:wWbBaAtTdDpPmM", "(?:[,;:]|\\b(?i:where|while|whereas|but|and|as|when|since"
            + "|because|although|though|that|which|treaty|agreement|deal|pact|accord|memorandum|declaration|document|protocol))\\s+$");
    private static final Pattern STATUS_OBJECT_BEFORE = Pattern.compile("\\b(?:suspended from|expelled from|members? of|observers? (?:in|of|at)"
            + "|formed|founded|established|set up|created|launched"
            // "nearly a year after the three military-led countries formally left the ECOWAS": the body left, no party
            + "|left|quit|withdrew from|withdrawn from|exited"
            // "clearing the way for the former Yugoslav republic to join NATO and, eventually, the European Union": who joins what
            + "|to join)\\s+(?:the\\s+)?$");
    private static final Pattern STATUS_LIST_GAP = Pattern.compile(",?\\s+(?:and|or)\\s*,?\\s+(?:(?:eventually|later|then|possibly|perhaps),?\\s+)?(?:the\\s+)?|,\\s+(?:the\\s+)?");
    private static final Pattern FRAMEWORK_BEFORE = Pattern.compile("(?i)\\b(?:within|in) the framework of\\s+(?:[\\p{L}'\u2019-]+\\s+){0,4}(?:the\\s+)?$");
    /** "the Treaty on Security Guarantees within the Union State": the body a named instrument works in, no party to it. */
    private static final Pattern WITHIN_AFTER_NAME = Pattern.compile("\\p{Lu}\\p{L}+\\s+within\\s+(?:the\\s+)?$");
    private static final Pattern COMMA_ONLY_GAP = Pattern.compile(",\\s+(?:the\\s+)?");
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile("^\\s+(?:accession|membership|freeze|law|laws|rules|standards|funds|funding"
            + "|aid|sanctions|integration|path|bid|money|market|markets|tariffs?|regulations|norms|candidacy|hopes|ambitions|aspirations)\\b");
    /** "a US-brokered agreement", "the Russia-led Eurasian Economic Union": the go-between or the leader, no party. */
    private static final Pattern BROKERED_AFTER = Pattern.compile("^[-\u2010\u2011](?:brokered|mediated|facilitated|led|backed|dominated|sponsored)\\b");
    /** "UN bodies", "UN agencies", "EU officials": the organization names whose bodies or people, it is not the one meant. */
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("(?i)^\\s+(?:bodies|agencies|agency|institutions|institution|entities|officials|envoys?"
            + "|peacekeepers|peacekeeping|troops|missions?|inspectors|monitors|experts|staff|personnel|projects?)\\b");
    /** "European Council President António Costa", "AU Commission chairperson Mahmoud Ali Youssouf": a person's title. */
    // (not "ICC spokesman Fadi El Abdallah": the body a spokesman speaks for is the one talked about)
    private static final Pattern TITLE_AFTER = Pattern.compile("^\\s+(?:[Pp]resident|[Cc]hair(?:man|woman|person)?)\\s+\\p{Lu}");
    /** "the ECOWAS Abidjan-Lagos Corridor", "the ASEAN Power Grid": the body names a work of its own, it is not what is talked about. */
    private static final Pattern NAMES_A_WORK_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){0,3}(?:Corridor|Highway|Railway|Pipeline|Power Grid|Grid"
            + "|Interconnector|Project|Programme|Program)\\b");
    private static final Pattern DESCRIBES_STATE_AFTER = Pattern.compile("^\\s+(?:member\\s+)?(?:state|country|nation|member|ally)"
            + "\\s+(?!of\\b)(?=\\p{Lu})");
    private static final Pattern SUMMIT_NAMED = Pattern.compile("(?i)\\b(?:summit|summits|meeting)$");
    private static final Pattern WITH_BEFORE = Pattern.compile("\\bwith\\s+(?:the\\s+)?$");
    private static final Pattern MEMBERS_AFTER = Pattern.compile("^\\s+(?:members|member states|member countries)\\b");
    private static final Pattern MEMBERS_APPOSITION_BEFORE = Pattern.compile(",\\s*(?:both|all|all (?:two|three|four|five|six|\\d+))(?:\\s+of them|\\s+of which)?\\s+$");
    /** "Saudi developer ACWA Power", "Chinese company": a firm of that nationality. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile("^\\.?\\s+dollars?\\b");
    private static final Pattern COMMERCIAL_AFTER = Pattern.compile("^\\s+(?:private\\s+|energy\\s+|construction\\s+)?(?:developer|developers|company|companies|firm|firms"
            + "|investor|investors|contractor|contractors|businessman|businessmen|businesses|conglomerate|lender|lenders)\\b");
    /** "-headquartered", "-based": the state is where a body sits. */
    private static final Pattern SEAT_AFTER = Pattern.compile("^[-\u2010\u2011](?:headquartered|based)\\b");
    /** " state of Saarland", " province of Nova Scotia": the adjective names the state a region belongs to. */
    private static final Pattern SUBNATIONAL_AFTER = Pattern.compile("^\\s+(?:federal\\s+|autonomous\\s+)?(?:state|province|region|territory|canton"
            + "|county|prefecture|oblast|governorate|land|republic)\\s+of\\s+\\p{Lu}");
    // ("RIYADH: The Gulf Cooperation Council and South Korea signed ...": a colon after the place in capitals)
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:,[^\u2014\u2013]{0,30})?\\s*[\u2014\u2013:-]");
    /** "Accra, July 3, GNA - ", "MOSCOW, July 10. /TASS/. ", "LONDON, May 22 (Reuters) - ": a date in the dateline. */
    private static final Pattern DATELINE_DATE_BEFORE = Pattern.compile("^\\p{Lu}[\\p{L}. '-]{1,30},\\s*$");
    private static final Pattern DATELINE_DATE_AFTER = Pattern.compile("^(?:,?\\s*\\d{4})?(?:,\\s*\\p{Lu}[\\p{L}.]{1,15}\\s*[\u2014\u2013-]"
            + "|\\s*\\(\\p{Lu}[\\p{L}. ]{1,20}\\)\\s*[\u2014\u2013-]|\\.\\s*/\\p{Lu}+/|\\s*[\u2014\u2013-]\\s)");

    private static boolean isDateline(String text, DateMention d) {
        return d.start() <= 32 && DATELINE_DATE_BEFORE.matcher(text.substring(0, d.start())).matches()
                && DATELINE_DATE_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 30))).lookingAt();
    }

    private static final Pattern AGENCY_DATELINE_AFTER = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}.-]{1,15}\\)\\s*[\u2014\u2013-]");
    private static final Pattern COUNTERPART_BEFORE = SearchPatterns.startingWith("waibWAIB", "(?i)\\b(?:with|and|between|admit|admitted|admitting|invite|invited|inviting)\\s+$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^(?:'s|\u2019s|'|\u2019)(?=\\s|$)\\s*(?:\\d{1,3}(?:st|nd|rd|th)?\\s+)?(?:(?:state|state-owned|national|own|new)\\s+)?([\\p{L}-]*)"); // ("the AU's 55 member states", "the IEA's 32nd member")
    private static final Pattern RELATIONS_AFTER = Pattern.compile("(?i)^\\s*(?:relations|ties|relationship|cooperation|partnership"
            + "|dialogue|talks)\\b");
    private static final Pattern THAT_YEAR = Pattern.compile("^\\s*,?\\s*(?:of )?(?:that|the same) year\\b");
    private static final Pattern THAT_YEAR_BEFORE = SearchPatterns.startingWith("tT", "(?i)\\b(?:that|the same) year\\b[^.;\\d]{0,12}$");
    // gaps between two names (compiled once: they run on every pair of mentions)
    private static final Pattern COMMA_GAP = Pattern.compile(",\\s*");
    private static final Pattern AND_GAP = Pattern.compile("\\s*(?:and|&)?\\s*(?:the\\s+)?");
    private static final Pattern JUST_AND = Pattern.compile("\\s+and\\s+(?:the\\s+)?");
    private static final Pattern COMMA_AND_GAP = Pattern.compile("\\s*,?\\s*(?:and\\s+)?(?:the\\s+)?");
    private static final Pattern COMMA_THE_GAP = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
    private static final Pattern NO_WORD = Pattern.compile("\\W*");
    /** The gap of a compound of names: "Japan-Australia", "EU–Mercosur", "Japan – Philippines", "U.S.-Mexico" (the initial's dot). */
    static final Pattern DASH = Pattern.compile("^\\.?\\s*[-\u2010-\u2015]\\s*$");

    private final Article article;
    private final String documentId;
    private final List<SentenceView> sentences;
    private final String focus;
    /** The focus dominates the article (see {@link #pronounState}). */
    private final boolean focusDominant;
    private final List<Set<String>> pairs;
    private final Map<Integer, List<Mention>> orgsBySentence = new HashMap<>();
    private final EntitySource reference;
    private final Map<String, String> orgAliases = new HashMap<>();

    DocumentAnalysis(Article article, String documentId, List<Sentence> sentences, EntitySource source, DateFinder dateFinder) {
        this.article = article;
        this.documentId = documentId;
        this.reference = source;
        List<SentenceView> views = new ArrayList<>();
        Integer lastYear = null;
        Map<String, String> localOrgs = LocalAcronyms.organizations(sentences, source);
        Map<String, String> localInstruments = LocalAcronyms.instruments(sentences, source);
        List<List<Entity>> foundBySentence = new ArrayList<>();
        boolean namesCis = false;
        for (Sentence s : sentences) {
            List<Entity> found = source.find(s.text());
            foundBySentence.add(found);
            namesCis |= found.stream().anyMatch(e -> e.code().equals(CIS));
        }
        int sentenceIndex = 0;
        for (Sentence s : sentences) {
            List<Entity> found = foundBySentence.get(sentenceIndex++);
            if (namesCis) {
                found = withoutBareCommonwealth(s.text(), found);
            }
            if (!localOrgs.isEmpty()) {
                found = LocalAcronyms.withOrganizations(s.text(), found, localOrgs);
            }
            if (!localInstruments.isEmpty()) {
                found = LocalAcronyms.withInstruments(s.text(), found, localInstruments);
            }
            List<Mention> mentions = annotate(s.text(), clean(s.text(), found, source));
            List<DateMention> dates = new ArrayList<>(dateFinder.find(s.text(), article.referenceDay()));
            dates.removeIf(d -> isDateline(s.text(), d)); // "Accra, July 3, GNA - Ghana and India on Wednesday signed": the filing day
            for (int i = 0; i < dates.size(); i++) {
                DateMention d = dates.get(i);
                if (d.yearInferred() && lastYear != null && (THAT_YEAR.matcher(s.text().substring(d.end())).find()
                        || THAT_YEAR_BEFORE.matcher(s.text().substring(Math.max(0, d.start() - 40), d.start())).find())) {
                    // "on July 5 of that year", "Earlier that year, on 31 March": the year last written
                    LocalDate day = d.date().earliest();
                    dates.set(i, new DateMention(d.start(), d.end(), EdtfDate.of(lastYear, day.getMonthValue(), day.getDayOfMonth()), false));
                } else if (!d.yearInferred() && !d.date().isInterval()) {
                    lastYear = d.date().earliest().getYear();
                }
            }
            views.add(new SentenceView(s, mentions, dates));
        }
        this.sentences = List.copyOf(views);
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> salience = salience(first);
        this.focus = chooseFocus(salience, first);
        this.focusDominant = focus != null && dominates(salience, focus);
        markSlips();
        markLeaderSlips();
        this.pairs = discoursePairs();
        for (SentenceView v : this.sentences) {
            orgsBySentence.put(v.index(), v.mentions().stream().filter(m -> m.isOrganization() && !m.qualifier).toList());
        }
    }

    private static final String CIS = "CIS";
    private static final String COMMONWEALTH = "COMMONWEALTH";

    /**
     * A bare "Commonwealth" in an article that names the CIS may be either body ("cooperation in the Commonwealth" of the
     * CIS summit's declaration): not read as the Commonwealth of Nations there.
     */
    private static List<Entity> withoutBareCommonwealth(String text, List<Entity> found) {
        List<Entity> out = new ArrayList<>(found.size());
        for (Entity e : found) {
            boolean bare = e.code().equals(COMMONWEALTH) && e.end() - e.start() == "Commonwealth".length()
                    && text.startsWith("Commonwealth", e.start());
            if (!bare) {
                out.add(e);
            }
        }
        return out;
    }

    public Article article() {
        return article;
    }

    public String documentId() {
        return documentId;
    }

    public List<SentenceView> sentences() {
        return sentences;
    }

    /** The state the article is mostly about, or null. */
    public String focus() {
        return focus;
    }

    /**
     * The state a sentence opening with "It" stands for: the subject of the sentence before (through a chain of such
     * sentences), else the state the article is about when it dominates the article (named at least four times and twice as
     * often as any other: a profile of one state, "... That reach rests on foundations laid over five decades. It joined ...").
     */
    public String pronounState(int index) {
        String before = openingState(index - 1);
        return before != null ? before : focusDominant ? focus : null;
    }

    /**
     * The state a sentence's epithet subject stands for ("The country also denounced ..."): in a profile of one state that
     * state, whoever the sentence before was about; else as {@link #pronounState}.
     */
    public String epithetState(int index) {
        return focusDominant ? focus : pronounState(index);
    }

    public LocalDate referenceDay() {
        return article.referenceDay();
    }

    public EdtfDate published() {
        return article.published();
    }

    /** The states along the corridor the article is about so far (named most often), in route order, or none. */
    public List<String> lastCorridorCountries(int index) {
        if (corridorCount == null) {
            corridorCount = new HashMap<>();
            corridorFirst = new HashMap<>();
            for (SentenceView v : sentences) {
                for (Mention m : v.mentions()) {
                    if (m.type() == EntityType.CORRIDOR) {
                        corridorCount.merge(m.code(), 1, Integer::sum);
                        corridorFirst.putIfAbsent(m.code(), v.index());
                    }
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : corridorFirst.entrySet()) {
            if (e.getValue() <= index && (best == null || corridorCount.get(e.getKey()) > corridorCount.get(best))) {
                best = e.getKey();
            }
        }
        return best == null ? List.of() : reference.corridor(best).map(CorridorInfo::countries).orElse(List.of());
    }

    private Map<String, Integer> corridorCount;
    private Map<String, Integer> corridorFirst;

    /** The two states under discussion when this sentence is read (empty when none is evident). */
    public Set<String> pairAt(int sentenceIndex) {
        return pairs.get(sentenceIndex);
    }

    /**
     * The states whose leaders a recent sentence says took part ("President of Azerbaijan Ilham Aliyev, President of Kazakhstan
     * ... took part in the event"): at least three, named within the eight sentences before {@code sentenceIndex}; else empty.
     */
    public Set<String> participantsAt(int sentenceIndex) {
        for (int i = sentenceIndex; i >= 0 && sentenceIndex - i <= 8; i--) {
            SentenceView v = sentences.get(i);
            if (!ATTENDANCE.matcher(v.lower()).find()) {
                continue;
            }
            Set<String> states = new java.util.LinkedHashSet<>();
            for (Mention m : v.mentions()) {
                if (m.isState() && !m.locative && !m.slip && (!m.isAdjective() || m.isStateActor())) {
                    states.add(m.code());
                }
            }
            if (states.size() >= 3) {
                return states;
            }
        }
        return Set.of();
    }

    private static final Pattern ATTENDANCE = SearchPatterns.startingWith("tapwmsclhf", "\\b(?:took part|take part|taking part|attended|participated"
            + "|were present|was attended by|were attended by|with the participation of"
            // "The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Dushanbe on Friday"
            + "|(?:leaders|presidents|heads of (?:state|government)|prime ministers|foreign ministers) of\\b[^.;]{3,160}?\\b(?:met|gathered|convened)"
            // "a trilateral meeting of the Presidents of Tajikistan, Uzbekistan and Kyrgyzstan ... took place in Khujand"
            + "|(?:meeting|summit|talks|consultations) (?:of|between) the (?:presidents|leaders|heads of (?:state|government)|prime ministers))\\b");

    /**
     * "the three countries", "the same six states": the states of the nearest earlier sentence (at most twelve back: background paragraphs come between)
     * that names exactly {@code count} of them, or an empty set.
     */
    public Set<String> countedStates(int sentenceIndex, int count) {
        for (int i = sentenceIndex - 1; i >= 0 && sentenceIndex - i <= 12; i--) {
            Set<String> states = new java.util.LinkedHashSet<>();
            Set<String> actors = new java.util.LinkedHashSet<>(); // (not "against North Korea's nuclear threats", "at the U.S. retreat")
            for (Mention m : sentences.get(i).mentions()) {
                if (m.isState() && !m.isAdjective() && !m.slip) {
                    states.add(m.code());
                    if (!m.isPossessive() && !m.isLocative()) {
                        actors.add(m.code());
                    }
                }
            }
            if (states.size() == count) {
                return states;
            }
            if (actors.size() == count) {
                return actors;
            }
            Set<String> opening = i == sentenceIndex - 1 ? openingList(sentences.get(i)) : Set.of();
            if (opening.size() == count) {
                return opening; // "Estonia, Latvia and Lithuania synchronised their grids ... they shared with Russia and Belarus"
            }
        }
        for (int i = sentenceIndex - 1; i >= 0 && sentenceIndex - i <= 12; i--) {
            for (Mention m : sentences.get(i).mentions()) {
                // "the Tanzania–Burundi–DR Congo railway ... All three countries belong to the EAC": the states of a line named
                List<String> along = m.type() == EntityType.CORRIDOR
                        ? reference.corridor(m.code()).map(CorridorInfo::countries).orElse(List.of()) : List.of();
                if (along.size() == count) {
                    return new java.util.LinkedHashSet<>(along);
                }
            }
        }
        return Set.of();
    }

    /** The states listed together first in a sentence ("Estonia, Latvia and Lithuania"), or an empty set. */
    private static Set<String> openingList(SentenceView v) {
        for (Mention m : v.mentions()) {
            if (m.start() > 45) {
                break; // (the sentence's subject: "VILNIUS, Feb 9 (Reuters) - Estonia, Latvia and Lithuania synchronised ...")
            }
            if (m.isState() && !m.isAdjective() && !m.slip) {
                Set<String> listed = new java.util.LinkedHashSet<>();
                Gaps.listedFrom(v, m.start(), x -> x.isState() && !x.isAdjective() && !x.slip).forEach(x -> listed.add(x.code()));
                return listed;
            }
        }
        return Set.of();
    }

    /** The state a sentence opens with, its subject ("Turkmenistan does not enter into blocs."), or null. */
    public String openingState(int index) {
        return openingState(index, 3);
    }

    private String openingState(int index, int depth) {
        if (index < 0) {
            return null;
        }
        // "Malaysia is hardly turning its back on other groupings. It is a founding member of ASEAN. It is also a member of
        // the OIC": a sentence opening with "It" has the subject of the one before (not a name after its verb: "It joined the
        // 16+1 format that Beijing launched")
        if (IT_OPENS.matcher(sentences.get(index).text()).lookingAt()) {
            return depth > 1 ? openingState(index - 1, depth - 1) : null;
        }
        for (Mention m : sentences.get(index).mentions()) {
            if (m.start() > 60) {
                break;
            }
            // ("Venezuela's isolation in the region has deepened. The country ...": a possessive opening the sentence too)
            // ("On paper, Hungary's Western anchoring is not in question. It joined NATO ...": after an opening phrase too)
            if (m.isState() && m.canAct() && (!m.isPossessive() || m.start() <= 3 || Regions.matches(OPENING_PHRASE, sentences.get(index).text(), 0, m.start()))
                    && !m.isAdjective() && !m.isStateActor()) {
                return m.code();
            }
            // ("British officials stress that the country is leaving the EU. It remains a member of NATO": who speaks for it)
            if (m.isState() && m.isAdjective() && m.start() <= 3
                    && Regions.lengthAt(SPOKESPEOPLE_AFTER, sentences.get(index).text(), m.end()) > 0) {
                return m.code();
            }
        }
        return null;
    }

    /** "On paper, ", "For now, ": a short phrase opening a sentence before its subject. */
    private static final Pattern OPENING_PHRASE = Pattern.compile("\\W*\\p{Lu}[\\p{L} ]{1,25},\\s+");
    private static final Pattern SPOKESPEOPLE_AFTER = Pattern.compile("\\s+(?:government\\s+)?(?:officials|diplomats|authorities|ministers|leaders|lawmakers)\\b");
    private static final Pattern IT_OPENS = Pattern.compile("\\W*It\\s+(?:is|was|has|had|also|remains|became|joined|left|applied)\\b");

    /** The other state of the pair under discussion, or the focus, for a sentence that names only {@code one}. */
    public String partnerOf(String one, int sentenceIndex) {
        Set<String> pair = pairAt(sentenceIndex);
        if (pair.size() == 2 && pair.contains(one)) {
            return pair.stream().filter(c -> !c.equals(one)).findFirst().orElse(null);
        }
        return focus != null && !focus.equals(one) && pair.isEmpty() ? focus : null;
    }

    /** "an EU member", "a European Union member": the organization describes a state, it is not the one talked about. */
    private static boolean describesAState(SentenceView v, Mention o) {
        String after = v.lower().substring(o.end(), Math.min(v.lower().length(), o.end() + 16));
        return after.startsWith(" member") && !after.startsWith(" members");
    }

    /** The organization named last before {@code localPos} of sentence {@code index}, looking back {@code window} sentences. */
    public Mention lastOrganization(int index, int localPos, int window) {
        return lastOrganization(index, localPos, window, m -> true);
    }

    /** The organization named last before {@code localPos} of sentence {@code index} that is {@code wanted}, within {@code window} sentences. */
    public Mention lastOrganization(int index, int localPos, int window, java.util.function.Predicate<Mention> wanted) {
        for (int i = index; i >= 0 && i >= index - window; i--) {
            List<Mention> orgs = orgsBySentence.getOrDefault(i, List.of());
            for (int k = orgs.size() - 1; k >= 0; k--) {
                // (not "an EU institution": a qualifier names no body talked about)
                if ((i < index || orgs.get(k).start() < localPos) && wanted.test(orgs.get(k)) && !orgs.get(k).listedWithStates
                        && !orgs.get(k).isProgramme() && !orgs.get(k).qualifier
                        && !inRelativeClause(sentences.get(i), orgs.get(k)) && !describesAState(sentences.get(i), orgs.get(k))) {
                    return orgs.get(k);
                }
            }
        }
        return null;
    }

    /** The reference data this analysis was made with. */
    EntitySource reference() {
        return reference;
    }

    /**
     * The organization named last, within {@code window} sentences, whose name has the given head word: "the union" after "the
     * free trade agreement between Iran and the Eurasian Economic Union" is that union, even though it was listed with a state.
     * The name first ("the council" is the Council of the Baltic Sea States, not the EU, one of whose aliases is "EU Council");
     * an alias only when no organization named earlier in the article has the word in its name ("the alliance" is NATO, the
     * North Atlantic Alliance); else null.
     */
    public Mention lastOrganizationCalled(int index, int localPos, int window, String headWord) {
        String head = headWord.replace("organisation", "organization");
        Mention named = lastOrganizationCalled(index, localPos, window, o -> nameOf(o).contains(head));
        if (named != null || lastOrganizationCalled(index, localPos, index, o -> nameOf(o).contains(head)) != null) {
            return named; // (a body so named further back is the one the callers fall back to: "The Council was founded ...")
        }
        return lastOrganizationCalled(index, localPos, window, o -> aliasesOf(o).contains(head));
    }

    /**
     * {@link #lastOrganizationCalled(int, int, int, String)} within {@code window} sentences; further back only when the article
     * names no other body so called before: "The council's current members include China ..." six sentences after the UN
     * Human Rights Council, the only council named.
     */
    public Mention lastOrSoleOrganizationCalled(int index, int localPos, int window, String headWord) {
        Mention near = lastOrganizationCalled(index, localPos, window, headWord);
        if (near != null) {
            return near;
        }
        String head = headWord.replace("organisation", "organization");
        java.util.function.Predicate<Mention> called = o -> nameOf(o).contains(head);
        Mention far = lastOrganizationCalled(index, localPos, index, called);
        // (sole: no body of another code so called before it)
        return far != null && lastOrganizationCalled(index, localPos, index, called.and(o -> !o.code().equals(far.code()))) == null ? far : null;
    }

    private Mention lastOrganizationCalled(int index, int localPos, int window, java.util.function.Predicate<Mention> called) {
        for (int i = index; i >= 0 && i >= index - window; i--) {
            List<Mention> orgs = orgsBySentence.getOrDefault(i, List.of());
            for (int k = orgs.size() - 1; k >= 0; k--) {
                Mention o = orgs.get(k);
                if ((i < index || o.start() < localPos) && !o.isProgramme() && called.test(o)) {
                    return o;
                }
            }
        }
        return null;
    }

    private static String nameOf(Mention o) {
        return o.entity().name() == null ? "" : o.entity().name().toLowerCase(java.util.Locale.ROOT).replace("organisation", "organization");
    }

    /** An organization's aliases, lower case, "organisation" spelt with a z. */
    private String aliasesOf(Mention o) {
        return orgAliases.computeIfAbsent(o.code(), code -> reference.organization(code)
                .map(org -> String.join("|", org.getAliases()).toLowerCase(java.util.Locale.ROOT).replace("organisation", "organization")).orElse(""));
    }

    /**
     * The organization the article is about, when one was named before this point: the one a status without a
     * named organization refers to ("Serbia and the Union State hold observer status" in an article on the CSTO).
     */
    public Mention topicOrganization(int index, int localPos) {
        if (orgWeight == null) {
            orgWeight = new HashMap<>();
            orgFirst = new java.util.LinkedHashMap<>();
            for (SentenceView v : sentences) {
                int w = v.sentence().blockKind() == org.pactum.importer.text.Block.Kind.HEADLINE ? 3 : 1;
                for (Mention m : v.mentions()) {
                    if (m.isOrganization() && !m.listedWithStates && !m.isProgramme()) {
                        orgWeight.merge(m.code(), w, Integer::sum);
                        orgFirst.putIfAbsent(m.code(), new Object[] {v.index(), m});
                    }
                }
            }
        }
        Mention best = null;
        for (Object[] first : orgFirst.values()) {
            int i = (Integer) first[0];
            Mention m = (Mention) first[1];
            if ((i < index || i == index && m.start() < localPos)
                    && (best == null || orgWeight.get(m.code()) > orgWeight.get(best.code()))) {
                best = m;
            }
        }
        return best;
    }

    private Map<String, Integer> orgWeight;
    private Map<String, Object[]> orgFirst;

    /** "Brazil, which was invited to join the OPEC+ alliance, said ...": a relative clause's organization is in the background. */
    private static boolean inRelativeClause(SentenceView v, Mention m) {
        if (v.text().indexOf(", ") < 0) {
            return false;
        }
        for (Clause c : v.clauses()) {
            if (c.startsRelative(v.text()) && c.contains(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    // ---- entity clean-up -------------------------------------------------------------------

    /** Drops overlaps and a name repeated in parentheses ("Shanghai Cooperation Organisation (SCO)",
     *  "D-8 (Group of Eight)": the first name decides), and acronyms the article defines otherwise. */
    private static boolean currencyAfter(String text, int end) {
        int i = end;
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$';
    }

    private static List<Entity> clean(String text, List<Entity> found, EntitySource source) {
        List<Entity> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Entity> out = new ArrayList<>();
        List<Entity> instruments = new ArrayList<>();
        for (Entity e : sorted) {
            if (e.start() < 0 || e.end() > text.length() || e.end() <= e.start()) {
                continue;
            }
            if (e.type() == EntityType.INSTRUMENT) {
                instruments.add(e); // a title overlaps the names inside it: both are kept
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end() > e.start()) {
                continue;
            }
            if (!out.isEmpty() && inParenthesesAfter(text, out.get(out.size() - 1), e)) {
                continue;
            }
            if (e.form() == EntityForm.ACRONYM && LocalAcronyms.redefined(text, e, source)) {
                continue;
            }
            if (e.type() == EntityType.COUNTRY && currencyAfter(text, e.end())) {
                continue; // "US$5 billion", "US $6.8 billion": a currency, no state in the story
            }
            out.add(e);
        }
        out.addAll(instruments);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean inParenthesesAfter(String text, Entity prev, Entity e) {
        if (prev.type() != e.type() && !(prev.type() == EntityType.ORGANIZATION || e.type() == EntityType.ORGANIZATION)) {
            return false;
        }
        if (e.start() - prev.end() > 4) {
            return false;
        }
        String between = text.substring(prev.end(), e.start()).strip();
        if (!between.equals("(")) {
            return false;
        }
        int i = e.end();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ')';
    }

    /** "after Finland joined the alliance": a time clause whose subject has a membership verb of its own. */
    private static final Pattern OWN_VERB = Pattern.compile("^[^,;]*?\\b(?:joined|acceded|became|were admitted|was admitted|applied)\\b");
    private static final Set<String> TEMPORAL = Set.of("after", "before", "when", "until", "since");
    private static final Set<String> LOCATIVE_WORDS = Set.of("in", "at", "near", "across", "through", "via", "from", "inside",
            "within", "into");
    private static final Set<String> TOPIC_NOUNS = Set.of("resolution", "resolutions", "decision", "decisions", "situation", "debate",
            "discussion", "discussions", "report", "reports", "sanctions", "briefing");
    private static final Set<String> COMPASS = Set.of("western", "eastern", "northern", "southern", "central", "north-western",
            "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern", "southwestern", "southeastern");
    private static final Set<String> INSTITUTIONS = Set.of("Bank", "University", "Embassy", "Museum", "Institute", "Church", "Academy",
            "Port", "Gulf", "Sea", "Bay", "Strait", "Coast", "Parliament", "Court", "Cup");

    private static final Set<String> EVENT_WORDS = Set.of("framework", "summit", "meeting", "sidelines", "auspices", "establishment",
            "creation", "margins", "fringes", "session");
    private static final Set<String> CREATING = Set.of("establish", "establishing", "established", "create", "creating", "created",
            "found", "founding", "founded");

    /** "within the framework of the SCO", "establishing the EAEU", "member of EAEU": the organization is not an actor here. */
    private static boolean eventBefore(String text, int start) {
        List<String> w = new ArrayList<>(Words.before(text, start, 4));
        if (!w.isEmpty() && w.get(w.size() - 1).equalsIgnoreCase("the")) {
            w.remove(w.size() - 1);
        }
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1).toLowerCase();
        String prev = w.size() >= 2 ? w.get(w.size() - 2).toLowerCase() : "";
        if (CREATING.contains(last) || last.equals("up") && prev.equals("set")) {
            return true;
        }
        if (last.equals("of")) {
            return EVENT_WORDS.contains(prev) || prev.equals("member") || prev.equals("members")
                    || (prev.equals("state") || prev.equals("states")) && w.size() >= 3 && w.get(w.size() - 3).equalsIgnoreCase("member");
        }
        return false;
    }

    private static final Pattern PRESENT_STATE_AFTER = Pattern.compile("[^,;]{0,40}?\\s(?:is|are|remains|remain|has|have)\\b(?!\\s+(?:been|had)\\b)");
    private static final Pattern TIME_WORD = SearchPatterns.startingWith("abwustABWUST", "(?i)\\b(?:after|before|when|until|since|the same day)\\b");

    /** The text since the last comma (or the sentence start) before {@code start} opens a time clause. */
    private static boolean inTimeClause(String text, int start) {
        int from = Math.max(Math.max(text.lastIndexOf(',', start - 1), text.lastIndexOf(';', start - 1)), text.lastIndexOf('\u2014', start - 1));
        String segment = text.substring(from + 1, start);
        if (segment.length() >= 160 || !(segment.contains("after") || segment.contains("before") || segment.contains("when")
                || segment.contains("until") || segment.contains("since") || segment.contains("After") || segment.contains("Since")
                || segment.contains("Before") || segment.contains("When") || segment.contains("Until") || segment.contains("same day"))) {
            return false;
        }
        Matcher time = TIME_WORD.matcher(segment);
        int last = -1;
        boolean since = false;
        while (time.find()) {
            last = time.end();
            since = time.group().equalsIgnoreCase("since");
        }
        if (since && Regions.lengthAt(PRESENT_STATE_AFTER, text, start) > 0) {
            return false; // "since Moldova is a member of the CIS": a reason, not a time
        }
        // "a full member since 2019 and Turkmenistan holds ...": the time phrase ended before "and"
        return last >= 0 && !segment.substring(last).contains(" and ");
    }

    /** {@code s} ends in a comma and white space, as PLACE_COMMA_BEFORE needs (",\\s*$"): a cheap test first. */
    private static boolean endsWithComma(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u0085')) {
            i--;
        }
        return i >= 0 && s.charAt(i) == ',';
    }

    /** "With ": a sentence opening with a prepositional phrase, whose comma ends the phrase, not a list. */
    private static final Pattern OPENING_WITH = Pattern.compile("\\W*(?:With|Like|Unlike|As for|After|Besides|Beyond|Apart from)\\s+(?:the\\s+)?");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:of|in|to|with|from|into)\\s+(?:the\\s+)?$");

    /** "in Entebbe, Uganda": the state of a town the reference data may not know. */
    private static final Pattern STATUS_APPOSITION_AFTER = Pattern.compile(",\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:member|observer|candidate|ally)\\b");
    private static final Pattern PLACE_COMMA_BEFORE = SearchPatterns.startingWith("ian", "\\b(?:in|at|near) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)(?:\\p{Lu}[\\p{L}'\u2019-]*\\s){0,2}\\p{Lu}[\\p{L}'\u2019-]*,\\s*$");

    private static final Set<String> TAKING_IN = Set.of("took", "take", "takes", "taking", "brought", "bring", "brings", "bringing");

    /** "in Samarkand", "across Mongolia", "on the border of Turkmenistan": where, not who. */
    private static final Pattern OFFICIALS_IN_BEFORE = Pattern.compile("(?s).*\\b(?:ministers|officials|authorities|governments) responsible for [\\p{L} ,-]{2,40}? in (?:the )?$");

    private static boolean locative(String text, int start) {
        List<String> w = new ArrayList<>(Words.before(text, start, 5));
        if (!w.isEmpty() && w.get(w.size() - 1).equalsIgnoreCase("the")) {
            w.remove(w.size() - 1);
        }
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1).toLowerCase();
        if (last.equals("in") && w.size() >= 2 && TAKING_IN.contains(w.get(w.size() - 2).toLowerCase())) {
            return false; // "took in Somalia as its eighth member": admitted, not a place
        }
        if (last.equals("in") && Regions.matches(OFFICIALS_IN_BEFORE, text, Math.max(0, start - 60), start)) {
            return false; // "the ministers responsible for transport in Estonia, Latvia and Lithuania": whose ministers
        }
        if (LOCATIVE_WORDS.contains(last)) {
            return true;
        }
        if (last.equals("on") && w.size() >= 2 && TOPIC_NOUNS.contains(w.get(w.size() - 2).toLowerCase())) {
            return true; // "a number of resolutions on Palestine": what was discussed, not who
        }
        if (COMPASS.contains(last) && w.size() >= 2 && LOCATIVE_WORDS.contains(w.get(w.size() - 2).toLowerCase())) {
            return true; // "in western Ukraine"
        }
        if (last.equals("of") && w.size() >= 2) {
            String prev = w.get(w.size() - 2).toLowerCase();
            // (not "through the territories of Azerbaijan, Georgia and Turkiye": a transit agreement's parties, listed)
            return prev.equals("border") || prev.equals("territory") || prev.equals("part")
                    || prev.equals("north") || prev.equals("south") || prev.equals("east") || prev.equals("west");
        }
        return false;
    }

    /** Words before a list of places that all say where ("through A, B and C"). */
    private static final Set<String> ROUTE_WORDS = Set.of("through", "via", "across");

    private static boolean routeWord(String text, int start) {
        String near = text.substring(Math.max(0, start - 14), start);
        if (!(near.contains("hrough") || near.contains("via") || near.contains("cross"))) {
            return false; // a cheap test first: this runs for every place named
        }
        List<String> w = Words.before(text, start, 2);
        int i = w.size() - 1;
        if (i >= 0 && w.get(i).equalsIgnoreCase("the")) {
            i--;
        }
        return i >= 0 && ROUTE_WORDS.contains(w.get(i).toLowerCase());
    }

    /** "Central Bank of Paraguay": part of an institution's name. */
    private static boolean institutional(String text, int start) {
        List<String> w = Words.before(text, start, 3);
        int i = w.size() - 1;
        if (i >= 0 && w.get(i).equals("the")) {
            i--;
        }
        return i >= 1 && w.get(i).equals("of") && INSTITUTIONS.contains(w.get(i - 1));
    }

    private static final Pattern REPORTING_AFTER = Pattern.compile("\\s+(?:has\\s+|had\\s+|also\\s+)?(?:said|says|noted|stated|told|stressed"
            + "|emphasi[sz]ed|recalled|added|explained|pointed out|reminded)\\b");
    private static final Pattern AND_BETWEEN = Pattern.compile("\\s+and\\s+");

    /** "Addis Ababa and Mogadishu ended a year-long dispute": the first of two capitals that open the sentence as its subject. */
    // ("Bamako, Ouagadougou and Niamey stay in the West African Economic and Monetary Union": a list of them)
    private static boolean conjoinedCapitalSubject(String text, List<Entity> entities, int index) {
        Entity last = entities.get(index);
        for (int j = index + 1; j < entities.size(); j++) {
            Entity next = entities.get(j);
            String gap = text.substring(last.end(), next.start());
            if (next.type() != EntityType.PLACE || next.actor() == null || !(AND_BETWEEN.matcher(gap).matches() || CAPITAL_LIST_GAP.matcher(gap).matches())) {
                return false;
            }
            if (CAPITAL_SUBJECT_AFTER.matcher(text.substring(next.end(), Math.min(text.length(), next.end() + 40))).lookingAt()) {
                return true;
            }
            last = next;
        }
        return false;
    }

    private static final Pattern CAPITAL_LIST_GAP = Pattern.compile(",\\s+(?:and\\s+)?");

    private static List<Mention> annotate(String text, List<Entity> entities) {
        List<Mention> out = new ArrayList<>();
        Entity prev = null;
        for (int index = 0; index < entities.size(); index++) {
            Entity e = entities.get(index);
            Mention m = new Mention(e);
            String before = text.substring(Math.max(0, e.start() - 40), e.start());
            String after = text.substring(e.end(), Math.min(text.length(), e.end() + 40));
            if (e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE) {
                // "link India to Europe through the UAE, Saudi Arabia, Jordan and Israel": the whole list is the route
                boolean route = routeWord(text, e.start()) || !out.isEmpty() && out.get(out.size() - 1).route
                        && Gaps.isListGap(text, out.get(out.size() - 1).end(), e.start());
                m.route = route;
                m.locative = route || locative(text, e.start())
                        || prev != null && prev.type() == EntityType.PLACE && prev.code().equals(e.code())
                        && Regions.matches(COMMA_GAP, text, prev.end(), e.start())
                        // "at a summit in Beijing, China signed an agreement": the state is the subject of the verb after it
                        && !(e.type() == EntityType.COUNTRY && CAPITAL_SUBJECT_AFTER.matcher(after).lookingAt())
                        || e.type() == EntityType.COUNTRY && endsWithComma(before) && PLACE_COMMA_BEFORE.matcher(before).find()
                        && !CAPITAL_SUBJECT_AFTER.matcher(after).lookingAt()
                        // "in Entebbe, Uganda" is where; "in Rabat, Nigeria, Morocco and ... signed" lists who (Rabat is no Nigerian city)
                        && !(prev != null && prev.type() == EntityType.PLACE && prev.code() != null && !prev.code().equals(e.code()))
                        // "in Baku Azerbaijan, Kazakhstan and Uzbekistan signed": the state after a state is listed
                        && !(prev != null && prev.type() == EntityType.COUNTRY && e.start() - prev.end() <= 3);
                // "the port of Constanta in Romania, a member of the EU and NATO": where, and a state its apposition speaks of
                m.locative &= !(e.type() == EntityType.COUNTRY && Regions.lengthAt(STATUS_APPOSITION_AFTER, text, e.end()) > 0);
                m.institutional = institutional(text, e.start());
                // "four days after Russia launched its invasion of Ukraine": in a time clause, not the sentence's subject
                m.temporal = inTimeClause(text, e.start());
            }
            if (e.type() == EntityType.PLACE && e.actor() != null && (COUNTERPART_BEFORE.matcher(before).find()
                    || (before.isBlank() || e.start() <= 40 && (INTRODUCTORY_BEFORE.matcher(before).find() || TIME_OPENING_BEFORE.matcher(before).find())
                    || CLAUSE_OPENING_BEFORE.matcher(before).find())
                    && (CAPITAL_SUBJECT_AFTER.matcher(after).lookingAt() || conjoinedCapitalSubject(text, entities, index)))) {
                // "with Beijing", "Kyiv applied for membership": the capital stands for its government ("with Brussels": the EU)
                m = new Mention(e.asActor());
            }
            if ((e.type() == EntityType.COUNTRY || e.type() == EntityType.PLACE) && before.isBlank() && DATELINE_AFTER.matcher(after).lookingAt()
                    && (text.substring(e.start(), e.end()).equals(text.substring(e.start(), e.end()).toUpperCase(java.util.Locale.ROOT))
                    || AGENCY_DATELINE_AFTER.matcher(after).lookingAt())) {
                m.locative = true; // "LUXEMBOURG (BSD) —", "Luxembourg (AFP) –": the dateline says where the report was filed
            }
            if (e.type() == EntityType.ORGANIZATION) {
                // (also "on the sidelines of the first China-Central Asia summit": a format named by its summit)
                m.eventContext = EVENT_AFTER.matcher(after).find() || eventBefore(text, e.start())
                        || SUMMIT_NAMED.matcher(text).region(e.start(), e.end()).find();
                m.counterpart = WITH_BEFORE.matcher(before).find();
                m.attributive = ATTRIBUTIVE_AFTER.matcher(after).lookingAt()
                        // "..., all four of them Asean members": their status, not a party to what the sentence tells
                        || MEMBERS_AFTER.matcher(after).lookingAt() && MEMBERS_APPOSITION_BEFORE.matcher(before).find();
                // (also "EU state Hungary was granted observer status": the body describes the state, the status is another's)
                m.qualifier = QUALIFIER_AFTER.matcher(after).lookingAt() || DESCRIBES_STATE_AFTER.matcher(after).lookingAt()
                        || NAMES_A_WORK_AFTER.matcher(after).lookingAt() || TITLE_AFTER.matcher(after).lookingAt();
                m.framed = FRAMEWORK_BEFORE.matcher(text.substring(Math.max(0, e.start() - 70), e.start())).find()
                        || WITHIN_AFTER_NAME.matcher(before).find();
                m.statusObject = STATUS_OBJECT_BEFORE.matcher(SentenceView.lowerSameLength(text.substring(Math.max(0, e.start() - 30), e.start()))).find()
                        // "to join NATO and, eventually, the European Union": the list goes on
                        || !out.isEmpty() && out.get(out.size() - 1).isOrganization() && out.get(out.size() - 1).statusObject
                        && Regions.matches(STATUS_LIST_GAP, text, out.get(out.size() - 1).end(), e.start());
            }
            String near = SentenceView.lowerSameLength(text.substring(Math.max(0, e.start() - 45), e.start()));
            // present, or the go-between: "talks mediated by President Recep Tayyip Erdoğan" (a mediator is no party)
            m.witness = near.contains("presence of") || near.contains("witnessed by") || near.contains("attended by")
                    || near.contains("mediated by") || near.contains("brokered by") || near.contains("facilitated by")
                    // "at the fifth BIMSTEC summit hosted by Sri Lanka", "at a ceremony hosted by King Salman": the host signs nothing by it
                    || near.contains("hosted by ") && HOSTED_BY_BEFORE.matcher(near).find()
                    || BROKERED_AFTER.matcher(after).lookingAt(); // "a US-brokered agreement", "the Russia-led EAEU": no party
            m.reporting = e.form() == EntityForm.STATE_ACTOR && REPORTING_AFTER.matcher(after).lookingAt();
            m.commemorated = near.endsWith("anniversary of the ") || near.endsWith("anniversary of ");
            m.commercial = e.form() == EntityForm.ADJECTIVE && COMMERCIAL_AFTER.matcher(after).lookingAt()
                    || CURRENCY_AFTER.matcher(after).lookingAt(); // "a 1.326bn US dollars contract": money, not the state
            m.territorial = e.form() == EntityForm.ADJECTIVE && SUBNATIONAL_AFTER.matcher(after).lookingAt()
                    || SEAT_AFTER.matcher(after).lookingAt();
            Matcher pm = POSSESSIVE_AFTER.matcher(after);
            if (pm.find()) {
                m.possessive = true;
                m.possessed = SentenceView.lowerSameLength(pm.group(1));
                // "sign peace agreement in Jeddah under King Salman's auspices": the patron signs nothing by it
                m.witness |= GO_BETWEEN_NOUNS.contains(m.possessed);
            }
            m.witness |= near.contains("auspices of"); // "signed under the auspices of the Saudi king"
            out.add(m);
            prev = e;
        }
        // "Serbia and the Union State hold observer status": an organization listed with states is one of them
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (!m.isOrganization()) {
                continue;
            }
            // (not "With Timor-Leste, ASEAN now gathers ...": a phrase opening the sentence, then the body as its subject)
            boolean before = i > 0 && out.get(i - 1).isState()
                    && Gaps.isListGap(text, out.get(i - 1).end(), m.start())
                    && !(i == 1 && OPENING_WITH.matcher(text).region(0, out.get(0).start()).matches());
            // "the Union State and Serbia hold ...", but not "members of the EAEU and Uzbekistan has ...": an object
            boolean after = i + 1 < out.size() && out.get(i + 1).isState()
                    && Regions.matches(AND_GAP, text, m.end(), out.get(i + 1).start())
                    && !PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
            // "Iraq, OPEC's second-largest producer, ...": a possessor in apposition is listed with nothing
            // "The European Union, Japan, JINR, the Russian Federation ... and the United States currently have Observer status"
            boolean opensList = i + 2 < out.size() && out.get(i + 1).isState() && (out.get(i + 2).isState() || out.get(i + 2).isOrganization())
                    && Regions.matches(COMMA_ONLY_GAP, text, m.end(), out.get(i + 1).start()) && Gaps.isListGap(text, out.get(i + 1).end(), out.get(i + 2).start())
                    && !PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
            m.listedWithStates = (before || after || opensList) && !m.isPossessive();
        }
        // "X-Y relations": both states written as one compound
        for (int i = 0; i + 1 < out.size(); i++) {
            Mention a = out.get(i);
            Mention b = out.get(i + 1);
            if (a.isState() && b.isState() && DASH.matcher(text.substring(a.end(), b.start())).matches()) {
                a.compound = true;
                b.compound = true;
            }
        }
        return out;
    }

    // ---- discourse -------------------------------------------------------------------------

    /** How often each state is named (a headline counts thrice), and in {@code first} the order each was first named in. */
    private Map<String, Integer> salience(Map<String, Integer> first) {
        Map<String, Integer> salience = new HashMap<>();
        int order = 0;
        for (SentenceView v : sentences) {
            int weight = v.sentence().blockKind() == org.pactum.importer.text.Block.Kind.HEADLINE ? 3 : 1;
            for (Mention m : v.mentions()) {
                String c = countryOf(m);
                if (c == null || m.compound) {
                    continue;
                }
                salience.merge(c, m.isState() ? weight : 1, Integer::sum);
                first.putIfAbsent(c, order++);
            }
        }
        return salience;
    }

    private static String chooseFocus(Map<String, Integer> salience, Map<String, Integer> first) {
        String best = null;
        for (Map.Entry<String, Integer> e : salience.entrySet()) {
            if (best == null || e.getValue() > salience.get(best)
                    || e.getValue().equals(salience.get(best)) && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
            }
        }
        return best != null && salience.get(best) >= 2 ? best : null;
    }

    /** Named at least four times and twice as often as any other state: a profile of that state. */
    private static boolean dominates(Map<String, Integer> salience, String focus) {
        int second = 0;
        for (Map.Entry<String, Integer> e : salience.entrySet()) {
            if (!e.getKey().equals(focus)) {
                second = Math.max(second, e.getValue());
            }
        }
        return salience.get(focus) >= 4 && salience.get(focus) >= 2 * second;
    }

    private static String countryOf(Mention m) {
        return m.type() == EntityType.COUNTRY || m.type() == EntityType.PLACE ? m.code() : null;
    }

    /**
     * A state written only in an "X-Y relations" compound, barely named elsewhere, in an article about
     * another state, is a slip for that state ("US-Afghanistan relations" in an article about Azerbaijan).
     */
    private void markSlips() {
        if (focus == null) {
            return;
        }
        Map<String, Integer> outside = new HashMap<>();
        Map<String, Integer> inside = new HashMap<>();
        int focusCount = 0;
        for (SentenceView v : sentences) {
            for (Mention m : v.mentions()) {
                if (!m.isState()) {
                    continue;
                }
                (m.compound ? inside : outside).merge(m.code(), 1, Integer::sum);
                if (m.code().equals(focus) && !m.compound) {
                    focusCount++;
                }
            }
        }
        for (SentenceView v : sentences) {
            List<Mention> ms = v.mentions();
            for (int i = 0; i + 1 < ms.size(); i++) {
                Mention a = ms.get(i);
                Mention b = ms.get(i + 1);
                if (!a.compound || !b.compound || !a.isState() || !b.isState()
                        || !RELATIONS_AFTER.matcher(v.text().substring(b.end())).find()
                        || a.code().equals(focus) || b.code().equals(focus)) {
                    continue;
                }
                for (Mention m : List.of(a, b)) {
                    Mention other = m == a ? b : a;
                    int out = outside.getOrDefault(m.code(), 0);
                    int otherOut = outside.getOrDefault(other.code(), 0);
                    if (out <= 1 && otherOut > out && focusCount >= 3 * Math.max(1, out)) {
                        m.slip = true;
                    }
                }
            }
        }
    }

    /** "Armenian Prime Minister Irakli Garibashvili" in an article about Georgia: a leader's nationality written once. */
    private static final Pattern LEADER_AFTER = Pattern.compile("^\\s+(?:Prime Minister|President|Foreign Minister|Minister of Foreign Affairs|Premier)\\b");

    /**
     * A nationality written once in the whole article, before a leader's title: a slip for the state the article
     * names most (at least five times) among those this sentence does not name.
     */
    private void markLeaderSlips() {
        Map<String, Integer> count = new HashMap<>();
        for (SentenceView v : sentences) {
            for (Mention m : v.mentions()) {
                if (m.isState() || m.type() == EntityType.PLACE) {
                    count.merge(m.code(), 1, Integer::sum);
                }
            }
        }
        for (SentenceView v : sentences) {
            for (Mention m : v.mentions()) {
                if (!m.isState() || !m.isAdjective() || !LEADER_AFTER.matcher(v.text().substring(m.end())).find()) {
                    continue;
                }
                Mention leader = leaderAfter(v, m);
                if (leader != null) {
                    // "Kazakh President Sadyr Japarov": the leader is known, the nationality is the slip
                    if (!leader.code().equals(m.code())) {
                        m.slip = true;
                        m.readAs = leader.code();
                    }
                    continue;
                }
                if (count.get(m.code()) != 1) {
                    continue;
                }
                String dominant = null;
                for (Map.Entry<String, Integer> e : count.entrySet()) {
                    boolean here = v.mentions().stream().anyMatch(x -> x.code().equals(e.getKey()));
                    if (!here && Countries.isAlpha3(e.getKey()) && e.getValue() >= 5 && (dominant == null || e.getValue() > count.get(dominant))) {
                        dominant = e.getKey();
                    }
                }
                if (dominant != null) {
                    m.slip = true;
                    m.readAs = dominant;
                }
            }
        }
    }

    /** The leader named right after the nationality and the title ("Kazakh President | Sadyr Japarov"), or null. */
    private static Mention leaderAfter(SentenceView v, Mention nationality) {
        for (Mention x : v.mentions()) {
            if (x.isStateActor() && x.start() > nationality.end() && x.start() - nationality.end() <= 40) {
                String between = v.text().substring(nationality.end(), x.start());
                return LEADER_AFTER.matcher(between).lookingAt() && between.indexOf(',') < 0 ? x : null;
            }
        }
        return null;
    }

    /** "Sweden and Finland applied together", "between Armenia and the European Union": two actors joined by "and". */
    private static Set<String> conjoinedPair(SentenceView v) {
        List<Mention> ms = v.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (a.canAct() && b.canAct() && !a.compound && !b.compound && !a.temporal && (a.isState() || b.isState())
                    && !a.isPossessive() && !b.isPossessive() && !a.code().equals(b.code())
                    && Regions.matches(JUST_AND, v.text(), a.end(), b.start())
                    && (i + 2 >= ms.size() || !Regions.matches(COMMA_AND_GAP, v.text(), b.end(), ms.get(i + 2).start()))
                    && (i == 0 || !Regions.matches(COMMA_THE_GAP, v.text(), ms.get(i - 1).end(), a.start()))
                    && !ROUTE_BEFORE.matcher(v.text().substring(Math.max(0, a.start() - 12), a.start())).find()
                    && !ROUTE_LIST_BEFORE.matcher(v.text().substring(Math.max(0, a.start() - 60), a.start())).find()) {
                // "Bahrain and Sudan also severed relations with Iran", "Saudi Arabia and Iran also thanked Iraq and Oman":
                // no new pair (others doing the same, or the pair discussed already)
                return v.lower().startsWith(" also ", b.end()) ? null : orderedPair(a.code(), b.code());
            }
        }
        return null;
    }

    /** "Thailand's cooperation with the OECD goes back more than a decade": the state and its counterpart. */
    private static Set<String> cooperationPair(SentenceView v) {
        List<Mention> ms = v.mentions();
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            if (a.isState() && a.canAct() && b.canAct() && !b.compound && !a.code().equals(b.code())
                    && Regions.matches(COOPERATION_WITH_GAP, v.text(), a.end(), b.start())) {
                return orderedPair(a.code(), b.code());
            }
        }
        return null;
    }

    /**
     * "The Ortega government has also strengthened its ties with China": the state "its" stands for (the last one named
     * before it, else the article's focus) and the counterpart.
     */
    private Set<String> ownTiesPair(SentenceView v) {
        String lower = v.lower();
        if (!lower.contains("its ") && !lower.contains("their ") || !lower.contains(" with ")) {
            return null; // (the cheap test first: the pattern below is tried at every state named)
        }
        String owner = focus;
        for (Mention b : v.mentions()) {
            if (b.isState() && b.canAct() && !b.compound && !b.isAdjective()
                    && Regions.matches(OWN_TIES_BEFORE, v.text(), Math.max(0, b.start() - 60), b.start())) {
                return owner == null || owner.equals(b.code()) ? null : orderedPair(owner, b.code());
            }
            if (b.isState() && b.canAct() && !b.isAdjective() && !b.locative) {
                owner = b.code();
            }
        }
        return null;
    }

    private static final Pattern OWN_TIES_BEFORE = Pattern.compile("(?s).*\\b(?:its|their)\\s+(?:[\\p{L}-]+\\s+)?(?:cooperation|co-operation|relations|ties|partnership)"
            + "\\s+with\\s+(?:the\\s+)?$");

    private static final Pattern COOPERATION_WITH_GAP = Pattern.compile("(?:['’]s)?\\s+(?:cooperation|co-operation|relations|ties|partnership|engagement)"
            + "\\s+with\\s+(?:the\\s+)?");

    /**
     * "electricity from Kyrgyzstan and Tajikistan to Afghanistan and Pakistan", "the TAP, which crosses Greece and Albania":
     * ends or stages of a route, not a pair of actors.
     */
    private static final Pattern ROUTE_BEFORE = Pattern.compile("\\b(?:from|to|through|via|across|cross(?:es|ed|ing)?|travers(?:es|ed|ing)|transit(?:s|ed|ing)?)\\s+(?:the\\s+)?$");
    /** "linking China to Europe via Kazakhstan, the Caspian Sea, Azerbaijan and Georgia": the tail of a route's list. */
    private static final Pattern ROUTE_LIST_BEFORE = Pattern.compile("\\b(?:via|through|across)\\s+[^.;:]{0,50},\\s*(?:the\\s+)?$");

    /** Two codes in the order they were written: Set.of would iterate in a per-run order, and records must not. */
    private static Set<String> orderedPair(String first, String second) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(first, second)));
    }

    /** Whose diplomat chairs or attends a meeting: no side of the matter discussed. */
    private static final Set<String> ENVOYS = Set.of("ambassador", "envoy", "representative", "delegate", "diplomat", "chargé",
            "consul", "observer", "mediator");

    /** "Both countries", "The two sides": a sentence opening with the pair talked about. */
    private static final Pattern PAIR_ANAPHOR_OPENING = Pattern.compile("\\W*(?:both (?:countries|states|nations|sides|governments|neighbou?rs)"
            + "|the two (?:countries|states|nations|sides|governments|neighbou?rs|leaders|presidents))\\b");

    /** The pair of states under discussion, sentence by sentence: set by "X-Y relations" or by two states named together. */
    private List<Set<String>> discoursePairs() {
        List<Set<String>> out = new ArrayList<>();
        Set<String> current = Set.of();
        int paragraph = -1;
        for (SentenceView v : sentences) {
            out.add(current);
            if (current.size() == 2 && PAIR_ANAPHOR_OPENING.matcher(v.lower()).lookingAt()
                    && (v.lower().contains("along with") || v.lower().contains("together with"))) {
                // "Both countries are members of SAARC, along with Afghanistan, ...": the pair talked about, not the states added to it
                paragraph = v.sentence().block();
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            Set<String> compound = new LinkedHashSet<>();
            boolean relations = false;
            int states = 0;
            for (Mention m : v.mentions()) {
                states += m.isState() ? 1 : 0;
            }
            List<Clause> clauses = states >= 2 ? v.clauses() : List.of();
            Clause main = clauses.isEmpty() ? null : clauses.get(0);
            for (Mention m : v.mentions()) {
                if (!m.isState() || m.locative || m.institutional || m.commercial || main != null && !main.contains(m.start(), m.end())
                        || m.isPossessive() && ENVOYS.contains(m.possessed()) // "chaired by Slovenia's ambassador to the WTO"
                        || m.temporal && !OWN_VERB.matcher(v.lower().substring(m.end(), Math.min(v.lower().length(), m.end() + 30))).find()
                        && !Regions.matchesFrom(NO_WORD, v.text(), m.end())) {
                    continue;
                }
                String code = m.slip ? (m.readAs != null ? m.readAs : focus) : m.code();
                if (m.compound) {
                    compound.add(code);
                    relations |= RELATIONS_AFTER.matcher(v.text().substring(m.end())).find();
                } else {
                    named.add(code);
                }
            }
            Set<String> conjoined = conjoinedPair(v);
            if (conjoined == null) {
                conjoined = cooperationPair(v);
            }
            if (conjoined == null) {
                conjoined = ownTiesPair(v);
            }
            if (relations && compound.size() == 2) {
                current = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(compound));
            } else if (conjoined != null) {
                current = conjoined;
            } else {
                named.addAll(compound);
                if (named.size() == 2) {
                    current = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(named));
                }
            }
            out.set(out.size() - 1, current.isEmpty() ? out.get(out.size() - 1) : current);
            paragraph = v.sentence().block();
        }
        return Collections.unmodifiableList(out);
    }
}
