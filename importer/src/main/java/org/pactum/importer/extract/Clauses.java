package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.Regions;
import org.pactum.importer.text.SearchPatterns;

/**
 * Cuts a sentence into clauses, so that a status or a verb is tied to the states of its own clause:
 * "Egypt and Qatar were given dialogue partner status, | and procedures were started to grant ... to Bahrain".
 * A list ("Argentina, Brazil, Paraguay, and Uruguay") is not cut. A relative or parenthetical clause set off by
 * commas ("Finland, which shares a border with Russia, became ...") is a clause of its own and a hole in the
 * clause around it.
 */
final class Clauses {

    /** "although an ASEAN member", "though a member": a status granted in apposition (a parenthetical, not a clause of its own). */
    private static final String CONCESSIVE_STATUS = "(?:although|though|albeit) (?:itself )?an? (?:[\\p{L}-]+ ){0,3}?(?:member|observer|partner|candidate)\\b";
    private static final Pattern PARENTHETICAL = SearchPatterns.startingWith(",", "(?i),\\s+(?=(?:which|who|whose|in which|from which|of which(?!\\s+(?:it|they)\\b)|where|whom|all of which|both of which|each of which|all of whom|neither of (?:which|whom)|none of (?:which|whom)|together with"
            + "|along with|as well as|including|made up of|composed by|a signatory|an? \\w+ member|" + CONCESSIVE_STATUS + "|(?:both|all|all three|all four) members of|associated (?:states|members|countries) of|[\\p{L}-]+(?:'s|\u2019s) fellow"
            + "|the (?:[\\p{L}-]+ ){0,3}(?:member|observer|partner)"
            + "|" + MembershipCues.ONE_OF_THE_MEMBERS
            // "the CPTPP, a Pacific Rim trade pact of which Japan is a founding member": a noun in apposition and its relative clause
            + "|(?:an?|the) (?:[\\p{L}-]+ ){1,4}?(?:of|in) which(?!\\s+(?:it|they)\\b)"
            // "the bloc of emerging economies, founded by Brazil, Russia, India and China and later joined by South Africa, offered ..."
            + "|(?:founded|established|created|set up) by)\\b)");
    private static final Pattern COLON = Pattern.compile(":\\s+");
    /** "... and its application is still on the table": a subject of its own, with its verb. */
    private static final Pattern POSSESSED_SUBJECT = Pattern.compile("(?:its|their) [\\p{L}-]+ (?:is|are|was|were|has|have|had|remains?)\\b");
    /** An opening absolute phrase of a state gone: "With Rwanda gone," ("Without Britain," is no such phrase: no participle). */
    private static final Pattern ABSENT_OPENING = Pattern.compile("\\W*with (?:the )?[^,;]{2,40}? (?:gone|out|departed|absent|outside|excluded|suspended),");
    /** "RIYADH", "NEW DELHI (Reuters)": a dateline before the colon that opens a story, no clause of its own. */
    private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{M}' .-]{1,30}(?:,\\s*\\p{Lu}[\\p{L}' .-]{1,30})?(?:\\s*\\([\\p{L} .]{2,20}\\))?\\s*");
    private static final Pattern MEMBERS_THEN_LIST = Pattern.compile("(?s).*\\bmembers, (?:including|among them|namely) .*");
    private static final Pattern REPORT = SearchPatterns.startingWith(",", "(?i),\\s+(?:the\\s+|a\\s+)?[^,;]{0,70}?(?:,\\s+(?:which|who)\\s[^,;]{0,80},\\s*)?\\b(?:said|says|reported|reports"
            + "|announced|stated|noted|added|told|informs|has announced|have announced|confirmed|confirms|declared|wrote)\\b"
            // (not a verb with its own object: ", Colombia and Brazil announced their withdrawals in 2019")
            + "(?!\\s+their\\b)[^,;]{0,40}(?=[.,;]|$)");
    private static final Pattern VERBISH = SearchPatterns.startingWith("\\p{L}", "(?i)\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
            + "|do|does|did|joined|became|become|signed|agreed|said|hold|holds|held|took|take|belongs?|remains?|also|still"
            + "|\\p{L}{3,}ed)\\b"); // "also": "and Zambia and the DRC also belong to COMESA" is a clause, not a list

    /** ", which ...", ", the last of which ...": a relative clause hanging on a list, whose verb is no verb of the list. */
    private static final Pattern RELATIVE_AFTER_LIST = Pattern.compile(",\\s+(?:(?:the (?:last|first|latest|newest|youngest|oldest) |all |both |each |most "
            + "|some |none |one |two |three )of )?(?:which|whom|who|whose)\\b");

    private Clauses() {
    }

    static List<Clause> of(SentenceView v) {
        String t = v.text();
        TreeSet<Integer> cuts = new TreeSet<>();
        boundaries(v, cuts);
        Matcher c = COLON.matcher(t);
        while (c.find()) {
            // (names masked: "the United Arab Emirates" is no verb)
            String rest = withoutNames(v, c.end());
            Matcher relative = RELATIVE_AFTER_LIST.matcher(rest);
            if (relative.find() && rest.indexOf(',', relative.end()) < 0) {
                // (": A, B and Uzbekistan, the last of which joined in 2019.": the aside closing the list is no verb of it)
                rest = rest.substring(0, relative.start());
            }
            if (VERBISH.matcher(rest).find() && !DATELINE.matcher(t).region(0, c.start()).matches()) {
                cuts.add(c.start()); // "...in the alliance: Denmark, Norway and Iceland were among ..."
            }
        }
        reports(t, v.lower(), cuts);
        Matcher absent = ABSENT_OPENING.matcher(v.lower());
        if (absent.lookingAt()) {
            cuts.add(absent.end() - 1); // "With Rwanda gone, ECCAS is left with ten members: ...": Rwanda is none of them
        }
        // parentheticals: from ", which" to the next comma (or a cut, or the end)
        List<int[]> parentheticals = new ArrayList<>();
        Matcher p = PARENTHETICAL.matcher(t);
        int covered = -1;
        while (t.indexOf(", ") >= 0 && p.find()) {
            if (t.regionMatches(true, p.end(), "as well as", 0, 10) && continuesList(v, p.end() + 10) || p.start() < covered) {
                continue;
            }
            int close = t.indexOf(',', p.end());
            // a list closed by "and" ends there: "along with Cuba and Uzbekistan, Russia ... confirmed"
            while (close >= 0 && (continuesListAfterComma(v, close + 1) && !listClosedAt(v, close) || digitComma(t, close))) {
                close = t.indexOf(',', close + 1); // "which established Mercosur between Argentina, Brazil, Paraguay, and Uruguay,"
            }
            // "in which Turkmenistan, a permanently neutral country, has observer status": an apposition inside goes with it
            while (close >= 0 && appositionAt(t, close)) {
                close = t.indexOf(',', t.indexOf(',', close + 1) + 1);
            }
            if (close >= 0 && Regions.matches(MEMBERS_THEN_LIST, t, Math.max(0, close - 30), Math.min(t.length(), close + 12))) {
                // "whose eight members, including Benin, ... and Togo, share the CFA franc": the members' list goes with them
                close = t.indexOf(',', close + 1);
                while (close >= 0 && continuesListAfterComma(v, close + 1) && !listClosedAt(v, close)) {
                    close = t.indexOf(',', close + 1);
                }
                covered = close < 0 ? t.length() : close; // (the ", including" inside is no parenthetical of its own)
            }
            Integer nextCut = cuts.higher(p.start());
            int end = close < 0 ? t.length() : close;
            if (nextCut != null && nextCut < end) {
                end = nextCut;
            }
            parentheticals.add(new int[] {p.start(), end});
        }
        List<Clause> out = new ArrayList<>();
        int from = 0;
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(t.length());
        for (int cut : bounds) {
            if (cut > from) {
                List<int[]> holes = new ArrayList<>();
                for (int[] h : parentheticals) {
                    if (h[0] >= from && h[0] < cut) {
                        holes.add(h);
                    }
                }
                out.add(new Clause(from, cut, holes));
            }
            from = Math.max(from, cut);
        }
        for (int[] h : parentheticals) {
            out.add(new Clause(h[0], h[1], List.of()));
        }
        return out;
    }

    /** The sentence from {@code from} on, with the names of states, places and organizations blanked out. */
    private static String withoutNames(SentenceView v, int from) {
        StringBuilder rest = new StringBuilder(v.text().substring(from));
        for (Mention m : v.mentions()) {
            if (m.start() >= from) {
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i - from, ' ');
                }
            }
        }
        return rest.toString();
    }

    private static final java.util.Set<String> AFTER_COMMA = java.util.Set.of("and", "but", "while", "whereas", "although", "though",
            "however", "having", "adding", "emphasizing", "emphasising", "saying", "noting", "stressing", "underlining", "handing", "citing",
            "with", "grants", "granted", "admits", "admitted", "signs", "approves", "approved",
            // a participle telling what the event did: "..., widening the rift between the three states and France"
            "widening", "deepening", "straining", "underscoring", "highlighting",
            // "..., leaving Bolivia, Guyana, Suriname and Venezuela as the only members": those left, not those who left
            "leaving");
    private static final java.util.Set<String> CONCESSIVE_WORDS = java.util.Set.of("although", "though", "albeit");
    /** "although an ASEAN member,", "though a member of ASEAN,": a status in apposition, without a verb, closed by a comma. */
    private static final Pattern CONCESSIVE_APPOSITION = Pattern.compile(CONCESSIVE_STATUS + "[^,;]{0,40},");
    private static final Pattern STATUS_IN_SERIES = Pattern.compile("an? (?:[a-z-]+ )?(?:member|party|observer|partner) (?:of|to|in)\\b");
    private static final Pattern STATUS_BEFORE = Pattern.compile("\\b(?:is|are|was|were|remains?|became|has been|have been) (?:also |still )?(?:an? )?"
            + "(?:[a-z-]+ )?(?:member|members|party|observer|partner) (?:of|to|in)\\b");

    /** A status was stated earlier in the sentence ("is a founding member of ..."), so ", a member of ..." goes on its series. */
    private static boolean afterStatus(String lower, int comma) {
        return STATUS_BEFORE.matcher(lower).region(0, comma).find();
    }

    private static final Pattern BOTH_PRONOUN_BEFORE = Pattern.compile("\\bboth (?:it|they)$");
    /** "an official candidate for", "a member of": a second status after " and ". */
    private static final Pattern STATUS_AFTER_AND = Pattern.compile("an? (?:[a-z-]+ ){0,2}(?:member|party|observer|partner|candidate)\\b");
    /** "has been a NATO member since 2009": a status stated before, so " and an official candidate" goes on with its series. */
    private static final Pattern STATUS_STATED_BEFORE = Pattern.compile("(?s).*\\b(?:is|are|was|were|remains?|became|has been|have been|had been) "
            + "(?:also |still |now |already )?(?:an? |the )?(?:[\\p{L}-]+ ){0,2}(?:member|observer|partner|party|candidate)\\b.*");

    /** "entered the EEC", not "entered into force": a body entered. */
    private static boolean enteredBody(String lower, int s) {
        return lower.startsWith("entered the ", s);
    }

    private static final java.util.Set<String> SERIES_VERBS = java.util.Set.of("joined", "left", "withdrew", "became", "rejoined", "quit", "entered",
            "acceded", "adhered");
    /** "which has held observer status ... and has also expressed interest in joining": two statements. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "is", "are", "was", "were");
    private static final java.util.Set<String> AND_VERBS = java.util.Set.of("invited", "called", "urged", "asked", "decided",
            "announced", "said", "welcomed", "named", "joined", "became", "left", "withdrew", "signed", "ratified", "applied",
            "received", "obtained", "gained", "granted", "grants", "admitted", "admits", "approved", "rejoined", "returned", "quit",
            "submitted", "requested", "sought", "secured", "acquired", "attained", "belongs", "acceded", "adhered", "remains", "remained"); // "obtained observer status ... and submitted its application"

    /** Clause boundaries, scanned by hand (this runs on every sentence): ";", ", and|but|while|...", " but ", " and invited|joined|has ...". */
    private static void boundaries(SentenceView v, TreeSet<Integer> cuts) {
        String t = v.text();
        String lower = v.lower();
        boolean by = lower.contains(" by "); // (every match of FOUNDED_BY_AFTER_NAME has it)
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ';') {
                cuts.add(i);
            } else if (c == ',' && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))) {
                int s = i + 1;
                while (s < t.length() && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                String w = word(lower, s);
                if (newSubjectAfterComma(v, cuts.isEmpty() ? 0 : cuts.last() + 1, i, s)) {
                    cuts.add(i); // "A and B are members of the CIS, C and D are full members of the SCO": a clause without "and"
                    continue;
                }
                if ((w.equals("since") || w.equals("because")) && s + w.length() + 1 < t.length()
                        && Character.isLetter(t.charAt(s + w.length() + 1))
                        && org.pactum.importer.text.DateFinder.month(word(lower, s + w.length() + 1)) == 0) {
                    cuts.add(i); // "..., since four of the five EAEU member states ... are themselves WTO members": a reason of its own
                    continue;
                }
                if (TIME_WORDS.contains(w) && timeClauseWithSubject(v, s + w.length() + 1)) {
                    cuts.add(i); // "signed ... by Australia, ..., after the United States withdrew from the TPP": a time of its own
                    continue;
                }
                if ((w.equals("a") || w.equals("an")) && Regions.lengthAt(STATUS_IN_SERIES, lower, s) > 0 && afterStatus(lower, i)) {
                    cuts.add(i); // "a founding member of the Arab League, ..., a member of the African Union": one status of a series
                    continue;
                }
                // (not "..., entered into force on 13 October 2024 after ...": the instrument's, not a verb of a series)
                if (SERIES_VERBS.contains(w) && !lower.startsWith(" by ", s + w.length()) && !lower.startsWith(" into ", s + w.length())) {
                    cuts.add(i); // "Azerbaijan co-founded the OTS in 2009, joined the D-8 in 2024 and ...": one verb of a series
                    continue;
                }
                if (CONCESSIVE_WORDS.contains(w) && Regions.lengthAt(CONCESSIVE_APPOSITION, lower, s) > 0) {
                    continue; // "Myanmar, although an ASEAN member, was not invited": an apposition (a parenthetical), no clause
                }
                if (w.equals("according") && lower.startsWith("according to", s) || AFTER_COMMA.contains(w)) {
                    if (w.equals("and") && continuesList(v, s + 3)) {
                        continue;
                    }
                    cuts.add(i);
                }
            } else if (c == ' ' && (lower.startsWith(" but ", i) || lower.startsWith(" and ", i) && (AND_VERBS.contains(verbAfterAdverb(t, lower, i + 5))
                    || AUXILIARIES.contains(word(lower, i + 5)) || newSubjectAt(v, i) || enteredBody(lower, i + 5)
                    || (lower.startsWith("its ", i + 5) || lower.startsWith("their ", i + 5)) && Regions.lengthAt(POSSESSED_SUBJECT, lower, i + 5) > 0
                    || Regions.lengthAt(STATUS_AFTER_AND, lower, i + 5) > 0 && Regions.matches(STATUS_STATED_BEFORE, lower, 0, i)))) {
                // ("Spain joined NATO in 1982 and entered the EEC in 1986", "a NATO member since 2009 and an official candidate for
                // EU membership since 2014": two statuses, each with its body and date)
                cuts.add(i);
            } else if (c == ' ' && by && foundedByAt(lower, i) && organizationEndsAt(v, i)) {
                cuts.add(i); // "Panama is observer in the Pacific Alliance formed by Chile, ...": the founders' clause hangs on the name
            }
        }
    }

    /** {@link #FOUNDED_BY_AFTER_NAME} at {@code i}; its first letter tested first, as this runs at every space. */
    private static boolean foundedByAt(String lower, int i) {
        return i + 1 < lower.length() && "fcesl".indexOf(lower.charAt(i + 1)) >= 0 && Regions.lengthAt(FOUNDED_BY_AFTER_NAME, lower, i) > 0;
    }

    private static boolean organizationEndsAt(SentenceView v, int pos) {
        return v.mentions().stream().anyMatch(m -> m.isOrganization() && m.end() == pos);
    }

    /** " formed by ", " founded by ": a participle whose clause hangs on the name before it (also read by MembershipExtractor). */
    static final Pattern FOUNDED_BY_AFTER_NAME = Pattern.compile(" (?:formed|founded|created|established|set up|launched) by ");
    private static final Pattern MEMBERS_LISTED = Pattern.compile("(?:the|its|their)\\s+(?:founding\\s+|other\\s+)?members\\s*,\\s+(?:the\\s+)?");
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("after", "before", "when", "once", "until");
    private static final Pattern PAST_AFTER_SUBJECT = Pattern.compile("^\\s+(?:had\\s+)?(?:withdrew|withdrawn|pulled|quit|exited|left|joined|became"
            + "|signed|ratified|applied|walked|(?:was|were)\\s+(?:added|admitted|expelled))\\b");

    /** "after the United States withdrew": a state opens a time clause with a verb of its own. */
    private static boolean timeClauseWithSubject(SentenceView v, int pos) {
        String t = v.text();
        if (pos > t.length()) {
            return false; // a text cut right after "after" or "when"
        }
        Matcher members = MEMBERS_LISTED.matcher(t).region(pos, t.length());
        if (members.lookingAt()) {
            // "..., when the founding members, Argentina, Brazil, Paraguay and Uruguay, said ...": states of their own
            int listStart = members.end();
            return v.mentions().stream().anyMatch(m -> m.start() == listStart && m.isState());
        }
        int start = t.startsWith("the ", pos) ? pos + 4 : pos;
        for (Mention m : v.mentions()) {
            if (m.start() == start && m.isState() && !m.isPossessive()) {
                return PAST_AFTER_SUBJECT.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 30))).lookingAt();
            }
        }
        return false;
    }

    private static final Pattern FINITE_AFTER_SUBJECT = Pattern.compile("^\\s+(?:also\\s+|still\\s+|now\\s+)?(?:holds|held|has|have|had|is|are|was|were"
            + "|joined|became|left|remains|applied|signed|received|obtained|gained|enjoys)\\b");

    /**
     * After the comma at {@code comma}: states listed as a subject and a finite verb, while the comma does not end a list
     * of states ("Kazakhstan, Kyrgyzstan and Uzbekistan are members" is one clause).
     */
    private static boolean newSubjectAfterComma(SentenceView v, int clauseStart, int comma, int start) {
        String t = v.text();
        if ((t.startsWith("it ", start) || t.startsWith("they ", start)) && opensWithState(v, clauseStart)
                && VERBISH.matcher(t.substring(0, comma)).find()) {
            // "Turkey has been a member of NATO since 1952, it is a founding member of the OECD": a pronoun subject of its own
            // (not "Although Oman has never joined Opec, it was ...": the clause before opens with no state, a subordinate one)
            return FINITE_AFTER_SUBJECT.matcher(t.substring(t.indexOf(' ', start), Math.min(t.length(), start + 30))).lookingAt();
        }
        Mention first = null;
        for (Mention m : v.mentions()) {
            if (m.end() == comma && m.isState()) {
                return false;
            }
            if (m.start() == start && m.isState()) {
                first = m;
            }
        }
        if (first == null || !VERBISH.matcher(v.text().substring(0, comma)).find()) {
            return false; // "Under its agreement with the EU, in force since 2013, Belgrade is ...": no clause before the comma
        }
        Mention last = first;
        for (Mention m : v.mentions()) {
            if (m.start() > last.end() && m.isState() && Gaps.isListGap(v.text(), last.end(), m.start())) {
                last = m;
            }
        }
        return FINITE_AFTER_SUBJECT.matcher(v.text().substring(last.end(), Math.min(v.text().length(), last.end() + 30))).lookingAt();
    }

    /** The clause from {@code from} opens with a state, "the" before it allowed. */
    private static boolean opensWithState(SentenceView v, int from) {
        String t = v.text();
        int s = from;
        while (s < t.length() && !Character.isLetter(t.charAt(s))) {
            s++;
        }
        int start = t.startsWith("The ", s) ? s + 4 : s;
        return v.mentions().stream().anyMatch(m -> m.start() == start && m.isState());
    }

    /** "..., where Uzbekistan has been a full member since 2019 and Turkmenistan holds observer status": a second subject. */
    private static boolean newSubjectAt(SentenceView v, int and) {
        if (BOTH_PRONOUN_BEFORE.matcher(v.lower()).region(Math.max(0, and - 10), and).find()) {
            return false; // "where both it and Armenia are dialogue partners": one subject
        }
        if (v.mentions().stream().anyMatch(m -> m.end() == and && (m.isState() || m.isOrganization() && (listedAfterComma(v, m)
                || Regions.matches(OPENS_SUBJECT, v.text(), 0, m.start()))))) {
            // "Egypt, Ethiopia and Iran became members", "Zambia, the EU and the US signed": the last item of a list; "The EU and
            // GCC signed a cooperation agreement": a body opening the sentence, the first of two subjects
            return false;
        }
        String t = v.text();
        int pos = and + " and ".length();
        if (t.startsWith("it ", pos) || t.startsWith("they ", pos)) {
            // "It adhered to OPEC in 1969 and it is a founder member of the GECF": a pronoun subject of its own
            return FINITE_AFTER_SUBJECT.matcher(t.substring(t.indexOf(' ', pos), Math.min(t.length(), pos + 30))).lookingAt();
        }
        int start = t.startsWith("the ", pos) ? pos + 4 : pos;
        List<Mention> mentions = v.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() == start && (m.isState() || m.isOrganization())) {
                // "..., and Egypt, Ethiopia, Iran and the United Arab Emirates became members": a listed subject
                while (m.isState() && i + 1 < mentions.size() && mentions.get(i + 1).isState()
                        && Regions.matches(SUBJECT_LIST_GAP, t, m.end(), mentions.get(i + 1).start())) {
                    m = mentions.get(++i);
                }
                return FINITE_AFTER_SUBJECT.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 30))).lookingAt();
            }
        }
        return false;
    }

    private static final Pattern OPENS_SUBJECT = Pattern.compile("(?s)(?:\\W*|.*[,:]\\s*)(?:[Tt]he\\s+)?"); // (also after "RIYADH: ")

    private static final Pattern SUBJECT_LIST_GAP = Pattern.compile(",\\s+(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?");

    /** "Zambia, the EU": the mention follows another state or organization after a comma (not "members of the EAEU"). */
    private static boolean listedAfterComma(SentenceView v, Mention m) {
        Mention before = null;
        for (Mention x : v.mentions()) {
            if (x.end() <= m.start() && (x.isState() || x.isOrganization())) {
                before = x;
            }
        }
        return before != null && Regions.matches(COMMA_THE_GAP, v.text(), before.end(), m.start());
    }

    /** The word at {@code s}, or the one after it when it is an adverb: "and formally left". */
    private static String verbAfterAdverb(String text, String lower, int s) {
        String w = word(lower, s);
        if (w.length() > 3 && w.endsWith("ly") && Character.isLowerCase(text.charAt(s)) && s + w.length() + 1 < lower.length()) {
            return word(lower, s + w.length() + 1);
        }
        return w;
    }

    private static String word(String lower, int s) {
        int e = s;
        while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
            e++;
        }
        return lower.substring(s, e);
    }

    private static final String[] REPORT_VERBS = {"said", "says", "report", "announced", "stated", "noted", "added", "told", "inform",
        "confirm", "declared", "wrote"};

    /**
     * Cuts around each report clause (", the ministry said"), as successive {@code REPORT.find()} calls would find
     * them, but tried only at commas before the last reporting verb: a report clause starts at a comma and holds one.
     */
    private static void reports(String t, String lower, TreeSet<Integer> cuts) {
        int firstComma = t.indexOf(',');
        if (firstComma < 0) {
            return;
        }
        int lastVerb = -1;
        for (String w : REPORT_VERBS) {
            // (a verb only before the first comma bounds no comma; indexOf is far cheaper than lastIndexOf)
            if (lower.indexOf(w, firstComma) >= 0) {
                lastVerb = Math.max(lastVerb, lower.lastIndexOf(w));
            }
        }
        if (lastVerb < firstComma) {
            return;
        }
        Matcher r = REPORT.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int comma = t.indexOf(',', from); comma >= 0 && comma < lastVerb; comma = t.indexOf(',', from)) {
            if (r.region(comma, t.length()).lookingAt()) {
                cuts.add(r.start());
                cuts.add(r.end());
                from = r.end();
            } else {
                from = comma + 1;
            }
        }
    }

    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:a|an)\\s[^,;]{1,60},");

    /** At the comma {@code i}: a verbless noun phrase set off by commas ("..., a permanently neutral country, ..."). */
    private static boolean appositionAt(String t, int i) {
        Matcher m = APPOSITION.matcher(t).region(i, t.length());
        return m.lookingAt() && !VERBISH.matcher(t.substring(i, m.end())).find();
    }

    /** "1,340": a thousands separator, not a clause comma. */
    private static boolean digitComma(String t, int i) {
        return i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
    }

    private static boolean continuesListAfterComma(SentenceView v, int pos) {
        int skip = Regions.lengthAt(AND_THE, v.text(), pos); // always matches, possibly empty
        for (Mention m : v.mentions()) {
            if (m.start() == pos + skip && (m.isState() || m.isOrganization())) {
                if (Regions.lengthAt(OWN_RELATIVE, v.text(), m.end()) > 0) {
                    return false; // "..., and Uzbekistan, which has observer status": a new subject with its own clause
                }
                int before = pos - 1;
                // (also "which joined ASEAN in 1995, APEC in 1998 and the WTO in 2007": items dated one by one)
                return v.mentions().stream().anyMatch(x -> x.end() <= before && (before - x.end() <= 1
                        || Regions.matches(DATED_ITEM_GAP, v.text(), x.end(), before)) && (x.isState() || x.isOrganization()));
            }
        }
        return false;
    }

    private static final Pattern DATED_ITEM_GAP = Pattern.compile("\\s+(?:in|since)\\s+(?:1[89]|20)\\d\\d\\s*");
    private static final Pattern AND_THE = Pattern.compile("^\\s*(?:and\\s+|&\\s+)?(?:the\\s+)?");
    /** ", which has observer status", ", a dialogue partner of the SCO since 2016,": the item has a clause of its own. */
    private static final Pattern OWN_RELATIVE = Pattern.compile("^\\s*,\\s*(?:which|who|whose|an?\\s)");
    private static final Pattern THE_GAP = Pattern.compile("\\s*(?:the\\s+)?");
    private static final Pattern COMMA_THE_GAP = Pattern.compile("\\s*,\\s*(?:the\\s+)?");
    private static final Pattern AND_GAP = Pattern.compile("\\s*,?\\s*(?:and|&)\\s+(?:the\\s+)?");

    /** The list ending at the comma {@code close} was closed by "and": "Uganda and Uzbekistan, Russia ... confirmed". */
    private static boolean listClosedAt(SentenceView v, int close) {
        Mention last = null;
        Mention beforeLast = null;
        for (Mention m : v.mentions()) {
            if (m.end() <= close) {
                beforeLast = last;
                last = m;
            }
        }
        return last != null && beforeLast != null && v.text().substring(last.end(), close).isBlank()
                && AND_GAP.matcher(v.text().substring(beforeLast.end(), last.start())).matches();
    }

    /** ", and Uruguay" after a named state continues a list; ", and South Africa joined it" starts a clause. */
    private static boolean continuesList(SentenceView v, int pos) {
        String t = v.text();
        Mention before = null;
        Mention beforeThat = null;
        Mention next = null;
        for (Mention m : v.mentions()) {
            if (m.end() <= pos - 3 && (m.isState() || m.isOrganization())) {
                beforeThat = before;
                before = m;
            }
            if (next == null && m.start() >= pos && (m.isState() || m.isOrganization())) {
                next = m;
            }
        }
        if (next == null || !Regions.matches(THE_GAP, t, pos, next.start())) {
            return false;
        }
        if (next.isState() && Regions.lengthAt(OWN_RELATIVE, t, next.end()) > 0) {
            return false; // ", and Azerbaijan, a dialogue partner of the SCO since 2016, applied ...": a new subject
        }
        int stop = t.indexOf(',', next.end());
        String rest = t.substring(next.end(), stop < 0 ? t.length() : stop);
        // "Argentina, Brazil, Paraguay, and Uruguay signed": a serial list; "the CIS and the SCO, and Uzbekistan has": a clause
        boolean serial = before != null && before.end() >= pos - 8 && beforeThat != null
                && Regions.matches(COMMA_THE_GAP, t, beforeThat.end(), before.start());
        return !VERBISH.matcher(rest).find() || serial;
    }

    /** The innermost clause that contains local offset {@code pos}. */
    static Clause at(List<Clause> clauses, int pos) {
        Clause best = null;
        for (Clause c : clauses) {
            if (c.containsPosition(pos) && (best == null || c.end() - c.start() < best.end() - best.start())) {
                best = c;
            }
        }
        return best != null ? best : clauses.isEmpty() ? new Clause(0, 0, List.of()) : clauses.get(clauses.size() - 1);
    }
}
