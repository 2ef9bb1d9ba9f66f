package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.DateFinder;
import org.pactum.importer.text.PrefixedSearches;
import org.pactum.importer.text.Regions;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.AgreementKind;

/** Finds the names of treaties, agreements, memoranda, declarations, statutes ... in a sentence. */
final class InstrumentFinder {

    static final Pattern KEY = SearchPatterns.startingWith("jdmtapcrslfeJDMTAPCRSLFE", "(?i)\\b(joint statements?|trilateral statements?|joint (?:vision|leaders'?|leaders\u2019) statement|joint declaration|joint appeal|declaration|memorandums? of understanding"
            + "|memorandums?|memoranda|mous?|treat(?:y|ies)|agreements?|accords?|protocols?|charter|convention|amendment|act|pacts?|deal|road ?map|program(?:me)?"
            + "|statement|statute|communiqu[eé]|document|arrangements?|contract|letters? of intent|letters? of exchange|exchanges? of (?:letters|notes)|declarations? of intent|concept|partnership agenda|action plan|cooperation plan|ftas?|cepas?)\\b");
    /** Lower-case parts of the words KEY matches, for a cheap test before it (keep in step with KEY). */
    static final List<String> KEY_WORDS = List.of("agree", "treat", "memorand", "mou", "declaration", "statement", "protocol",
            "charter", "convention", "amendment", " act", " pact", " deal", "roadmap", "road map", "accord", "joint appeal", "program",
            "document", "statute", "arrangement", "contract", "of intent", "of exchange", "exchange of", "concept", "partnership agenda", "action plan", "cooperation plan", "communiqu", "fta", "cepa");
    private static final Set<String> PLURAL = Set.of("memoranda", "memorandums", "memorandums of understanding", "mous", "treaties", "agreements", "arrangements", "accords", "protocols", "pacts", "ftas", "cepas", "joint statements",
            "trilateral statements");
    /** "said in a statement": a statement is an instrument only with a capital and its subject ("adopted a Statement on ..."). */
    private static final Set<String> LOWER_NEVER = Set.of("act", "amendment", "charter", "convention", "statement", "concept",
            "partnership agenda", "action plan");
    /** Lower-case words that name an instrument only when it is signed or adopted in the same breath. */
    // ("signed a 20-year cooperation plan in Tehran")
    private static final Set<String> LOWER_LINKED_ONLY = Set.of("declaration", "deal", "roadmap", "road map", "program", "programme", "document",
            "cooperation plan", "statute");
    private static final Set<String> CAPITAL_STOP = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its", "Their",
            "In", "On", "At", "By", "Under", "With", "After", "Before", "During", "Prior", "As", "And", "Of", "For", "To", "From",
            "But", "Yet", "Or", "So", "No", "Not", "Expected", "Planned", "Proposed", "Possible", "Future", "New");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "del", "di", "la", "el", "al");
    private static final Set<String> CONNECTORS = Set.of("of", "on", "between", "and", "for", "to", "in", "the", "a", "an",
            "with", "among", "concerning", "regarding", "&");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "his", "her",
            "our", "another", "any", "each", "every", "both");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their", "his", "her", "our", "each", "every",
            "both");
    private static final Set<String> LEFT_STOP = Set.of("signed", "sign", "signs", "signing", "to", "of", "on", "in", "at", "by",
            "with", "and", "or", "for", "under", "over", "into", "from", "include", "includes", "included", "ratify", "approved",
            "approve", "finalized", "finalised", "concluded", "initialled", "initialed", "reached", "inked", "sealed", "penned", "clinched", "struck", "about", "that", "which", "will", "would", "has",
            "have", "had", "is", "are", "was", "were", "be", "been", "as", "said", "says", "agreed", "adopted", "called", "bore",
            "after", "before", "following", "during", "since", "until", "amid", "despite", "without", "but", "no", "not", "nor", "yet");
    private static final Set<String> POSTMODIFIERS = Set.of("on", "between", "with", "to", "for", "concerning", "regarding",
            "granting", "confirming", "establishing", "re-establishing", "under", "among", "of", "setting", "about", "leading", "creating", "providing");
    private static final Set<String> FOUNDING_ADVERBS = Set.of("formally", "officially", "legally", "jointly");
    private static final Set<String> FOUNDING_POSTMODIFIERS = Set.of("establishing", "re-establishing", "creating", "setting");
    /** "the intergovernmental agreement that Greece, Albania and Italy signed": a defining clause qualifies it too. */
    private static final Pattern DEFINING = Pattern.compile("^(?:\\s+[\\p{L}-]+){0,10}?,?\\s+(?:that|which)\\b[^.;]{0,80}?\\b(?:signed|concluded|adopted|initial(?:l)?ed|inked)\\b"
            // "the treaty Russia concluded with North Korea": a relative clause without "that", its subject a name
            + "|^\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:had\\s+|has\\s+)?(?:signed|concluded|inked)\\s+with\\b"
            // "under the bilateral security treaty the two countries signed in 2017": counted signers, no "that"
            + "|^\\s+the\\s+(?:two|three|four|five)\\s+(?:countries|sides|nations|governments|states|leaders|parties)\\s+(?:had\\s+|have\\s+)?(?:signed|concluded|inked)\\b");
    /** "the trilateral statements signed by the leaders of A, B and C on November 10, 2020, ...": who signed and when defines it. */
    private static final Pattern SIGNED_BY_DATED = Pattern.compile("\\s+(?:signed|adopted) by\\b[^.;]{0,100}?\\s(?:on|in)\\s+(?:\\d|" + DateFinder.MONTH_NAME + "\\b)"
            // "the free trade agreements signed by Colombia and Peru with the United States": its signers and counterpart named
            + "|\\s+(?:signed|concluded) by\\s+\\p{Lu}[^.;,]{1,60}?\\s+with\\s+(?:the\\s+)?\\p{Lu}"
            // "The trilateral statement signed on November 10, 2020": a described instrument dated to the day with its year
            + "|\\s+(?:signed|adopted)(?:\\s+in\\s+\\p{Lu}\\p{L}+)?\\s+on\\s+(?:\\d{1,2}\\s+" + DateFinder.MONTH_NAME + "|" + DateFinder.MONTH_NAME + "\\s+\\d{1,2},?)\\s+\\d{4}\\b");
    /** "signed the joint declaration": a definite name right after the signing verb may introduce it (checked by the caller). */
    private static final Pattern SIGNED_RIGHT_BEFORE = Pattern.compile("(?is).*\\b(?:signed|adopted|issued|initial(?:l)?ed)\\s+$");
    private static final Pattern DATE_NEXT = Pattern.compile("^\\s*(?:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s*\\d|\\d)"); // ("on Jan. 23, 2024")
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d](?:[\\p{L}\\d'\u2019.\\-]*[\\p{L}\\d])?|&");
    /** Where a description after the instrument's name ends: punctuation, a relative clause, a date. */
    private static final Pattern STOP = Pattern.compile("[,;.:()\u2018\u2019\u201c\u201d\"]|\\b(?:(?:under|by|through|in) which|which|that|and to|who|whereby|and an?)\\b"
            + "|\\band (?:the|a|an) (?:[\\p{L}-]+ )?(?i:memorandum|agreement|protocol|treaty|declaration|statement|program|programme|concept"
            + "|roadmap|road map|action plan|charter|convention)\\b"
            // "an economic partnership agreement with the UAE and interim trade agreement with Mongolia": two instruments
            + "|\\band (?:[a-z-]+ ){1,2}(?:memorandum|agreement|protocol|treaty|declaration|statement)\\b"
            // "a free trade agreement with Asean as well as comprehensive economic partnership agreements with South Korea and Japan"
            + "|\\b(?:and|as well as) (?:an? )?(?:[a-z-]+ ){1,4}(?:memorand(?:a|um|ums)|agreements?|protocols?|treat(?:y|ies)|declarations?|statements?|ftas?|cepas?)\\b"
            + "|\\b(?:entered|enters|came|comes) into\\b|\\b(?:took|takes) effect\\b|\\bprovisionally\\b"
            // "a free trade agreement with Singapore at its previous summit in Rio de Janeiro a year ago": the occasion and the time
            + "|\\s(?:at|during)\\s+(?:the|its|a|an|their)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:summit|meeting|session|forum|conference|ceremony|talks|visit)\\b"
            + "|\\s(?:a|one|two|three|four|five|\\d+)\\s+(?:years?|months?|weeks?|days?)\\s+ago\\b"
            // "the framework agreement on cooperation in the oil and gas sector signed in 2004": the verb is not the name
            + "|\\s(?:signed|concluded|adopted|ratified|initial(?:l)?ed|inked)\\b"
            + "|\\b(?:was|were|is|are|has been|have been|had been|will be)\\b|\\s(?:last|this|next|previous) (?:year|month|week)\\b"
            + "|\\s(?:on|in|of|since|from)\\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.\\s*\\d|\\d)");
    private static final Pattern NUMBER_AFTER_NO = Pattern.compile("\\.?\\s*\\d{1,4}\\b");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201c\u201d]");
    private static final Pattern QUOTED_QUALIFIER_BEFORE = Pattern.compile("[\"\u201c][\\p{Ll}\\d][\\p{L}\\d -]{0,40}[\"\u201d]\\s+$");
    /** "100-year", "25-year": a span of time qualifying an agreement. */
    private static final Pattern COUNTED_SPAN = Pattern.compile("\\d{1,3}-(?:year|month|day)");
    private static final Pattern SECOND_NAME = Pattern.compile("and\\s+(?:the\\s+|an?\\s+)?(?:\\p{Lu}[\\p{L}-]*['\u2019]?\\s+){0,5}(?:Agreement|Memorandum|Treaty"
            + "|Protocol|Declaration|Convention|Charter|Statement|Program|Programme|Accord|Roadmap)\\b");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,]+$");
    private static final Pattern BLANKS = Pattern.compile(" +");
    private static final Pattern SIGNING_VERB_BEFORE = Pattern.compile(
            "(?is).*\\b(?:signed|sign|signs|signing|adopted|adopt|adopts|approved|approve|approves|issued|issue|issues|agreed on|agreed|concluded|struck|reached|inked|sealed|penned|clinched)"
            // "signed on Wednesday a roadmap", "signed in Aktau a roadmap": a day or a place between the verb and the name
            // ("signed in Abu Dhabi a declaration entitled ...": a place of two words)
            + "(?:\\s+(?:(?:on|in|at)\\s+\\p{Lu}\\p{L}*(?-i:\\s+\\p{Lu}\\p{L}*)?(?:\\s+\\d{1,4})?|yesterday|today|also|jointly),?)*\\s*$");
    private static final Pattern INSTITUTION_NAMED = Pattern.compile("(?:Government|Ministry|Party|Front|Movement) of\\b");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

    /** KEY tried only where the text of one of its words starts (any case), not at each letter its guard lets through. */
    static final PrefixedSearches KEY_SEARCH = PrefixedSearches.of(List.of(KEY));

    List<Instrument> find(String text) {
        List<Instrument> out = new ArrayList<>();
        long[] keyStarts = KEY_SEARCH.startsIn(text);
        int covered = 0;
        // (the matches of KEY.matcher(text).find(), one after the other; the key word is the whole match between its \b)
        for (int[] m = KEY_SEARCH.find(0, text, 0, keyStarts); m != null; m = KEY_SEARCH.find(0, text, m[1], keyStarts)) {
            if (m[0] < covered) {
                continue;
            }
            String key = text.substring(m[0], m[1]);
            String lower = key.toLowerCase(Locale.ROOT);
            if ((lower.equals("mou") || lower.startsWith("cepa") || lower.startsWith("fta")) && inParentheses(text, m[0], m[1])) {
                continue; // "the Comprehensive and Enhanced Partnership Agreement (CEPA)": the short form of the name before it
            }
            if (lower.equals("statute") && Character.isUpperCase(key.charAt(0))) {
                continue; // "the Rome Statute": a statute named with a capital is the reference data's (a state joining it is no signing)
            }
            if (lower.equals("statement") && Regions.matches(FINAL_BEFORE, text, Math.max(0, m[0] - 30), m[0])
                    && Regions.lengthAt(ISSUED_AFTER, text, m[1]) > 0) {
                lower = "joint statement"; // "In a final statement issued at the end of the summit": the summit's joint statement
            }
            Instrument found = (Character.isUpperCase(key.charAt(0)) || namedBefore(text, m[0]) || charterOfNamedBody(text, lower, m[1]))
                    && !lower.equals("mou")
                    ? proper(text, m[0], m[1], lower)
                    : generic(text, m[0], m[1], lower);
            if (found != null) {
                if (PLURAL.contains(lower)) {
                    found = found.asPlural();
                }
                out.add(found);
                covered = found.end();
            }
        }
        return out;
    }

    private static final Pattern FINAL_BEFORE = Pattern.compile("(?s).*\\b(?:a|the|their) (?:joint )?final $");
    private static final Pattern ISSUED_AFTER = Pattern.compile(" (?:was |were )?(?:issued|adopted)\\b");
    private static final Pattern OF_THE_NAME = Pattern.compile(" of the \\p{Lu}\\p{L}+ (?:of |for |on )?\\p{Lu}");

    /** "signed the charter of the Council of Arab and African States ...": a body's charter named by the body's name. */
    private static boolean charterOfNamedBody(String text, String key, int keyEnd) {
        return key.equals("charter") && Regions.lengthAt(OF_THE_NAME, text, keyEnd) > 0;
    }

    /**
     * Two capitalized words right before a lower-case key, not opening the sentence: a name that news writes with a
     * lower-case "treaty" ("the Falepili Union treaty", "the Lobito Corridor agreement").
     */
    private static boolean namedBefore(String text, int keyStart) {
        List<int[]> words = wordsBefore(text, keyStart, 2);
        if (words.size() < 2 || words.get(1)[0] == 0) {
            return false;
        }
        for (int[] w : words) {
            String word = text.substring(w[0], w[1]);
            if (!Character.isUpperCase(word.charAt(0)) || CAPITAL_STOP.contains(word) || word.chars().allMatch(Character::isUpperCase)) {
                return false; // (not an acronym: "the EU FTA agreement" is left to the generic reading)
            }
        }
        return true;
    }

    static boolean isPlural(String key) {
        return PLURAL.contains(key.toLowerCase(Locale.ROOT));
    }

    /** "statement", "communiqué": words that name an instrument only when named in full or adopted right there. */
    private static boolean statementLike(String key) {
        return key.equals("statement") || key.startsWith("communiqu");
    }

    static AgreementKind kindOf(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("road") || k.startsWith("program") || k.endsWith("of intent") || k.endsWith("of exchange") || k.startsWith("exchange") || k.equals("concept") || k.endsWith("agenda")
                || k.equals("action plan") || k.equals("cooperation plan")) {
            return AgreementKind.OTHER;
        }
        if (k.endsWith("statement") || k.endsWith("statements") || k.contains("joint appeal") || k.contains("communiqu")) {
            return AgreementKind.JOINT_STATEMENT;
        }
        if (k.contains("declaration")) {
            return AgreementKind.JOINT_DECLARATION;
        }
        if (k.startsWith("memorand") || k.startsWith("mou")) {
            return AgreementKind.MEMORANDUM;
        }
        if (k.startsWith("treat") || k.equals("pact") || k.equals("convention")) {
            return AgreementKind.TREATY;
        }
        if (k.startsWith("protocol")) {
            return AgreementKind.PROTOCOL;
        }
        if (k.equals("charter") || k.equals("statute")) {
            return AgreementKind.CHARTER;
        }
        if (k.equals("act") || k.equals("amendment")) {
            return AgreementKind.STATUTE;
        }
        return AgreementKind.AGREEMENT;
    }

    private static Instrument proper(String text, int keyStart, int keyEnd, String key) {
        Quote q = quoteAround(text, keyStart, keyEnd);
        if (q != null) {
            String title = text.substring(q.start, q.end).strip();
            return new Instrument(q.start, q.end, title, kindOf(key), true, false, true, linkStart(text, q.start - 1));
        }
        // left: capitalized words and ordinals ("Shusha Declaration", "907th Amendment", "Collective Security Treaty")
        int start = keyStart;
        List<int[]> left = wordsBefore(text, keyStart, 8);
        for (int k = 0; k < left.size(); k++) {
            String word = text.substring(left.get(k)[0], left.get(k)[1]);
            boolean cap = Character.isUpperCase(word.charAt(0)) && !CAPITAL_STOP.contains(word);
            // "Rio de Janeiro Declaration": a lower-case particle inside a place name
            boolean joiner = (word.equals("and") || word.equals("of") || word.equals("&") || NAME_PARTICLES.contains(word)) && k + 1 < left.size()
                    && Character.isUpperCase(text.charAt(left.get(k + 1)[0]))
                    && !CAPITAL_STOP.contains(text.substring(left.get(k + 1)[0], left.get(k + 1)[1]));
            if (cap || ORDINAL.matcher(word).matches()) {
                start = left.get(k)[0];
            } else if (!joiner) {
                break;
            }
        }
        boolean hasLeft = start < keyStart;
        if ((key.equals("act") || key.equals("amendment")) && !hasLeft) {
            return null;
        }
        if (hasLeft && INSTITUTION_NAMED.matcher(text).region(start, keyStart).lookingAt()) {
            return null; // "Libya's Government of National Accord": an institution named after an accord, not one
        }
        // right: "of Kars", "on Establishing a Comprehensive Strategic Partnership", "between Azerbaijan and Turkey"
        int end = keyEnd;
        int pos = keyEnd;
        Matcher w = WORD.matcher(text);
        int words = 0;
        while (words++ < 24) {
            Matcher enumeration = TITLE_ENUMERATION.matcher(text).region(pos, text.length());
            if (end > keyEnd && enumeration.lookingAt()) {
                pos = enumeration.end(); // "Treaty of Friendship, Cooperation and Mutual Security": the title goes on
                continue;
            }
            int gapEnd = pos;
            while (gapEnd < text.length() && text.charAt(gapEnd) == ' ') {
                gapEnd++;
            }
            if (gapEnd == pos || !w.find(gapEnd) || w.start() != gapEnd) {
                break;
            }
            String word = w.group();
            if (word.equals("and") && Regions.lengthAt(SECOND_NAME, text, w.start()) > 0) {
                break; // "the Intergovernmental Agreement and the Gas Pipeline Framework Agreement": two instruments
            }
            if (CONNECTORS.contains(word)) {
                pos = w.end();
                continue;
            }
            if (Character.isUpperCase(word.charAt(0)) && !(DateFinder.month(word) > 0 && nextIsDigit(text, w.end()))) {
                end = w.end();
                pos = w.end();
                int number = word.equals("No") ? Regions.lengthAt(NUMBER_AFTER_NO, text, pos) : -1;
                if (number > 0) {
                    end = pos + number; // "Amendment Agreement No. 1 to the Framework Agreement ..."
                    pos = end;
                }
                continue;
            }
            break;
        }
        if (end == keyEnd && !hasLeft) {
            // "the Program of cooperation of the CIS member states in ...": a name in sentence case, as translated
            end = lowerCaseQualifier(text, keyEnd);
        } else if (end > keyEnd && text.startsWith(" between ", keyEnd)) {
            // "Agreement between the Kazakh and Russian Governments on cooperation in the field of transport security": the
            // subject after the parties tells one agreement between them from the next
            end = lowerCaseQualifier(text, end);
        }
        if ((key.equals("declaration") || statementLike(key)) && !hasLeft && end == keyEnd) {
            return null;
        }
        int detStart = start;
        boolean definite = false;
        List<int[]> before = wordsBefore(text, start, 2);
        // "its own Association Agreement": "own" belongs to the determiner
        int d = before.size() == 2 && text.substring(before.get(0)[0], before.get(0)[1]).equalsIgnoreCase("own") ? 1 : 0;
        if (before.size() > d) {
            String det = text.substring(before.get(d)[0], before.get(d)[1]).toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(det)) {
                detStart = before.get(d)[0];
                definite = DEFINITE.contains(det);
            }
        }
        boolean namedInFull = hasLeft && (end > keyEnd || !key.equals("statement")); // "Vilnius Summit Communiqué"
        if (statementLike(key) && !namedInFull && !Regions.matches(SIGNING_VERB_BEFORE, text, Math.max(0, detStart - 40), detStart)) {
            return null; // "a Statement on ..." only when adopted or signed right there, or named in full ("BRICS Leaders' Statement on ...")
        }
        String title = TRAILING_STOPS.matcher(text.substring(start, end)).replaceAll("");
        return new Instrument(start, start + title.length(), title, kindOf(key), true, definite, end > keyEnd,
                detStart);
    }

    private static final Pattern ACRONYM_AFTER_KEY = Pattern.compile(" \\(\\p{Lu}[\\p{L}]{1,7}\\)");

    /** " in place with", " already in force with": what a held agreement may have between its name and its counterpart. */
    private static final Pattern IN_PLACE_WITH = Pattern.compile("\\s+(?:already\\s+)?in\\s+(?:place|force)(?=\\s+with\\s)");

    /** The end of a lower-case qualifier after the key ("on cooperation in the field of ..."), up to a stop; {@code keyEnd} when none. */
    private static int lowerCaseQualifier(String text, int keyEnd) {
        Matcher acronym = ACRONYM_AFTER_KEY.matcher(text).region(keyEnd, text.length());
        int from = acronym.lookingAt() ? acronym.end() : keyEnd; // "the Memorandum of Understanding (MoU) on cooperation in ..."
        from += Math.max(0, Regions.lengthAt(IN_PLACE_WITH, text, from)); // "has trade agreements in place with Japan, South Korea, ..."
        Matcher w = WORD.matcher(text);
        if (w.find(from) && Regions.matches(BLANKS, text, from, w.start()) && FOUNDING_ADVERBS.contains(w.group())) {
            int adverbEnd = w.end(); // "the treaty formally establishing the ECOWAS Abidjan-Lagos Corridor"
            if (!w.find(adverbEnd) || !Regions.matches(BLANKS, text, adverbEnd, w.start()) || !FOUNDING_POSTMODIFIERS.contains(w.group())) {
                return keyEnd;
            }
        } else if (!w.find(from) || !Regions.matches(BLANKS, text, from, w.start()) || !POSTMODIFIERS.contains(w.group())
                || DATE_NEXT.matcher(text.substring(w.end())).find()) {
            return keyEnd;
        }
        int stop = text.length();
        Matcher s = STOP.matcher(text);
        if (s.find(w.end())) {
            stop = s.start();
        }
        int end = w.end();
        Matcher ww = WORD.matcher(text);
        int p = w.end();
        int count = 0;
        while (ww.find(p) && ww.end() <= stop && count++ < 20) {
            end = ww.end();
            p = ww.end();
        }
        return end;
    }

    /** "the roadmap for ..., which the ministers of A, B and C signed in Aktau": signed in its own relative clause. */
    private static final Pattern SIGNED_BY_RELATIVE = Pattern.compile("(?i)[^.;]{0,60}?,\\s*which\\s+[^.;]{0,150}?\\b(?:signed|adopted|issued|approved)\\b");

    /** "on February 14 the agreement will be signed by the ministers ...": a signing dated to the day states the agreement. */
    private static final Pattern PASSIVE_SIGNING = Pattern.compile("(?i)\\s+(?:will be|is to be|is expected to be|was|were|has been|had been) signed\\b");
    private static final Pattern PASSIVE_SIGNING_NEAR = Pattern.compile("(?i)[^.;,]{0,30}?\\s+(?:was|were|has been|had been) (?:signed|adopted)\\b");
    private static final Pattern ANOTHER_ONE = Pattern.compile("(?i)(?:first|second|third|previous|earlier|original|initial|former|old)\\b(?!\\s+such\\b)");
    private static final Pattern ON_DAY = Pattern.compile("(?i)\\bon (?:\\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)"
            + "|(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2})\\b");

    private static final Pattern REACHED_BEFORE = Pattern.compile("(?s).*\\breach(?:ed|es|ing)?\\s+(?:(?:an?|broad|full)\\s+)*$");
    private static final Pattern ON_DOING_AFTER = Pattern.compile("\\s+on\\s+\\p{Ll}+ing\\b|\\s+to\\s+(?!sign)\\p{Ll}+\\s");

    private static Instrument generic(String text, int keyStart, int keyEnd, String key) {
        if (LOWER_NEVER.contains(key)) {
            return null;
        }
        if (key.equals("agreement") && Regions.matches(REACHED_BEFORE, text, Math.max(0, keyStart - 24), keyStart)
                && Regions.lengthAt(ON_DOING_AFTER, text, keyEnd) > 0) {
            return null; // "the ministers reached agreement on admitting Bahrain ...": a decision, no instrument
        }
        boolean linkedOnly = LOWER_LINKED_ONLY.contains(key);
        int start = keyStart;
        String det = null;
        int detStart = keyStart;
        boolean term = false; // the name opens with a term: "25-year"
        boolean own = false; // "their own agreement": another one than any named before
        boolean coordinatedModifiers = false; // "the tariff and transportation agreement": described closely enough to be a new one
        // a qualifier in quotes keeps its words: a "100-year partnership" agreement
        Matcher quoted = QUOTED_QUALIFIER_BEFORE.matcher(text).region(Math.max(0, keyStart - 50), keyStart);
        boolean inQuotes = quoted.find();
        if (inQuotes) {
            start = quoted.start();
            detStart = start;
        }
        for (int[] w : wordsBefore(text, start, 5)) {
            String word = text.substring(w[0], w[1]);
            String lw = word.toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lw)) {
                det = lw;
                detStart = w[0];
                break;
            }
            if (lw.equals("own") && start == keyStart) {
                own = true;
                continue; // "its own treaty of accession": part of the determiner, not of the name
            }
            if (lw.equals("and") && start < keyStart && coordinatedModifierBefore(text, w[0])) {
                coordinatedModifiers = true;
                continue; // "a gas sales and purchase agreement", "a trade and economic cooperation agreement": one name
            }
            if (LEFT_STOP.contains(lw)
                    || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !COUNTED_SPAN.matcher(word).matches()
                    || Character.isUpperCase(word.charAt(0)) && start < keyStart) {
                break;
            }
            term |= COUNTED_SPAN.matcher(word).matches();
            start = w[0];
            detStart = w[0];
            if (Character.isUpperCase(word.charAt(0))) {
                break;
            }
        }
        if (term && det != null && DEFINITE.contains(det) && !inQuotes) {
            // "The 20-year treaty was signed ...": the one named before, its term said again (not "a 25-year power purchase
            // agreement"), read as a bare reference: no determiner, no qualifier
            start = keyStart;
            det = null;
            detStart = keyStart;
        }
        int end = lowerCaseQualifier(text, keyEnd);
        int dated = Regions.lengthAt(DATED_BY_OF, text, keyEnd);
        if (end == keyEnd && dated > 0) {
            end = keyEnd + dated; // "the trilateral statement of November 9, 2020": its date names it
        }
        boolean qualified = end > keyEnd || own || coordinatedModifiers;
        if (key.equals("document") && !qualified) {
            return null; // "signed the document of extending the swap agreement" names one; "signed the documents" does not
        }
        boolean definite = det != null && DEFINITE.contains(det);
        // ("the second such pact New Delhi has concluded with a GCC member": a kind, counted, not a defined instrument)
        if (definite && !qualified && !text.startsWith("such ", Math.max(0, keyStart - 5)) && (DEFINING.matcher(text.substring(keyEnd)).find()
                || SIGNED_BY_DATED.matcher(text.substring(keyEnd)).lookingAt())) {
            qualified = true;
        }
        if (!qualified && start < keyStart && ANOTHER_ONE.matcher(text.substring(start, keyStart)).lookingAt()) {
            qualified = true; // "the first roadmap for 2022-2027 was signed ...": another instrument than the one just named
        }
        // "initialled the peace agreement": a described instrument right after the verb is new, "signed the agreement" refers back
        boolean described = key.contains(" ") || start < keyStart;
        if (definite && !qualified && !(described && SIGNED_RIGHT_BEFORE.matcher(text.substring(Math.max(0, detStart - 30), detStart)).matches())
                && !(det.equals("the") && PASSIVE_SIGNING.matcher(text.substring(end)).lookingAt() && ON_DAY.matcher(text).find())) {
            return null; // "the agreement", "the trade agreement": refers back to one already named
        }
        String title = QUOTE_MARKS.matcher(text.substring(start, end)).replaceAll("");
        if (linkedOnly && !Regions.matches(SIGNING_VERB_BEFORE, text, Math.max(0, detStart - 40), detStart)
                && !SIGNED_BY_RELATIVE.matcher(text.substring(end)).lookingAt() && !COUNTED_SIGNERS_AFTER.matcher(text.substring(end)).lookingAt()
                && (key.equals("document") || !PASSIVE_SIGNING_NEAR.matcher(text.substring(end)).lookingAt())) {
            return null; // "a declaration" or "a deal" only counts when signed or adopted right there
        }
        return new Instrument(start, end, title, kindOf(key), false, definite, qualified, detStart);
    }

    private static final Set<String> KEY_NOUNS = Set.of("agreement", "agreements", "treaty", "treaties", "memorandum", "memoranda",
            "declaration", "protocol", "convention", "charter", "deal", "deals", "pact", "pacts", "roadmap", "statement", "accord", "accords");

    /**
     * Whether the "and" ending at {@code andStart} joins two modifiers of one name ("gas sales and purchase agreement"): the word
     * before it is a lower-case modifier, and at most one more such word separates it from a determiner or a verb like "signed".
     */
    private static boolean coordinatedModifierBefore(String text, int andStart) {
        List<int[]> words = wordsBefore(text, andStart, 3);
        for (int k = 0; k < words.size(); k++) {
            String word = text.substring(words.get(k)[0], words.get(k)[1]);
            String lw = word.toLowerCase(Locale.ROOT);
            if (k > 0 && (DETERMINERS.contains(lw) || LEFT_STOP.contains(lw))) {
                return true;
            }
            // (hyphened words too: "a ten-year defence and economic cooperation framework agreement")
            if (k == 2 || !word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || LEFT_STOP.contains(lw) || DETERMINERS.contains(lw)
                    || KEY_NOUNS.contains(lw)) {
                return false;
            }
        }
        return false;
    }

    /** " of November 9, 2020", " of 9 November 2020": a full date after the key. */
    private static final Pattern DATED_BY_OF = Pattern.compile("\\s+of\\s+(?:\\d{1,2}\\s+" + DateFinder.MONTH_NAME + "|" + DateFinder.MONTH_NAME + "\\s+\\d{1,2},?)\\s+\\d{4}\\b");

    /** "a roadmap the three countries signed in Tashkent": signed by a counted group in a relative clause without "which". */
    static final Pattern COUNTED_SIGNERS_AFTER = Pattern.compile("(?i)\\s+(?:that\\s+|which\\s+)?the (two|three|four|five|six|seven|eight|nine"
            + "|ten|\\d{1,2}) (?:countries|states|sides|governments|leaders|presidents|neighbou?rs) (?:had |have |jointly )?signed\\b");

    /** Lower-case words a quoted title may have before its instrument word ("On the Launch of the Process of ..."). */
    private static final java.util.Set<String> TITLE_PARTICLES = java.util.Set.of("of", "on", "the", "and", "for", "in", "to", "between",
            "with", "a", "an", "at", "by", "de", "la", "del", "des", "du");

    /** ", Cooperation and " inside a title: the nouns a treaty's title lists ("of Friendship, Cooperation and Mutual Security"). */
    private static final Pattern TITLE_ENUMERATION = Pattern.compile(",\\s+(?:Cooperation|Co-operation|Friendship|Partnership|Mutual|Assistance"
            + "|Security|Development|Good-Neighbou?rliness|Good-Neighbou?rly|Alliance|Trade|Investment|Economic|Strategic|Comprehensive|Peace"
            + "|Understanding|Collaboration|Non-Aggression|Neutrality|Integration|Solidarity|Brotherhood|Stability|Prosperity)\\b"
            + "(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}(?:,\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}){0,4},?\\s+and(?=\\s+\\p{Lu})"
            // "the State Borders of the Republic of Tajikistan, the Republic of Uzbekistan and the Kyrgyz Republic"
            + "|,\\s+the\\s+(?:Republic|Kingdom|Islamic Republic|Kyrgyz Republic|Russian Federation|People's Republic|Federal Republic|State|Sultanate"
            + "|Emirate|Grand Duchy|Principality)\\b[^,.;]{0,40}?(?:,\\s+the\\s+\\p{Lu}[^,.;]{0,40}?){0,6},?\\s+and(?=\\s+the\\s+\\p{Lu})");

    private record Quote(int start, int end) {
    }

    /** The quoted title around [keyStart, keyEnd): ‘Treaty on Friendship ...’. */
    private static Quote quoteAround(String text, int keyStart, int keyEnd) {
        int open = -1;
        for (int i = keyStart - 1; i >= 0 && keyStart - i < 120; i--) {
            char c = text.charAt(i);
            if (c == '\u2018' || c == '\u201c' || c == '"') {
                open = i;
                break;
            }
            if (c == '\u2019' || c == '\u201d' || c == '.' || c == ';') {
                return null;
            }
        }
        if (open < 0 || open + 1 >= text.length() || !Character.isUpperCase(text.charAt(open + 1))) {
            return null;
        }
        for (String word : text.substring(open + 1, keyStart).strip().split("\\s+")) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))
                    && !TITLE_PARTICLES.contains(word)) {
                return null; // "Such actions contradict the spirit of the Declaration ...": a quoted remark, not a title
            }
        }
        char closing = text.charAt(open) == '\u2018' ? '\u2019' : text.charAt(open) == '\u201c' ? '\u201d' : '"';
        int close = text.indexOf(closing, keyEnd);
        if (close < 0 || close - keyEnd > 200) {
            return null;
        }
        return new Quote(open + 1, close);
    }

    private static boolean inParentheses(String text, int start, int end) {
        return start > 0 && text.substring(0, start).stripTrailing().endsWith("(") && text.substring(end).stripLeading().startsWith(")");
    }

    private static boolean nextIsDigit(String text, int pos) {
        String rest = text.substring(pos);
        rest = (rest.startsWith(".") ? rest.substring(1) : rest).stripLeading(); // "on Nov. 3"
        return !rest.isEmpty() && Character.isDigit(rest.charAt(0));
    }

    /** Up to {@code max} words before {@code pos}, nearest first, as [start, end]; stops at punctuation. */
    private static List<int[]> wordsBefore(String text, int pos, int max) {
        List<int[]> out = new ArrayList<>();
        int i = pos;
        while (out.size() < max) {
            int e = i;
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            if (e == i && i != pos || e == 0) {
                break;
            }
            int s = e;
            while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || "-'\u2019\u2013&".indexOf(text.charAt(s - 1)) >= 0
                    || initialDot(text, s - 1))) {
                s--;
            }
            boolean quoteOpens = s < e && (text.charAt(s) == '\'' || text.charAt(s) == '\u2019') && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)));
            if (quoteOpens) {
                s++; // "signed the 'Islamabad Declaration'": a single quote opening the name, no part of its first word
            }
            if (s == e) {
                break;
            }
            out.add(new int[] {s, e});
            if (quoteOpens) {
                break;
            }
            i = s;
        }
        return out;
    }

    /** The dot after a capital that stands alone, as in "U.S." ("the Korea-U.S. FTA"): part of the word. */
    private static boolean initialDot(String text, int i) {
        return text.charAt(i) == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1))
                && (i == 1 || !Character.isLetter(text.charAt(i - 2)));
    }

    /** Start of the text before a title where a signing verb may stand. */
    private static int linkStart(String text, int pos) {
        return Math.max(0, pos);
    }
}
