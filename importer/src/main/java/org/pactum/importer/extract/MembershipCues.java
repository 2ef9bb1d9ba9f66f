package org.pactum.importer.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.pactum.importer.text.MultiWordMatcher;
import org.pactum.importer.text.PrefixedSearches;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.MembershipStatus;

/**
 * The wording that states a membership status, strongest first. Patterns run on lower-case clause text. An alternative
 * that opens with a look-behind first tests the words right after it by a look-ahead ({@code (?=formed\b)(?<!...)formed}):
 * the look-behind alone would be tried at every position the guard lets through, and cost most of the cue's search.
 */
final class MembershipCues {

    /** How the cue finds its organization and its members. */
    enum Kind {
        /** "X's accession/membership/participation": the member is the possessor. */
        POSSESSED,
        /** "A, B and C founded X", "set up by A, B and C". */
        FOUNDING,
        /** "X was represented ... by A's ..., B's ...": possessives name members. */
        REPRESENTED,
        /** "The Eurasian Economic Union includes Russia, Belarus ...": the organization before, the members listed after. */
        COMPRISES,
        /** Everything else: the states of the clause. */
        PLAIN
    }

    /** {@code orgInside}: the cue holds only with an organization named inside its match ("now an SCO partner"). */
    /**
     * {@code triggers}: words every match holds (one of them); {@code starts}, when not empty: words every match starts with,
     * so the search starts at the first of them instead of ~110 characters before the first trigger.
     */
    record Cue(MembershipStatus status, Kind kind, Pattern pattern, boolean orgFallback, List<String> triggers, boolean orgInside,
            List<String> starts) {

        Cue(MembershipStatus status, Kind kind, Pattern pattern, boolean orgFallback, List<String> triggers, boolean orgInside) {
            this(status, kind, pattern, orgFallback, triggers, orgInside, List.of());
        }
    }

    record Hit(Cue cue, int start, int end) {
    }

    /** {@code firstChars}: every character a match can start with (see {@link SearchPatterns#startingWith}). */
    private static Cue cue(MembershipStatus s, Kind k, boolean orgFallback, String firstChars, String regex) {
        return cue(s, k, orgFallback, firstChars, regex, TRIGGERS.get(s.name() + "/" + k.name() + "/" + orgFallback));
    }

    private static Cue cue(MembershipStatus s, Kind k, boolean orgFallback, String firstChars, String regex, List<String> triggers) {
        return new Cue(s, k, SearchPatterns.startingWith(firstChars, regex), orgFallback, triggers, false);
    }

    /** A cue whose every match starts with one of {@code starts} (its triggers those of its status and kind). */
    private static Cue startingAt(MembershipStatus s, Kind k, boolean orgFallback, String firstChars, String regex, List<String> starts) {
        Cue c = cue(s, k, orgFallback, firstChars, regex);
        return new Cue(s, k, c.pattern(), orgFallback, c.triggers(), false, starts);
    }

    private static Cue namingItsOrganization(MembershipStatus s, String firstChars, String regex, List<String> triggers) {
        return new Cue(s, Kind.PLAIN, SearchPatterns.startingWith(firstChars, regex), false, triggers, true);
    }

    /** Literal words each cue's pattern needs (keyed by status/kind/fallback; keep in step with CUES). */
    private static final java.util.Map<String, List<String>> TRIGGERS = java.util.Map.ofEntries(
            java.util.Map.entry("SUSPENDED/PLAIN/true", List.of("suspend", "suspension", "froze", "freez", "frozen")),
            java.util.Map.entry("FORMER_MEMBER/PLAIN/true", List.of("abandon", "withdr", "left the", "exit from", "departure from", "former member", "no longer", "no more", "took part",
                    "chose not", "refused to", "declined to", "ceased", "expel", "excluded from", "quit", "stopped", "no more", "departure of", "exit of", "leaving", "out of")),
            java.util.Map.entry("FORMER_MEMBER/PLAIN/false", List.of("left ", "withdrew in", "walked out in")),
            java.util.Map.entry("FOUNDING_MEMBER/FOUNDING/false", List.of("found", "set up", "establish", "creat", "institut", "formed", "signed", "revived", "relaunched", "launched", "launching", "started", "helped",
                    "went on to", " born")),
            java.util.Map.entry("CANDIDATE/PLAIN/true", List.of("candida", "negotiat", "talks", "discussions", "accession countr", "accession process", "accession working",
                    "accession procedure", "process for")),
            java.util.Map.entry("APPLICANT/POSSESSED/true", List.of("support", "back", "welcom", "endors", "application")),
            java.util.Map.entry("APPLICANT/PLAIN/true", List.of("appl", "bid to join", "to join", "intent to join", "requested", "prospective member", "aspir", "would-be",
                    "seek", "sought", "request", "asked for", "asks for", "submitted", "asked to", "asks to", "asking to",
                    "obtain", "admitting", "admission of", "to become", "accession of", "process of", "midst of", "wait")),
            java.util.Map.entry("PARTNER/COMPRISES/false", List.of("partners")),
            java.util.Map.entry("MEMBER/COMPRISES/false", List.of("include", "shares with", "share with", "composed by", "comprise", "unite", ") groups", " groups ", "members are", "member states are", "member countries are", "members were", "member states were", "member countries were", "comprises", "comprised", "consists of",
                    "brings together", "unites", ", groups", "which groups", "bloc groups", "grouping groups", "organization groups", "organisation groups", "union groups",
                    "alliance groups", "forum groups", "council groups", "community groups", "made up of", "grouping of", "group of", "bloc of", "club of", "alliance of",
                    "effect for", "force for", "effect first for", "force first for", "effect initially for", "force initially for", "effect only for", "force only for",
                    "effect on", "force on", "effect in", "force in", "composed of", "formed by")),
            java.util.Map.entry("OBSERVER/PLAIN/true", List.of("observer")),
            java.util.Map.entry("DIALOGUE_PARTNER/PLAIN/true", List.of("dialogue partner", "in dialogue", "dialogue relations", "dialogue ties")),
            java.util.Map.entry("PARTNER/PLAIN/true", List.of("partner", "associate")),
            java.util.Map.entry("PARTNER/PLAIN/false", List.of("partner")),
            java.util.Map.entry("MEMBER/REPRESENTED/false", List.of("represented")),
            java.util.Map.entry("MEMBER/POSSESSED/false", List.of("accession", "membership", "participation", "admission")),
            java.util.Map.entry("MEMBER/PLAIN/false", List.of("fellow", " chair", "both members", " member", "part of", "entered ", "chairmanship", "presidency", "chairs", "chaired",
                    "will chair", "is chairing", "belong", "chair of", "chairman of", "chairwoman of", "chairperson of", "president of", "sit in", "sits in", "sat in", "sitting in", "together in", "sit on", "sits on", "sat on", "sitting on",
                    "sit with", "sits with", "sat with", "sitting with", "is part", "are part", "was part", "were part", "which integrate", "which make up", "which constitute", "which compose", "the chairman of", "the chairwoman of", "the chairperson of",
                    "party to", "parties to", "together in", "together within", "closely in", "closely within", "jointly in", "jointly within",
                    "work within", "works within", "cooperate within", "cooperates within", "shareholder")),
            java.util.Map.entry("MEMBER/PLAIN/true", List.of("join", "allies in", "accession", "admitted", "admitting", " added", " accepted", "reintegrated", "member", "took up", "returned", ":",
                    "allies", " ally", "seat in", "th party", "nd party", "rd party", "st party", "participating state", "among its members", "among their members", "expanded", "enlarged", "took in", "takes in", "taking in",
                    "became the", "becomes the", "brought", "brings")));


    /** "established dialogue relations with ASEAN", "set up diplomatic ties": relations opened, no body founded. */
    private static final String RELATIONS_AFTER = " (?:formal |full |full-fledged )?(?:dialogue|diplomatic) (?:relations|ties)\\b";

    /** "became the alliance's 32nd member": the clause's own verb, stronger than an "accession to" in a time clause after it. */
    /** "remains an ECOWAS member": the body's name before the noun (not "remains a member on paper", "remains the only member"). */
    static final String REMAINS_NAMED_MEMBER = "remain(?:s|ed)? (?:an? |the )(?!(?:full|founding|permanent|prospective|associate|active|key|core|loyal"
            + "|important|only|sole|last|member)\\b)[\\p{L}-]+ members?\\b";
    /** "Singapore, one of the pact's 11 members, has been among the most vocal supporters": a status in apposition (a clause of its own). */
    static final String ONE_OF_THE_MEMBERS = "one of (?:the |its |their )?(?:[\\p{L}-]+(?:'s|\u2019s) )?(?:\\d{1,3} |two |three |four |five |six |seven |eight "
            + "|nine |ten )?(?:founding |original |full )?members";
    /** "both EU and NATO members", "the two ECOWAS members": a status in apposition, the bodies written inside it. */
    static final String MEMBERS_IN_APPOSITION = "(?:(?:both|all|all three|all four|all five|the two|the three|the four|the five|two|three|four|five) (?:of them |of which )?(?:[\\p{L}-]+ ){1,2}"
            + "(?:and [\\p{L}-]+ )?(?:members|member (?:states|countries|nations)|allies)\\b"
            // "Iran, Venezuela and Libya, OPEC members whose output has already been reduced by U.S. sanctions"
            + "|[\\p{L}-]+ (?:members|member states)(?= (?:whose|which|who)\\b)"
            // "the leaders of Japan, India and Australia, his partners in the Quad grouping"
            + "|(?:his|her|its|their|our) (?:fellow )?(?:partners|allies) in\\b"
            + "|" + ONE_OF_THE_MEMBERS + "\\b)";

    /** "would not leave", "has not left", "did not quit": a departure denied (read as no negation of the membership). */
    // (not "has not formally left the bloc" after a freeze: the suspension stands, see the rule tests)
    /** "has invited Argentina, Egypt, ... to become full members": the body's decision to admit them (the gold reads them as members). */
    static final String INVITED_TO_JOIN = "\\binvit(?:ed|es)\\b[^.;]{0,160}?\\bto (?:join(?: the [\\p{L}-]+)? as (?:full |permanent )?members?|become (?:full(?:-fledged)? |permanent )?members?)\\b";

    // (also "Argentina could even leave the Mercosur trade bloc": only a member can leave)
    static final String STAYS = "\\b(?:would|will|did|does|do|has|have|had)(?: still)? not (?:leave|left|quit|withdraw(?:n)? from)\\b"
            + "|\\b(?:could|might|threaten(?:s|ed)? to)(?: even| also)? (?:leave|quit|withdraw from|pull out of)\\b";

    /** "the AUKUS partnership between A, B and C": a body by its members, its name right before the noun. */
    static final String PARTNERSHIP_OF = "(?:partnership|alliance|pact|grouping) (?:between|of|linking|uniting)\\b(?! (?:the )?(?:two|three|four|five|countries|states|nations)\\b)";

    /** "launched in Phnom Penh in November 2012, by the end of this year": "by" a time, not by founders. */
    private static final String NOT_A_DEADLINE = "(?! the end\\b| the time\\b| then\\b| mid| early\\b| late\\b| year\\b| \\d| (?:january|february|march|april|may|june"
            + "|july|august|september|october|november|december)\\b)";

    private static final String BECAME_MEMBER = "\\bbec(?:ame|omes|ome|oming) (?:in \\d{4},? )?(?:(?:a|an|the|its|their|full|full-fledged|fully-fledged|permanent|new"
            + "|[\\p{L}-]+'s|\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) )*"
            + "(?:[\\p{L}\\d-]+ ){0,2}?members?\\b"; // "became a WTO member", "became an EU member state"

    private static List<Cue> cues() {
        return List.of(
            // "they would not leave the West African Economic and Monetary Union": a departure denied, a member still
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, "wdhcmt", STAYS, List.of("not leave", "not left", "not quit", "not withdraw", "leave", "quit",
                    "withdraw from", "pull out of")),
            // "South Africa quit in 1961 over criticism of apartheid and returned in 1994": back in the body it left (the caller
            // checks the departure before it)
            startingAt(MembershipStatus.MEMBER, Kind.PLAIN, true, "r", "(?=returned )(?<=\\b(?:and|but) )returned(?= (?:in|on) (?:\\d{4}|january"
                    + "|february|march|april|may|june|july|august|september|october|november|december)\\b)", List.of("returned")),
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, "i", INVITED_TO_JOIN, List.of("invited", "invites")),
            // "became a republic ... but remains in the Commonwealth": still a member (only with the body in the words after it)
            // ("Bamako, Ouagadougou and Niamey stay in the West African Economic and Monetary Union")
            namingItsOrganization(MembershipStatus.MEMBER, "rs", "\\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?) (?:with)?in (?:the )?[\\p{L}-]+(?: [\\p{L}-]+){0,6}(?![\\p{L}'\u2019-])(?: \\([\\p{Lu}\\d-]{2,12}\\))?",
                    List.of("remain", "stay")),
            // "Syria's membership ..., which was suspended in 2011, was restored in May 2023": a member again, stronger than the suspension
            cue(MembershipStatus.MEMBER, Kind.POSSESSED, true, "wh", "\\b(?:was|were|has been|had been) (?:fully )?(?:restored|reinstated)\\b",
                    List.of("restored", "reinstated")),
            // "The African Union on Sunday lifted the suspension of Guinea", "to readmit it": a member again
            cue(MembershipStatus.MEMBER, Kind.POSSESSED, true, "lr", "\\blift(?:ed|s|ing)? (?:the |its |their )?suspension (?:of|imposed on(?: the)?)\\b"
                    + "|(?=readmit)(?<!\\bbe )(?<!\\bwas )(?<!\\bwere )(?<!\\bbeen )\\breadmit(?:ted|s|ting)?\\b", List.of("suspension of", "suspension imposed", "readmit")),
            // "the treatment of Gabon, whose suspension was lifted in April 2025": the state before the relative clause
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, "w", "\\bwhose suspension (?:was|were|has been|had been) lifted\\b", List.of("suspension was", "suspension has", "suspension had", "suspension were")),
            cue(MembershipStatus.SUSPENDED, Kind.PLAIN, true, "spmfwiahrbtu", "\\bsuspend(?:s|ed|ing)? (?:its |their |his |her |our |the )?(?:participation|membership)|\\bsuspend(?:s|ed|ing)? [\\p{L}-]+(?:'s|\u2019s) (?:rights of membership|membership rights|membership)\\b|\\bsuspension of\\b[^.;]{0,30}(?:participation|membership)"
                    + "|(?:participation|membership)\\b[^.;]{0,100}\\b(?:frozen|suspended)\\b|\\bfr(?:oze|ozen|eez(?:e|es|ing)) (?:its |their |our |[\\p{L}-]+(?:'s|\u2019s) )?(?:participation|membership)"
                    + "|\\b(?:was|were|is|are|(?:has|have|had)(?: all| also| already| since)? been|remains|remain)(?: all| also| still)? suspended (?:from|of)\\b"
                    // "Venezuela, which joined in 2012, has been suspended since 2016": the state's own suspension, from the body talked about
                    + "|\\b(?:(?:has|have|had)(?: also| already)? been|remains|remained|remain)(?: all| also| still)? suspended(?= since\\b| in \\d| (?:following|after|over|pending|until)\\b)"
                    // "Madagascar becomes the sixth AU member state currently under suspension, joining Burkina Faso, ..."
                    + "|\\bunder suspension\\b"
                    // "Mali was suspended in June after its second military takeover": the state right before (checked by the caller)
                    + "|\\b(?:was|were)(?: also)? suspended(?= (?:in|on) (?:january|february|march|april|may|june|july|august|september|october"
                    + "|november|december|\\d)| (?:after|following)\\b)"
                    // "Mali, Burkina Faso and Niger, which are also suspended, were not represented"
                    + "|\\bwhich (?:are|is|were|was|remain|remains|remained) (?:also |still |all )?suspended\\b"
                    // "Madagascar, however, remains suspended."
                    + "|\\b(?:remains|remain|remained)(?: all| also| still)? suspended(?=\\s*(?:[.;,]|$))"
                    // "Mercosur is made up of Argentina, ..., while Venezuela is suspended and Bolivia is in the process of accession"
                    + "|\\b(?:is|are)(?: all| also| still| currently| now)? suspended(?=\\s*(?:[.;,]|$|and\\b))"
                    // "Mali, Burkina Faso and Niger, all under military rule and all suspended from the African Union"
                    + "|\\b(?:all|both|itself|themselves|still) suspended from\\b"
                    // a body suspending a state: "suspended Guinea from all the bloc's decision-making bodies", "decides to suspend
                    // the Republic of Guinea from all AU activities", "has suspended Guinea over last Sunday's military coup",
                    // "Mali was suspended by Ecowas on May 30"
                    + "|\\bsuspend(?:s|ed|ing)? [^.;]{1,60}? from (?:all |the )?(?:[\\p{L}'-]+ ){0,4}(?:activities|bodies|organs|institutions|summits|meetings)\\b"
                    + "|\\bsuspend(?:s|ed)? [^.;]{1,40}? (?:over|after|following|in the wake of) [^.;]{0,40}\\bcoups?\\b"
                    + "|\\b(?:was|were|has been|have been|had been)(?: also| first)? suspended by\\b"),
            // (leaving a treaty is no exit from a body: "Italy quit the treaty in 2016", "its withdrawal from the CFE Treaty"; a
            // body's founding statute or charter is: "Burundi's withdrawal from the Rome Statute")
            cue(MembershipStatus.FORMER_MEMBER, Kind.PLAIN, true, "aiwlfntceqsrdp", "\\b(?:are|is|were|was) no more (?:a )?members?\\b|\\bwithdr[ae](?:wn?|ws)\\b[^.;]{0,30}\\bfrom\\b(?!\\s+(?:[\\p{L}-]+\\s+){1,4}(?:agreements|treaties|deals|pacts|accords|conventions|protocols|documents|initiative)\\b)(?!\\s+(?:the\\s+|its\\s+|their\\s+)?(?:accession\\s+|membership\\s+)?(?:process|talks|negotiations|bid|application|race|agreements?|treaty|deal|pact|accord|convention|memorandum|protocol|projects?|contracts?|programm?es?|consortium|scheme|plan|initiative)\\b|\\s+(?:the\\s+)?[\\p{L}-]+(?:'s|\u2019s)\\s)|\\bwithdrawal from\\b(?! (?:the )?(?:occupied |captured |[\\p{L}-]+ )?(?:territor\\w*|lands|areas|regions?|positions|towns|troops|forces)\\b)(?! (?:the |its |their )?(?:[\\p{L}-]+ ){0,6}(?:treaty|treaties|convention|agreement|agreements|accord|accords|pact|deal|protocol)\\b)|(?=(?:exit|departure) from\\b)(?<=(?:'s|\u2019s) )(?:exit|departure) from\\b|\\bleft the\\b"
                    + "|\\bformer members?\\b|\\bno (?:longer|more) (?:an? )?(?:members?|part) of\\b|\\bno longer (?:a )?members?\\b|\\btook part in\\b[^.;]{0,40}\\buntil\\b|\\bchose not to (?:extend|renew)\\b|\\b(?:refused|declined) to (?:extend|renew|prolong) (?:its |their )?(?:participation|membership)\\b"
                    + "|\\bceased to be\\b|\\bexpel(?:led|s)\\b(?!\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:ambassadors?|envoys?|diplomats?|attach\\S*|advis[eo]rs?|officials?|staff|journalists?|nationals|citizens|migrants|troops|personnel|representatives?|consul\\S*|charg\\S*)\\b)|\\b(?:was|were) excluded from\\b|\\b(?:is|was|are|were) (?:leaving|quitting|withdrawing from)\\b|(?=after )(?<!\\b(?:rejoined|returned to|readmitted to)\\b[^.;]{0,60})\\bafter (?:leaving|quitting) the\\b|\\bquit(?:s|ting|ted)? (?:the )?(?=\\S)(?!(?:the |its |their )?(?:[\\p{L}-]+ ){0,6}(?:treaty|treaties|convention|agreement|agreements|accord|accords|pact|deal|protocol)\\b)|\\b(?:stopped|ceased) (?:participating|taking part)\\b"
                    // "ECOWAS on Wednesday formally confirmed the departure of Burkina Faso, Mali and Niger"
                    + "|\\b(?:confirmed|completed|formali[sz]ed|recorded|took note of) the (?:departure|exit|withdrawal) of\\b"
                    // "Kiribati pulled out of the 18-member bloc in July": the body the text is about
                    + "|\\bpull(?:ed|s|ing)? out of(?= the (?:[\\p{L}\\d-]+ ){0,2}(?:bloc|organi[sz]ation|alliance|group|grouping|union|community|forum"
                    + "|commonwealth|association|league|club)\\b)"
                    // "Mauritania was one of the founding members of ECOWAS, but it abandoned the organisation in 2000"
                    + "|\\babandon(?:ed|s)? (?=the (?:[\\p{L}\\d-]+ ){0,2}(?:bloc|organi[sz]ation|alliance|group|grouping|union|community|forum"
                    + "|commonwealth|association|league|club)\\b)"),
            // "Ecuador, Argentina and Brazil announced their departures in 2019": departures from the body the text is about
            // (not "its": "North Korea announced its withdrawal in 2003" is as often from a treaty as from a body)
            cue(MembershipStatus.FORMER_MEMBER, Kind.PLAIN, true, "acf", "\\b(?:announced|confirmed|formali[sz]ed|completed) their "
                    + "(?:withdrawals?|departures?|exits?)\\b(?! from\\b)", List.of("their withdrawal", "their departure", "their exit")),
            // "Laos and Myanmar followed in July 1997", "Albania and Croatia came in on April 1, 2009": the next step of an
            // enlargement the text tells, into the body it is about (not "entered in May 1982": too often not a body's)
            // ("followed" only after a joining in the same sentence, with no other status named: "Saudi Arabia and Qatar were granted
            // dialogue partner status ..., and the UAE, Kuwait and Bahrain followed" are partners)
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, "fc", "(?:\\bcame in|(?<=\\b(?:joined|admitted|acceded)\\b[^.;:]{0,150})"
                    + "(?<!\\b(?:status|partners?|observers?|candidates?|summit|meeting)\\b[^.;:]{0,150})\\bfollowed) (?:in|on) (?=(?:\\d|(?:january"
                    + "|february|march|april|may|june|july|august|september|october|november|december)\\b))", List.of("followed in", "followed on",
                    "came in in", "came in on")),
            // "Mauritania ... left ECOWAS in 2000": only with the organization right after the verb
            // ("Zimbabwe withdrew in 2003 after it was suspended", "Pakistan walked out in 1972": from the body talked about)
            cue(MembershipStatus.FORMER_MEMBER, Kind.PLAIN, false, "lw", "(?<!\\b(?:is|are|was|were|be|been|being|is now|are now) )\\bleft\\b(?! with\\b)(?= (?!the\\b)\\S)(?! (?:it|them|him|her|us|the country) (?:as|with|without|behind|alone|exposed|isolated|vulnerable|stranded|unable|outside)\\b)"
                    // ("two months after he left office": a person's office, not a body)
                    + "(?! (?:office|power|politics|government|his post|her post|the post)\\b)|\\b(?:withdrew|walked out)(?= in (?:\\d{4}|(?:january"
                    + "|february|march|april|may|june|july|august|september|october|november|december)\\b))"),
            // "Iceland adhered to the EFTA in 1970", "acceded to the WTO": only with the body named (not "acceded to it", a treaty)
            // "Hungary entered the EU in May 2004": a named body right after (not "entered the EU market", "entered into force")
            cue(MembershipStatus.MEMBER, Kind.PLAIN, false, "aei", "\\b(?:acceded|adhered) to\\b(?! (?:it|them)\\b)"
                    + "(?! (?:the |its |a |an )?(?:[\\p{L}'-]+ ){0,5}(?:treaty|treaties|convention|agreement|protocol|statute|charter|covenant|code|accord)\\b)"
                    + "|\\bentered (?!into\\b)(?:the )?(?!(?:[\\p{L}-]+ ){0,4}(?:market|markets|airspace|waters|territory|war|zone|space|stage|fray|race|phase|era|talks"
                    + "|negotiations|region|sea|port|city|service|office|force|customs|union|agreement|treaty|accord"
                    // ("entered the year as BRICS partner countries": a time entered, the status is said after)
                    + "|year|decade|century|month|week|country)\\b)"
                    // "Ecuador had incorporated to the ALBA in June of 2009" (machine-translated "se incorporó al ALBA")
                    + "|\\bincorporated (?:in)?to\\b(?= (?:the )?(?!(?:[\\p{L}-]+ ){0,4}(?:law|laws|legislation|code|constitution|market|system|budget|plan|network|grid)\\b))",
                    List.of("acceded to", "adhered to", "entered ", "incorporated ")),
            // "Poland has been in NATO since 1999 and in the EU since 2004", "Nicaragua maintains its participation in ALBA": only with
            // the body named right after
            cue(MembershipStatus.MEMBER, Kind.PLAIN, false, "hmrs", "\\b(?:has|have|had) been in\\b(?= (?:the )?(?!(?:force|effect|talks|accession|negotiations|discussions|contact|touch|charge|power|office|place"
                    + "|operation|service|use|talks|dialogue|force|crisis|line|favou?r)\\b)[\\p{L}-]{2,}(?: [\\p{L}-]+){0,4} since\\b)"
                    + "|\\bmaintains? (?:its|their) (?:participation|membership|seat) in\\b"
                    // "became a republic ... but remains in the Commonwealth"
                    + "|\\b(?:remains|remained|stays|stayed) in\\b(?= (?:the )?(?!(?:force|effect|talks|power|office|place|operation|service|use|contact"
                    + "|touch|charge|line|crisis|doubt|limbo|question|custody|prison|exile|favou?r)\\b)\\S)", List.of("been in", "maintain", "remain", "stay")),
            // "The withdrawal of Mali, Burkina Faso and Niger from ECOWAS became effective on Wednesday": a departure done
            cue(MembershipStatus.FORMER_MEMBER, Kind.PLAIN, false, "f", "(?=from\\b)(?<=\\bwithdrawal of [^.;]{1,80}\\s)from\\b(?=[^.;]{1,120}?\\b(?:(?:became|becomes|has become) "
                    + "(?:effective|official|final)|took effect|takes effect|has taken effect|(?:was|were) completed)\\b)", List.of("withdrawal of")),
            // "Mali had already pulled out of the G5 Sahel anti-jihadist force in 2022": only with the body right after it
            cue(MembershipStatus.FORMER_MEMBER, Kind.PLAIN, false, "p", "\\bpull(?:ed|s|ing)? out of\\b", List.of("out of")),
            // "Canada, Denmark and Norway have been members since NATO was founded in 1949": members from the start
            cue(MembershipStatus.FOUNDING_MEMBER, Kind.PLAIN, false, "m", "\\bmembers? (?:ever )?since (?=(?:the )?[^.;]{1,40}? (?:was|were) (?:founded"
                    + "|established|created|set up|formed)\\b)", List.of("members since", "member since", "members ever", "member ever")),
            cue(MembershipStatus.FOUNDING_MEMBER, Kind.FOUNDING, false, "fctadsewrlbhi,", "\\bfound(?:ing|er) (?:members?|states?|countr(?:y|ies)|participants?|signatories)\\b|\\bco-?found(?:ed|ers?)\\b|\\bfounders?,?(?: [^,.;]{1,30},)? of\\b"
                    // "Its founders are Kazakhstan, China, ...", "The SCO's founders were ..."
                    + "|\\bfounders\\b(?= (?:are|were|include|included)\\b)"
                    // "the Treaty for the Establishment of the East African Community was signed ... by Kenya, Tanzania and Uganda"
                    + "|\\b(?:treaty|agreement|charter|convention|declaration) (?:for|on) the (?:establishment|creation|founding) of\\b"
                    // "Kenya, Tanzania and Uganda signed the treaty re-establishing the East African Community in Arusha in 1999"
                    + "|\\b(?:treaty|agreement|charter) re-?establishing\\b"
                    // (not "the BRICS-founded New Development Bank": an adjective)
                    + "|\\bfounded\\b(?<![-\u2010\u2011]founded)|\\bset up\\b(?!" + RELATIONS_AFTER + ")|\\bestablish(?:ed|ing)\\b(?<![-\u2010\u2011]establish(?:ed|ing))(?!" + RELATIONS_AFTER + ")"
                    + "|\\bcreat(?:ed|ing)\\b(?<![-\u2010\u2011]creat(?:ed|ing))(?<!\\bnewly created)|\\binstitut(?:ed|ing)\\b(?=[^.;]{0,80}\\b(?:by|charter|treaty|alliance|union|community|organi[sz]ation)\\b)|(?=formed\\b)(?<!\\b(?:is|are|remains|remain) )\\bformed\\b(?! by\\b(?<=(?:is|are|remains|remain) formed by))"
                    // "Saarc, which Bangladesh helped found in Dhaka in 1985 along with Bhutan, India, ..."
                    + "|\\bhelped (?:to )?(?:found|create|establish|set up|launch)\\b"
                    // "The three juntas went on to form the Alliance of Sahel States"
                    + "|\\bwent on to (?:form|found|create|establish|set up)\\b|\\b(?:revived|relaunched)\\b(?=[^.;]{0,30}\\bby\\b)"
                    // "Launched in Cairo in January 2019 by Egypt, Israel, ...": launched by its founders
                    + "|(?:\\b(?:was|were|been|being) |^\\W*|, )launched\\b(?=[^.;]{0,40}\\bby\\b" + NOT_A_DEADLINE + ")"
                    // "signed a declaration in Santiago de Chile launching the Forum for the Progress ... (Prosur)": its signers
                    + "|\\b(?:declaration|charter|treaty|agreement|accord)\\b[^.;]{0,40}?\\blaunching\\b"
                    // "The group started life in 2009 as BRIC – Brazil, Russia, India and China"
                    + "|\\bstarted (?:life|out)(?: in \\d{4})? as\\b"
                    // "The association was born in Dhaka on December 8, 1985, when the leaders of A, B and C signed the SAARC Charter"
                    + "|\\b(?:was|were) born\\b(?=[^.;]{0,80}\\bwhen\\b)"),
            // "The CPTPP was signed in Santiago ... by Australia, Brunei, ...": a body that is a treaty, by its signatories;
            // tried after the founding verbs, which win in "The TAC was signed ... by A and B, the countries which founded ASEAN"
            startingAt(MembershipStatus.FOUNDING_MEMBER, Kind.FOUNDING, false, "w", "\\b(?:was|were) signed\\b", List.of("was signed", "were signed")),
            cue(MembershipStatus.CANDIDATE, Kind.PLAIN, true, "canmsoteirphwbfr", "\\bcandidate (?:associate )?(?:status|country|countries|member|members|state|states)\\b"
                    // "Montenegro, Serbia, North Macedonia and Albania are, like Turkey, official candidates"
                    + "|\\b(?:official|formal|recogni[sz]ed) candidates?\\b|\\bcandidates? for (?:full )?(?:[\\p{L}-]+ )?(?:membership|accession)\\b"
                    // "Singapore, Australia, Canada and New Zealand were accepted as candidates for Associated State status"
                    + "|\\b(?:accepted|admitted|recogni[sz]ed) as (?:a )?candidates?\\b"
                    // "agreed to commence the accession process for Uruguay", "whose accession working group was established"
                    + "|\\baccession (?:process|working group|procedure) (?:for|of|with|was|has|had|is)\\b"
                    // "Costa Rica is in the final stage of its own accession process", "the other countries in the accession process"
                    + "|\\bin (?:the )?(?:(?:final|last|early|first|advanced) )?(?:(?:stage|phase)s? of )?(?:its |their |the )?(?:own )?accession process\\b"
                    // "agreed to begin the process for Costa Rica to join the Asia-Pacific trade pact"
                    + "|\\bprocess for (?:[\\p{L}-]+ ){1,3}to (?:join|accede to)\\b"
                    // "complete bilateral talks on WTO accession": negotiating the entry, not in yet
                    + "|\\b(?:talks|negotiations) on (?:its |their |the )?(?:[\\p{L}\\d-]{2,12} )?accession\\b"
                    + "|\\bcandidacy\\b(?! (?:to|for) (?:host|hold|the (?:post|presidency|chairmanship|seat))\\b)(?! of [^.;]{1,60}? for the (?:post|position|office|seat|presidency|chairmanship)\\b)|\\baccession (?:talks|negotiations|discussions|countr(?:y|ies))\\b|\\bnegotiat\\w* (?:its |their |on )?(?:accession|membership)\\b|\\bmembership (?:talks|negotiations)\\b|\\bstatus of (?:a )?candidate"
                    + "|\\b(?:an? |official |the )candidate (?:for|to)\\b"
                    // "Montenegro ... is seen as the frontrunner among candidates for EU membership"
                    + "|\\bamong (?:the )?(?:official )?candidates (?:for|to)\\b"
                    // "North Macedonia has been a candidate since 2005 and Albania since 2014"
                    + "|\\b(?:is|are|was|were|has been|have been|had been|became|become|becomes)(?: also| already| still| officially| formally)?"
                    // ("has been an EU membership candidate since 2005")
                    + " (?:an? |an official |an eu |an official eu |a membership |an official membership |a formal )?(?:[\\p{L}-]+ (?:membership|accession) )?candidates?\\b(?! (?:for|in|to|of) (?:the )?(?:president|presidency|post|seat|mayor|election|office|prime))"
                    // "Montenegro, a candidate since 2010, ...", "Serbia, also a candidate, ...": a candidacy in apposition
                    + "|^\\W*(?:also |itself |still )?(?:an? (?:eu |official |membership )?candidate\\b(?! (?:for|in|to) (?:the )?(?:president|presidency|post|seat|mayor|election|office))"
                    // ("Serbia, candidate since 2012, ...": as translated, no article)
                    + "|candidate(?= since (?:\\d{4}|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b)))"
                    // "Neighbouring Serbia, an EU candidate which is heavily dependent on gas imports from Russia": after the name
                    + "|(?=an? )(?<=\\p{L}, )an? (?:eu |official |membership )?candidate\\b(?=\\s*$|\\s*,|\\s+(?:which|that|whose|since)\\b)"),
            cue(MembershipStatus.APPLICANT, Kind.POSSESSED, true, "sbwe", "\\b(?:supports?|supported|backs?|backed|welcomes?|welcomed|endorses?|endorsed)\\b[^.;]{0,60}"
                    + "\\b(?:accession|membership|bid|application|candidacy)\\b(?!\\s+to\\s+host\\b)(?!\\s+for\\s+(?!(?:full\\s+)?(?:membership|accession|admission|entry)\\b|(?:an?\\s+)?(?:early\\s+|formal\\s+)?invitation\\b))"),
            // "The applications of China and Taiwan, both lodged in September 2021"
            startingAt(MembershipStatus.APPLICANT, Kind.POSSESSED, true, "a", "\\bapplications? (?:of|by|from)\\b", List.of("application")),
            cue(MembershipStatus.APPLICANT, Kind.PLAIN, true, "ambswhiprnedqcjltof", "\\b(?:still )?wait(?:s|ed|ing)? (?:for (?:its |their )?(?:admission|accession|entry|membership)"
                    // "East Timor, which applied to join in 2011, is still waiting to become the bloc's 11th member": not yet one
                    + "|to (?:join(?= \\p{L})|become|be admitted|enter))\\b"
                    // "Quito is also among the applicants to join the CPTPP", "Sweden, whose application is still awaiting ratification"
                    + "|\\bamong (?:the )?(?:official |formal )?applicants\\b|(?=whose )(?<=, )whose (?:membership |accession )?application\\b|\\b(?:efforts?|aspirations?|ambitions?|desire|intention|intent|plans?|wish|quest|drive|push|bid|campaign|journey) (?:of [\\p{L}-]+(?: [\\p{L}-]+)? )?to join\\b|\\bappl(?:ied|ies|y|ying) to (?:upgrade|raise|elevate) (?:its|their) status\\b|\\bappl(?:ied|ies|y|ying|ication) (?:for(?! (?:an? |the |its |their )?(?:[\\p{L}-]+ ){0,2}(?:debt|loans?|bailout|programme|program|credit|funding|financing"
                    // ("applied for a debt treatment under the G20's Common Framework", "applied for an IMF loan": no membership)
                    + "|treatment|relief|restructuring|assistance|grants?|visas?|licen[cs]es?|permits?|extension|waiver|exemption|aid|asylum|a seat)\\b)"
                    + "|(?:[\\p{L}-]+ ){0,3}to (?:join|become))\\b[^.;]{0,20}\\b(?:membership|member|join|accession)?"
                    // "Bangladesh, Laos seek dialogue partner status in SCO"
                    + "|\\b(?:seeks?|seeking|sought|requests?|requested|requesting|asked for|asks for) (?:(?:the |an? )?(?:full |formal )?(?:observer|dialogue partner|partner|candidate|membership|member) status|full membership)\\b"
                    + "|\\bmembership application\\b|\\bbid to join\\b|\\bletters? of intent to join\\b|\\b(?:seeks?|sought|wants?|wanted|hopes?|intends?|aspires?|plans?) to join\\b"
                    // "Ecuador is seeking to become a full member of the bloc"
                    // "Argentina has formally requested to become a \"global partner\" of NATO"
                    + "|\\b(?:seeks?|seeking|sought|requests?|requested|requesting|asked|asks|asking|wants?|wanted|wish(?:es|ed)?) to become "
                    + "(?:an? |its )?[\"\u201c]?(?:full |full-fledged |global |associate |permanent )?(?:member|partner|observer)\\b"
                    // "Australia, Canada and New Zealand began negotiations in 2017 to become associate states": on the way in
                    + "|\\b(?:negotiations?|talks|bids?|efforts?|process) (?:in \\d{4} )?to become (?:an? |its )?(?:full |full-fledged |associate |associated )?"
                    + "(?:members?|partners?|observers?|states?)\\b"
                    + "|\\bsubmitted (?:(?:its|their|a|an) )?(?:own |formal |official |similar |new )?(?:membership )?(?:applications?|requests?|bids?)\\b|\\brequests? to join\\b"
                    + "|\\brequested (?:to join|membership)\\b|\\b(?:asked|asks|asking) to join\\b"
                    // "Finland and Sweden handed in their official applications to join NATO"
                    + "|\\b(?:handed in|handed over|lodged|filed|delivered|deposited) (?:(?:its|their|a|an|the) )?(?:own |formal |official |new )?"
                    + "(?:membership )?applications?\\b"
                    // "the memorandum on the obligations of Iran in order to obtain the status of an SCO member state", "launched
                    // the procedure for admitting Belarus as a full member": on the way in, not yet in
                    + "|\\b(?:to obtain|obtaining|for obtaining) the status of (?:an? )?(?:full )?(?:[\\p{L}-]+ )?member\\b"
                    + "|\\b(?:procedure|process) (?:for|of) (?:admitting|(?:the )?admission of)\\b"
                    // "Uzbekistan is in negotiations to join the World Trade Organization"
                    + "|\\bin (?:negotiations|talks) to (?:join|accede to)\\b"
                    // "Bolivia is in the process of accession", "... of joining the bloc": on the way in
                    + "|\\b(?:is|are|was|were|remains|remained) (?:now |still |currently |already |formally )?in the (?:process|midst) of (?:its |their )?(?:accession|acceding|joining)\\b"
                    // "approved the beginning of the process of accession of Iran as main member" (not a law's title: "On the start of ...")
                    + "|\\b(?:approved|launched|started|began|initiated|opened) (?:the )?(?:(?:beginning|start|launch) of )?(?:the )?(?:procedure|process) (?:for|of) (?:the )?accession of\\b|\\b(?:prospective|aspiring|aspirant|would-be) (?:members?|countries|states)\\b|\\bnegotiating to join\\b"
                    // (not "became the 164th member ..., twelve years after applying in 2004": the application before the membership)
                    + "|(?<!\\bafter )(?<!\\bsince )\\bappl(?:ied|ies|ying) (?:in|on) (?=\\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b)"
                    + "|\\bappl(?:ied|ies) to (?:the )?(?=[\\p{L}-]+\\s*(?:in\\b|on\\b|$|[,.;]))"),
            // not people sent to watch an event: "sent observers to the ceremony"
            cue(MembershipStatus.OBSERVER, Kind.PLAIN, true, "o", "(?=observers?\\b)(?<!\\bsent )(?<!\\bsend )(?<!\\bsends )(?<!\\belection )(?<!\\bsen(?:t|d|ds)\\b[^.;]{0,80}\\bas )(?<!\\brepresenting the )"
                    // ("attended that meeting as observers": observers of a meeting, not of a body)
                    + "(?<!\\b(?:attended|attend|attends|attending) )(?<!\\b(?:attended|attend|attends|attending) [^.;]{0,40}(?:meeting|conference|summit|session|talks|gathering|ceremony|negotiations|round|signing|launch|inauguration|event|vote) as )\\bobservers?\\b"
                    // nor a name's word: "a Quad-at-Sea Ship Observer Mission", "an observer team"
                    + "(?! (?:to|at) the (?:ceremony|signing|summit|meeting|talks|election|vote|session|conference)\\b| (?:missions?|teams?)\\b)"),
            // "a sectoral dialogue partner of ASEAN": a lesser status than a dialogue partner's
            startingAt(MembershipStatus.PARTNER, Kind.PLAIN, true, "s", "\\bsectoral (?:dialogue )?partners?\\b", List.of("sectoral")),
            // ("have joined the SCO family as partners in dialogue": the Russian word order)
            // ("Japan and Canada established dialogue relations in 1977, South Korea in 1991")
            cue(MembershipStatus.DIALOGUE_PARTNER, Kind.PLAIN, true, "dpesobl", "\\bdialogue partners?\\b|\\bpartners? in dialogue\\b"
                    + "|\\b(?:established|establish|set up|opened|started|launched|began) (?:formal |full |full-fledged )?dialogue (?:relations|ties)\\b"),
            // "South Korea is one of NATO's four partners in the Indo-Pacific": the body owning the partners, named in the cue
            startingAt(MembershipStatus.PARTNER, Kind.PLAIN, false, "o", "\\bone of (?:the )?[\\p{L}-]+(?:'s|\u2019s) (?:(?:two|three|four|five|six|seven"
                    + "|eight|nine|ten|\\d{1,2}) )?(?:(?!dialogue |trad(?:e|ing) |business |economic |commercial )[\\p{L}-]+ )?partners\\b", List.of("one of")),
            // (not "became the ninth partner country": that is the status, with the body talked about, below)
            startingAt(MembershipStatus.PARTNER, Kind.PLAIN, false, "b", "\\bbec(?:ame|ome|omes|oming) (?:in \\d{4},? )?(?:an? |its |the )?(?:(?!and )[\\p{L}-]+ ){0,4}partners?\\b"
                    // (not "a reliable and key energy partner for the EU": a role, not a status)
                    + "(?! (?:country|countries|state|states|nation|nations|for)\\b)"
                    // (not "became partners on January 1, 2025": the status of the body talked about, below)
                    + "(?!(?<=bec(?:ame|omes) partners) (?:on|in|from|at|as of) )", List.of("bec")),
            cue(MembershipStatus.PARTNER, Kind.PLAIN, true, "pbasriw", "(?=partner )(?<!\\b(?:in|with|from|to|and) )\\bpartner (?:states?|countr(?:y|ies)|status|nations?)\\b|\\bbecome (?:its |\\w+ )?partners\\b"
                    // "Ukraine and Georgia are partners of the Alliance"
                    + "|\\b(?:is|are|was|were)(?: also| both)? (?:an? |official )?partners? of(?! (?:choice|convenience)\\b)(?= (?:the )?\\S)"
                    // "Belarus, Bolivia, ... became partners on January 1, 2025": the status, dated, of the body talked about
                    + "|\\bbec(?:ame|omes) (?:official |formal )?partners (?=(?:on|in|from|at|as of) )"
                    // ("the candidates to become an Associated State", "candidates for Associated State status": not yet)
                    + "|(?=associated? )(?<!candidates to become an )(?<!candidate to become an )(?<!candidates for )(?<!candidate for )"
                    + "\\bassociated? (?:participating )?(?:members?|states?|countr(?:y|ies))\\b"
                    // "Laos was granted the status of SCO partner", "Nigeria, which was admitted as a partner"
                    + "|\\bstatus of (?:an? )?(?:[\\p{L}-]+ )?partner\\b|\\badmitted as (?:an? )?(?:[\\p{L}-]+ )?partner\\b"
                    // "The North Atlantic Council has recognised Ukraine as a new Enhanced Opportunities Partner"
                    + "|\\brecogni[sz]ed\\b[^.;]{0,40}\\bas (?:an? )?(?:new )?(?:[\\p{L}-]+ ){0,3}partner\\b"),
            // "Mongolia, an observer since 2004 and now an SCO partner": a partner of the organization named inside
            namingItsOrganization(MembershipStatus.PARTNER, "at", "\\b(?:an?|the) (?:[\\p{L}\\d-]+(?:'s)? ){1,2}partners?\\b(?! (?:in|for|of|to|on|with)\\b)",
                    List.of("partner")),
            // "NATO's other \"partners across the globe\" are Australia, Iraq, Japan, ...": the list after the verb
            cue(MembershipStatus.PARTNER, Kind.COMPRISES, false, "p", "\\bpartners\\W{0,2}(?: [^,;.:\"\u201d]{0,30})?[\"\u201d]? are\\s+(?!(?:the\\s+)?(?:member|states|countries))"),
            cue(MembershipStatus.MEMBER, Kind.COMPRISES, false, "imcbugatefs", "\\b(?:includes|included|(?=share)(?<=\\bwhich (?:it |they )?)shares? with|(?=include|comprise|unite)(?<=\\bwhich (?:also |now |currently )?)(?:include|comprise|unite)|(?:(?:took|takes|take|taking) effect|(?:entered|enters|enter|entering|came|comes) into force)(?: (?:on|in) (?:\\d{1,2} )?\\p{L}+\\.?(?: \\d{1,2})?(?:,? \\d{4})?)?(?: first| initially| only)? for(?! (?:all |both |the |each )?(?:[\\w-]+ )?(?:member|states|countries|signator|non-|of them))|(?=an? |the )(?<=, )(?:an?|the) (?:grouping|group|bloc|club|alliance) of(?! [\\p{L}-]+(?:'s|\u2019s) )|(?:members|member states)(?:,[^,;.]{1,80},)?\\s+include|(?:members|member states|member countries) (?:are|were)|comprises|comprised|consists of|(?=made up of|composed by)(?<=, )(?:made up of|composed by)|(?=made up of|composed of|formed by)(?<=\\b(?:is|are|was|were|remains|remain) )(?:made up of|composed of|formed by)(?<!(?:was|were) formed by)(?!\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:ministers|representatives|officials|delegates|experts|leaders|heads|envoys|officers|judges|troops|soldiers|staff|people)\\b)|brings together|unites|(?=groups)(?<=which |, |\\) |\\b(?:bloc|grouping|organi[sz]ation|union|alliance|forum|council|community) )groups"
                    // "The GCC groups Saudi Arabia, ...": a body's acronym opening the sentence
                    + "|(?=groups)(?<=^\\W{0,3}the [\\p{L}\\d-]{2,12} )groups(?= (?:the )?\\p{L}[^,;.]{0,30},))\\s+(?!(?:the\\s+)?(?:member|(?:states|countries)(?!\\s+(?:such as|like)\\s)|(?!united )[\\p{L}-]+ (?:states|countries|members)))"),
            // "The Forum has 18 members, among them Australia and New Zealand": the body before, the members listed after
            cue(MembershipStatus.MEMBER, Kind.COMPRISES, false, "hc", "\\b(?:has|had|have|counts|counted) (?:\\d{1,3}|[a-z]+) (?:full )?members,\\s+"
                    + "(?:among them|including|among whom|notably)\\s+", List.of("members, ")), // ("member states, among them": below)
            // "the Quad \u2014 Australia, India, Japan and the United States \u2014", "the Quad (Australia, India, Japan and the United
            // States)": a list that is all the aside set off right after the body's name
            cue(MembershipStatus.MEMBER, Kind.COMPRISES, false, "\u2014\u2013(", "(?<=\\p{L} )[\u2014\u2013(]\\s*(?=(?:(?:the )?[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,3}, ){1,15}"
                    + "and (?:the )?[\\p{L}'.-]+(?: [\\p{L}'.-]+){0,3}(?: [\u2014\u2013]|\\)))", List.of(" \u2014 ", " \u2013 ", " (")),
            startingAt(MembershipStatus.MEMBER, Kind.PLAIN, true, "b", BECAME_MEMBER, List.of("bec")),
            // "a memorandum of obligations on Iran's membership in the SCO was signed": the commitments of a state on its way in
            // (weaker than "became ... member" and than an observer status: "the memorandum of obligations by Belarus, an observer state")
            cue(MembershipStatus.APPLICANT, Kind.PLAIN, true, "m", "\\bmemorandum of obligations\\b", List.of("memorandum of obligations")),
            cue(MembershipStatus.MEMBER, Kind.REPRESENTED, false, "w", "\\bwas represented\\b[^.;]{0,40}\\bby\\b"),
            // "its own treaty of accession in Nairobi": an instrument's name, not the statement
            cue(MembershipStatus.MEMBER, Kind.POSSESSED, false, "ampd", "(?=(?:accession|membership|participation|admission) )(?<!\\bof )(?!(?<=\\bwith the )participation)(?<!\\bon the )(?<!(?:framework|process|start|launch) of [\\p{L}-]{1,20}'s )\\b(?:accession|membership|participation|admission) (?:to|in|of)\\b(?! (?:january|february|march|april|may|june|july|august|september"
                    + "|october|november|december|\\d))"),
            // the first alternative only matches at the start of the clause (any character may stand there; "and a NATO member since
            // 2004": the second status of a series)
            cue(MembershipStatus.MEMBER, Kind.PLAIN, false, "hftawicbsr,", "^\\W*(?:and |as |also |itself |themselves |though |although |while |albeit )?an? (?:[\\p{L}\\d-]+ ){1,3}member\\b|^\\W*the (?:only|first|last|newest|youngest|oldest|largest|smallest) (?:[\\p{L}\\d-]+ ){0,2}member\\b"
                    // "Indonesia, the largest economy in Southeast Asia and the only ASEAN member in the Group of 20": in apposition
                    + "|, (?:[^,;]{1,60}? and )?the (?:only|first|last|newest|youngest|oldest|largest|smallest) (?:[\\p{L}\\d-]+ ){1,2}member\\b"
                    // "Azerbaijan, which chairs the CICA in 2024-2026", "will chair ASEAN in 2026": a member in the chair (not a past chair)
                    + "|\\b(?:chairs|will chair|is chairing)\\b(?= (?:the )?\\S)"
                    // "Bolivia, Brazil, ... and Venezuela, which integrate the Amazon Cooperation Treaty Organization (ACTO)"
                    + "|\\bwhich (?:integrate|make up|constitute|compose) (?=the )"
                    // "Egypt and Ethiopia ... both sit in the African Union": a seat in the body named right after
                    + "|\\b(?:sit|sits|sat|sitting) (?:together )?(?:in|on)\\b(?= (?:the )?\\S)"
                    // "India sits with the United States, Japan and Australia in the Quad": the subject and those it sits with
                    + "|\\b(?:sit|sits|sat|sitting) (?:together )?with\\b[^.;]{1,80}? (?:in|on)\\b(?= (?:the )?\\S)"
                    // "they work together in BRICS and the Group of 20": partners inside the bodies named right after
                    + "|\\b(?:work|works|worked|working|cooperate|cooperates|cooperated|cooperating) (?:(?:together|closely|jointly) (?:in|within)|within)\\b(?= (?:the )?\\S)"
                    // "..., and a party to the African Continental Free Trade Area": a party in a series of statuses
                    + "|^\\W*(?:and )?(?:also )?an? (?:full |contracting |state )?party to\\b(?= (?:both )?(?:the )?(?!it\\b|them\\b)\\S)"
                    // "Bangladesh is also a shareholder of the Islamic Development Bank": a bank's members are its shareholders
                    + "|\\b(?:is|are|was|were|became|become|becomes|remains?)(?: also| now| already| still)? (?:a |an |the )?(?:[\\p{L}-]+ ){0,2}"
                    + "shareholders? (?:of|in)\\b(?= (?:the )?(?!it\\b|them\\b)\\S)"
                    // "Vietnam is a party to the CPTPP ... and to the RCEP": a party to a body that is an agreement
                    + "|\\b(?:is|are|was|were|became|become|becomes|remains?)(?: also| now| already| still)? (?:a |the )?(?:full |contracting |state )?part(?:y|ies) to\\b(?= (?:both )?(?:the )?(?!it\\b|them\\b)\\S)"
                    // "Kuwait, the current chair of the GCC", "the 2020 chair of ASEAN"
                    + "|\\bthe (?:current |rotating |incoming |\\d{4} )?chair of\\b"
                    // "Félix Tshisekedi, who is the current chairman of the African Union", "this year's chair of the African Union",
                    // "who attended as the chairman of ECOWAS", "current president of the African Union": a leader in the chair
                    + "|\\bthis year's (?:chair|chairman|chairwoman|chairperson) of\\b|\\bas the (?:current )?(?:chair|chairman|chairwoman|chairperson) of\\b"
                    // "hosted by Thailand as the ASEAN Chair for 2019", "Thailand, as ASEAN chair, ...": the body written before the noun
                    + "|\\bas (?:the )?(?:current |rotating |incoming |outgoing )?[\\p{L}\\d-]+ (?:chair|chairman|chairwoman|chairperson)\\b(?! of\\b)"
                    + "|\\b(?:the )?(?:current|rotating|incoming) (?:president|chairman|chairwoman|chairperson) of\\b"
                    // "Laos, which is the Chairman of ASEAN in this year 2024": a state said to be the chairman
                    + "|\\b(?:is|was|remains|became|becomes) the (?:chairman|chairwoman|chairperson) of\\b"
                    // "Kazakhstan chaired the CICA in 2020-2024": only with the organization named
                    + "|(?=chaired )(?<![\\p{L}-])chaired (?!(?:[\\p{L}\\d-]+ ){0,3}by\\b|(?:and|over|with|an?)\\b)"
                    + "(?!(?:the )?(?:committee|commission|board|working|panel)\\b"
                    + "|(?:the )?(?:[\\p{L}\\d-]+ ){0,3}(?:summit|meeting|session|talks|conference)\\b)"
                    // "Zambia and the DRC also belong to COMESA": only with the organization named ("shares belong to a company")
                    + "|\\bbelong(?:s|ed|ing)?(?: +,)? to\\b|\\b(?:holds|held|took over|takes over|assumed|assumes) the (?:rotating |annual )?(?:chairmanship|presidency) (?:of|in)\\b|\\b(?:holds|held|took over|takes over|assumed|assumes) the (?:rotating |annual )?(?:[\\p{L}\\d-]+ ){1,3}?(?:chairmanship|presidency)\\b(?! of\\b| in\\b(?! \\d{4}\\b))|\\bfellow (?:[\\p{L}-]+ ){0,3}members?\\b|\\b(?:are|were) both members\\b"
                    // "Islamabad is also part of the Islamic Military Counter Terrorism Coalition": only with the organization named
                    // ("Eritrea was once again fully part of the Intergovernmental Authority on Development")
                    + "|\\b(?:is|are|was|were)(?: also| now| already| still| once again| again)?(?: fully| formally| officially)? (?:a )?part of\\b"
                    // "IGAD, the eight-member East African bloc of which Sudan is part": the body before "of which"
                    + "|(?=(?:is|are|was|were) )(?<=\\bof which [\\p{L} -]{1,60} )(?:is|are|was|were)(?: also| now| still)? (?:a )?part\\b(?! of\\b)"
                    // "SADC, to which both South Africa and Mozambique belong": the body before "to which"
                    + "|(?=belong)(?<=\\bto which [\\p{L} -]{1,60} )belong(?:s|ed)?\\b"),
            // "the AUKUS partnership between Australia, the United Kingdom and the United States": its members
            // (the organization right before the noun: see MembershipExtractor.organizations)
            new Cue(MembershipStatus.MEMBER, Kind.COMPRISES, SearchPatterns.startingWith("\\p{L}\\d-",
                    "\\b[\\p{L}\\d-]+ " + PARTNERSHIP_OF), false, List.of("partnership between", "partnership of", "alliance between",
                    "alliance of", "pact between", "pact of", "grouping of", "grouping between", "linking", "uniting"), true),
            // "Italy became the first Group of Seven country to endorse": the body named inside the phrase (not "the first non-NATO
            // country", nor "the first European country": no body; not ", the only G7 country to do so": whose, the clause does not say)
            namingItsOrganization(MembershipStatus.MEMBER, "t", "(?<=\\bbec(?:ame|omes|ome) )the (?:only|first|last|sole) (?!non-)(?:[\\p{L}\\d-]+ ){1,4}?(?:country|state"
                    + "|nation|economy)\\b(?= to\\b)", List.of("the only", "the first", "the last", "the sole")),
            // "Iraq, OPEC's second-largest producer": a rank within the organization written before "'s"
            namingItsOrganization(MembershipStatus.MEMBER, "'", "(?='s )'s (?:[\\p{L}]+-)?(?:largest|biggest|top|leading|smallest|richest|poorest|newest"
                    + "|youngest|oldest|most populous) (?:[\\p{L}-]+ )?(?:producer|economy|exporter|member|contributor|shareholder|state|country|nation)\\b",
                    List.of("largest", "biggest", "top ", "leading", "smallest", "richest", "poorest", "newest", "youngest", "oldest", "most populous")),
            // "ECOWAS ... is now down to twelve members: Benin, Cabo Verde, ..." (its own cue: its guard and triggers keep it cheap)
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, "0-9tfsen", "\\b(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven"
                    + "|twelve|thirteen|fourteen|fifteen)\\s+(?:full\\s+)?(?:members|member states|member countries)\\s*:",
                    List.of("members:", "member states:", "member countries:", "members :")),
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, "rjabucihtoms'fwphgek", "\\b(?:re)?join(?:ed|s)?\\b(?<!(?:declaration|statement|treaty|agreement|accord|convention|initiative|pact|protocol|charter) (?:was|were|has been|had been) joined)"
                    + "|\\b(?:re)?joining\\b(?![^.;]{0,40}\\b(?:will|would|could|can|may|might)\\b)|(?=accession\\b)(?<!\\bon |on its |on their |on the |\\bon [\\p{L}\\d-]{2,12} |\\bprocess of |\\bprocess of [\\p{L}-]{2,12} )(?<!(?:framework|process|start|launch) of [\\p{L}-]{1,20}'s )\\baccession\\b(?! (?:process|talks|negotiations|bid|application|procedure|path|prospects|working party|enters|entered|entering|nears|is nearing"
                    + "|file|files|dossier|package|commitments|offers?|terms|conditions|requirements|criteria|chapters?|roadmap|protocols?|instruments?|bill))|\\badmitted\\b|(?=readmitted\\b)(?<!\\bbe )\\breadmitted\\b"
                    // "the alliance expanded eastward, admitting the Czech Republic, Hungary and Poland in 1999"
                    + "|(?=admitting\\b)(?<!\\b(?:procedure|process) (?:for|of) )\\badmitting\\b(?! (?:that|it|to)\\b)"
                    // "before South Africa was added in 2010": added to the body the text is about
                    + "|\\b(?:was|were) added\\b(?=\\s+(?:in \\d{4}|as (?:a |its |the )?(?:[\\p{L}\\d-]+ )?members?|to the (?:group|grouping|bloc|club|alliance|organi[sz]ation|union))\\b|\\s*[,.;])"
                    // "China, India, ... were accepted at the ministerial meeting in Kiruna in May 2013"
                    + "|\\b(?:was|were) accepted\\b(?=\\s+(?:in \\d{4}|as (?:a |an |its |the )?(?:[\\p{L}\\d-]+ )?members?\\b|into\\b|at the (?:[\\p{L}-]+ ){0,2}(?:summit|meeting)\\b))"
                    + "|" + BECAME_MEMBER
                    // "... has 27 member states:", "the Schengen area will grow to 29 countries: ..."
                    + "|\\b(?:unites|comprises|consists of|includes?|brings together|has|had|grows? to|grown to|expands? to|expanded to)\\b[^.;:]{0,25}"
                    + "\\b(?:member )?(?:states|countries|members|nations)\\b\\s*:"

                    + "|\\b(?:the last|the first|one|two|all|most|among the|some) of the (?:[\\w-]+ )?allies\\b"
                    // "Türkiye and Hungary, the last two allies to ratify", "Britain became the 12th party on Dec. 15, 2024"
                    + "|\\bthe (?:last|first|only) (?:two |three |four )?(?:other )?all(?:y|ies)\\b"
                    + "|\\bbec(?:ame|omes|ome|oming) (?:the |its )(?:\\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                    + "|eleventh|twelfth|thirteenth) (?:full |new )?(?:party|signatory|state party)\\b"
                    // "Mexico became the 30th and the first from Latin America in February 2018": the ordinal alone
                    + "|\\bbec(?:ame|omes) the (?:\\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                    + "|thirteenth)(?=\\s*(?:[,.;]|$|and the\\b|in\\b|on\\b))"
                    + "|\\btook up (?:its|their) seats?\\b|(?=member )(?<!\\bwith (?:the |all |its |other |fellow )?[\\p{L}\\d-]{1,20} )(?<!\\bwith (?:the |all |its |other |fellow )?[\\p{L}\\d-]{1,20} [\\p{L}\\d-]{1,20} )(?:(?<!\\d )|(?=member (?:states?|countr(?:y|ies)|nations?)\\s*(?:[\u2014\u2013:-]|,\\s*(?:among them|including|namely)\\b)))\\bmember (?:states?|countr(?:y|ies)|nations?)\\b" // (not "more than 30 member states" unless they are listed)
                    // "the WAEMU, whose eight members, including Benin, Cote d'Ivoire, ... and Togo, share the CFA franc"
                    + "|\\b(?:whose|its|their) (?:[\\p{L}\\d-]+ ){0,2}members,\\s*(?:among them|including|namely)\\b"
                    // "Somalia will keep its seat in the Intergovernmental Authority on Development"
                    + "|\\b(?:keeps?|kept|keeping|retains?|retained|retaining) (?:its|their) seats? in\\b"
                    // "Mercosur's members Argentina, ...", but not "aid for the bloc's members" (the state before is no member)
                    + "|(?='s )(?<!\\b(?:for|to|with|among|from|by) (?:the |its |their )?[\\p{L}-]{1,20})'s (?:(?:other|remaining|current|full|original) )?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}) )?(?:other )?members\\b"
                    + "|\\bmembers? (?:both )?of\\b(?! (?:the )?(?:european )?(?:commission|parliament|committee|board|cabinet|delegation|secretariat)\\b)|\\bfull(?:[- ]fledged)? members?\\b|\\b(?:is|are) (?:a |its )?members?\\b|\\breturned to\\b"
                    // "Greece and Turkey are also allies in NATO"
                    + "|\\b(?:are|were)(?: also| both| all)? allies in\\b"
                    // "are both NATO members", "is an EU member state": the organization between the verb and the noun
                    // ("Greece and Turkey have both been NATO members since 1952")
                    + "|\\b(?:is|are|was|were|(?:has|have|had)(?: both| all)? been)(?: both| all| also| now| already| still)? (?:an? |the )?(?:[\\p{L}-]+ ){1,2}(?:and (?:an? )?[\\p{L}-]+ )?members?\\b"
                    // "and remains an ECOWAS member": the body's name before the noun (not "remains a member on paper")
                    + "|\\b" + REMAINS_NAMED_MEMBER

                    // "Both countries have been OSCE participating States since January 1992": the OSCE's word for its members
                    + "|\\bparticipating states?\\b"
                    // "also counts Bangladesh, the United Arab Emirates, Egypt and Algeria among its members"
                    + "|\\bamong (?:its|their) members\\b"
                    // "In January 2024 the group was expanded with Egypt, Ethiopia, Iran and the United Arab Emirates"
                    + "|\\b(?:was|were|has been|had been) (?:further )?(?:expanded|enlarged) (?:with|to include)\\b"
                    // "In 1992, the organization expanded to include Afghanistan, Azerbaijan, ...", "It expanded in 1992 to take in ..."
                    + "|\\b(?:expanded|enlarged|expands|enlarges|grew) (?:further )?(?:in \\d{4} )?to (?:include|take in)\\b"
                    // "The second, signed in October 2004, brought Switzerland into the Schengen area in December 2008"
                    // (not "brought Russia into conflict with NATO", "into force", "into the talks")
                    + "|\\bbr(?:ought|ings) (?=[^.;,]{2,40}? into (?!(?:conflict|force|effect|line|play|being|question|focus|contact|talks|war|power"
                    + "|office|service|operation|use|view|existence|orbit)\\b|the (?:conflict|war|picture|spotlight|open|mainstream|process|talks"
                    + "|negotiations|equation|dispute|fray|orbit|region|country|market|port|city)\\b)(?:the )?\\p{L})"
                    // "took in Somalia as its eighth member in 2024"
                    + "|\\b(?:took|takes|taking) in\\b(?=[^.;]{1,40}\\bas (?:its|a|an|the) (?:[\\p{L}\\d-]+ ){0,2}members?\\b)"),
            // "Romania and Hungary, both EU and NATO members, ...": a status in apposition, its bodies inside it (a cue of its
            // own: its guard, the comma, would make the one above try every alternative at every comma)
            cue(MembershipStatus.MEMBER, Kind.PLAIN, true, ",bathio", "(?:^\\W*|, )" + MEMBERS_IN_APPOSITION, List.of(" members", " member states", " member countries", " member nations", " partners in", " allies", "one of")),
            // "The four nations form the European Free Trade Association", "Japan, the U.S. and Australia also form the Quad with
            // India": the states that make up the body (only with the body in the words after it: not "form the backbone of")
            namingItsOrganization(MembershipStatus.MEMBER, "f", "\\bforms? the (?!basis\\b|backbone\\b|core\\b|heart\\b|border\\b)"
                    + "[\\p{L}\\d-]+(?! of\\b)(?: [\\p{L}\\d-]+){0,6}(?![\\p{L}\\d'\u2019-])(?: \\([\\p{Lu}\\d-]{2,12}\\))?", List.of("form the", "forms the")),
            // "Kenya is in IGAD and the EAC", "Armenia is still in the Eurasian Economic Union": only with the body named right
            // after (see MembershipExtractor.organizations), and last, so that any other cue of the clause speaks first ("The
            // UMA, founded at Marrakesh in 1989 with Libya, ..., is in coma")
            cue(MembershipStatus.MEMBER, Kind.PLAIN, false, "ia", BE_IN, List.of("is in", "are in", "is also in", "are also in", "is still in",
                    "are still in", "is already in", "are already in", "is now in", "are now in", "are both in", "are all in")));
    }

    /** "is in", "are still in": the verb of a state's place in a body (MembershipExtractor wants the body right after it). */
    static final String BE_IN_VERB = "(?:is|are)(?: also| still| already| now| both| all)? in";
    /** The cue: "is in" with no talks, phase or coma after it ("is in talks", "is in its final phase"). */
    private static final String BE_IN = "\\b" + BE_IN_VERB + "\\b(?= (?:the )?\\S)"
            + "(?! (?:an?|its|their|his|her|our|some|this|that|these|those|no|full|good|bad|part|time|coma|danger|need|charge)\\b)"
            + "(?! (?:the )?(?:[\\p{L}'-]+ ){0,4}(?:talks|negotiations|discussions"
            + "|consultations|dispute|disputes|summit|summits|meeting|meetings|framework|process|debate|agreement|deal|programme|program|plan|mission"
            + "|missions|operation|operations|exercise|exercises|force|forces|market|markets|zone|area|territory|waters|airspace|crisis|conflict|war"
            + "|line|favou?r|breach|violation|compliance|default|arrears|session|interest|interests|hands|orbit|camp|sphere|position|role|way"
            + "|queue|group|list|report|statement|declaration|contact|touch|effect|power|office|place|service|use|doubt|limbo|question|progress"
            + "|preparation|capital|headquarters|region|countries|states|nations|phase|stage|sense)\\b)";

    static final List<Cue> CUES = cues();

    private MembershipCues() {
    }

    /** Every cue's trigger words, without those containing another one (found wherever they are found). */
    private static final MultiWordMatcher ANY_TRIGGER = MultiWordMatcher.of(fewestTriggers(CUES));

    private static final CueSearchStarts SEARCH_STARTS = new CueSearchStarts(CUES);

    /** The cues' patterns, each tried only where one of its alternatives can start (by cue, as CUES). */
    static final PrefixedSearches SEARCHES = PrefixedSearches.of(CUES.stream().map(Cue::pattern).toList());

    private static List<String> fewestTriggers(List<Cue> cues) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        cues.forEach(c -> all.addAll(c.triggers()));
        return all.stream().filter(t -> all.stream().noneMatch(o -> !o.equals(t) && t.contains(o))).toList();
    }

    /** True when some cue could match somewhere in {@code lower} (a sentence): a cheap test before clauses. */
    static boolean anyTrigger(String lower) {
        return ANY_TRIGGER.containsAny(lower);
    }

    /** The strongest cue in {@code lower} (clause text), or null. */
    static Hit strongest(String lower) {
        int[] words = SEARCH_STARTS.wordsIn(lower);
        long[] starts = null;
        for (int i = 0; i < CUES.size(); i++) {
            int from = SEARCH_STARTS.of(i, words);
            if (from < 0) {
                continue;
            }
            starts = starts == null ? SEARCHES.startsIn(lower) : starts;
            int[] match = SEARCHES.find(i, lower, from, starts);
            if (match != null) {
                return new Hit(CUES.get(i), match[0], match[1]);
            }
        }
        return null;
    }


    /** Hedging: the status is only talked about ("discussed the question of granting", "could join"). */
}
