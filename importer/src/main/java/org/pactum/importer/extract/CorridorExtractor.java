package org.pactum.importer.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.Regions;
import org.pactum.importer.text.SearchPatterns;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;
import org.pactum.model.CorridorStatus;
import org.pactum.model.EdtfDate;
import org.pactum.model.Milestone;
import org.pactum.model.ReportedFigure;

/**
 * Corridors: the named corridors and lines of the reference data, and unnamed ones written as a chain of
 * places with a kind of line ("Serkhetabad–Herat gas pipeline", "China — Kyrgyzstan — Uzbekistan railway"),
 * with the states and places along them, their status, milestones and reported figures.
 */
final class CorridorExtractor {

    private static final String ELEMENT = "\\p{Lu}[\\p{L}'\u2019.]*(?:\\s\\p{Lu}[\\p{L}'\u2019.]*){0,2}";
    private static final String TYPE_WORDS = "(?:\\s+(?:gas|oil|power|transmission|electricity|high-speed|railway|rail|road|motorway"
            + "|highway|transit|transport|fiber-optic|fibre-optic|optical|communication|energy|water|trade|economic|international"
            + "|multimodal|freight|cargo|submarine|undersea|standard-gauge|metre-gauge|meter-gauge|broad-gauge|narrow-gauge|cross-border"
            + "|standard gauge|metre gauge|meter gauge|broad gauge|narrow gauge"
            + "|coastal|double-track|electrified|heavy-haul))*";
    private static final String HEAD = "(?i:railway|railroad|pipeline|corridor|highway|road|route|line|link|cable|motorway|expressway"
            + "|interconnection|interconnector|bridge|tunnel|ferry line|ferry service|ferry)";
    private static final String NOT_AFTER = "(?!\\s+\\d)(?!\\s+(?i:station|stations|bridge|terminal|yard|depot|company|companies|group|corporation|holding|workers|administration"
            + "|authority|operator|tariffs?|network|ministry|car|cars|wagons?|bus|buses|metro|tram|subway|service|services|s"
            + "|access|damage|traffic|safety|accidents?|repairs?|maintenance)\\b)(?!\\w)" // ("Direct road access", "Baltic Sea cable damage")
            + "(?![-\u2010\u2011]\\p{Ll})"; // (not "Prysmian's cable-laying vessel")
    private static final Pattern CHAIN = SearchPatterns.startingWith("\\p{Lu}", "(?<![\\p{L}\\d])(?<chain>" + ELEMENT + "(?:\\s*[-\u2010-\u2015]\\s*" + ELEMENT + "){1,6})" // (not the "V" of "400 kV")
            + "(?<acr>\\s*\\([\\p{Lu}\\d-]{2,8}\\))?(?<type>" + TYPE_WORDS + ")\\s+(?<head>" + HEAD + ")" + NOT_AFTER);
    private static final String CHAIN_ELEMENTS = ELEMENT + "(?:\\s*[-\u2010-\u2015]\\s*" + ELEMENT + "){1,6}";
    /** "the Bakhty-Ayagoz, Moiynty-Kyzylzhar and Altynkol-Zhetygen lines": chains joined under one plural head. */
    /** The plural heads CHAIN_LIST ends with, in lower case; a sentence without one of them holds no such list. */
    private static final List<String> PLURAL_HEADS = List.of("railways", "railroads", "pipelines", "highways", "roads", "lines", "links",
            "cables", "bridges", "tunnels", "corridors", "routes");
    private static final Pattern CHAIN_LIST = SearchPatterns.startingWith("\\p{Lu}", "(?<![\\p{L}\\d])(?<list>" + CHAIN_ELEMENTS + "(?:\\s*,\\s*"
            + CHAIN_ELEMENTS + ")*\\s*,?\\s+and\\s+" + CHAIN_ELEMENTS + ")(?<type>" + TYPE_WORDS + ")\\s+(?<head>(?i:"
            + String.join("|", PLURAL_HEADS) + "))\\b");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    /** "the railway China – Kyrgyzstan – Uzbekistan": the kind first, then a chain of three or more known places. */
    private static final Pattern HEAD_FIRST = SearchPatterns.startingWith("rph", "\\b(?<head>railway|railroad|pipeline|highway)\\s+(?<chain>" + ELEMENT
            + "(?:\\s*[-\u2010-\u2015]\\s*" + ELEMENT + "){2,6})");
    private static final Pattern PLACE_CHAIN = SearchPatterns.startingWith("r", "\\broute\\s+(?<chain>" + ELEMENT + "(?:\\s*[-\u2010-\u2015]\\s*" + ELEMENT + "){2,8})");
    private static final Pattern NAMED = SearchPatterns.startingWith("\\p{Lu}", "(?<name>(?:\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\d{1,2})?\\s+){1,3})(?<type>(?:(?:gas|oil|power|transmission"
            + "|transit|railway|rail|road|highway|fiber-optic|communication|energy|international)\\s+)*)(?<head>" + HEAD + ")" + NOT_AFTER
            // (not a name inside an instrument's title: "the Crude Oil Pipeline Agreement between ...")
            + "(?!\\s+(?i:agreement|treaty|protocol|memorandum|accord|convention|contract)\\b)");
    private static final Pattern INFRA_ALONG = Pattern.compile("(?i)\\b((?:(?!(?:a|an|the|of)\\s)[\\p{L}-]+\\s+){0,3}(?:line|cable|pipeline|road|railway|highway))\\s+along\\s+(?:the\\s+)?$");
    /** "the high-speed passenger ferry service between Nagapattinam in Tamil Nadu and Kankesanthurai near Jaffna": two known places. */
    private static final Pattern BETWEEN = SearchPatterns.startingWith("frph", "\\b(?<head>ferry service|ferry|railway|railroad|pipeline|highway)\\s+between\\s+"
            + "(?<a>\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?)(?:\\s+(?:in|near|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?)?"
            + "\\s+and\\s+(?<b>\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?)");
    /** "the existing line from Termez via the Hairatan border crossing to Mazar-i-Sharif". */
    private static final Pattern FROM_TO = SearchPatterns.startingWith("lrph", "\\b(?<head>line|railway|railroad|pipeline|road|highway)\\s+from\\s+(?<a>\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?)"
            + "(?:\\s+via\\s+(?:the\\s+)?(?<via>\\p{Lu}[\\p{L}'-]*)(?:\\s+border crossing|\\s+crossing)?)?\\s+to\\s+(?<b>\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?)");
    /** Words that open a compound but name no place: "Trans-Caspian", "Pan-European", "Sino-Russian". */
    private static final Set<String> CHAIN_PREFIXES = Set.of("Trans", "Pan", "Euro", "Inter", "Sino", "Afro", "Indo", "Anglo", "Russo");
    private static final Pattern TYPE_WORD = Pattern.compile("(?i)gas|oil|power|transmission|transit|railway|rail|fiber-optic|communication"
            + "|energy|main|trunk|new|export|import|natural|electricity|electric|state|national");
    private static final Pattern OF_NAME_AFTER = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}");
    /** "European-gauge", "Soviet-era": a capitalized word with a lower-case second part describes the line. */
    private static final Pattern LOWER_COMPOUND = Pattern.compile("-\\p{Ll}");
    /** Units and technologies that describe a line, no name: "a 1,000-MW line", "the undersea HVDC cable". */
    private static final Set<String> FORTIFICATION = Set.of("Defence", "Defense", "Defensive", "Fortification", "Fortified", "Front", "Frontline");
    private static final Set<String> TECHNICAL = Set.of("MW", "GW", "kV", "KV", "km", "HVDC", "HVAC", "LNG", "UHV", "EHV");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An", "This", "That", "Its", "Their");
    private static final Pattern NAME_CHAIN_BEFORE = Pattern.compile(".*(?<![\\p{L}-])\\p{Lu}\\p{L}+(?:[-\u2010-\u2015]\\p{Lu}\\p{L}+)+\\s+");
    private static final Pattern POSSESSOR = Pattern.compile("\\p{L}+['\u2019]s?");
    private static final Set<String> NAME_STOP = Set.of("The", "A", "An", "This", "That", "These", "In", "On", "At", "By", "With",
            "Its", "Their", "And", "Of", "For", "To", "From", "New", "Old", "Main", "Silk", "Within", "Among", "Under", "Via");

    private static final Pattern EVENT = SearchPatterns.startingWith("goilscfGOILSCF", "(?i)\\b(groundbreaking ceremony|groundbreaking|opening|inauguration|launch|start of construction"
            + "|commissioning|completion|first train|signing)\\b");
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?<metric>[a-z][a-z -]{2,40}?)\\s+(?:between [^,.;]{1,40}?\\s+|on [^,.;]{1,30}?\\s+)?"
            + "(?<verb>surged|grew|increased|rose|jumped|climbed|fell|declined|dropped|decreased)\\s+by\\s+(?<v>\\d+(?:\\.\\d+)?)\\s*(?<u>%|percent|per cent)");
    private static final Pattern VOLUME = Pattern.compile("(?i)(?<v>\\d+(?:\\.\\d+)?)\\s+(?:billion cubic met(?:er|re)s|bcm)(?:\\s+of gas)?(?:\\s+(?:a|per) year)");
    private static final Pattern LENGTH = Pattern.compile("(?i)(?<![\\d.,])(?<v>\\d{4,6}(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(?:km|kilomet(?:er|re)s?)\\b(?:\\s+long)?"); // ("1000 km", not "000")
    private static final Pattern MONEY = Pattern.compile("(?i)\\$\\s?(?<v>\\d+(?:\\.\\d+)?)\\s*(?<m>bn|billion|million|mn|m)\\b");
    private static final Pattern ANAPHOR = SearchPatterns.startingWith("tiTI", "(?i)\\b(?:the|this|its) (?:project|pipeline|corridor|route|railway|line|road)\\b");

    private static final List<String> HEAD_WORDS = List.of("railway", "railroad", "pipeline", "corridor", "highway", " road",
            " route", " line", " link", " cable", "motorway", "expressway", "interconnect", "bridge", "tunnel", "ferry");

    /**
     * A dash with a capital after it, blanks between ("Kars-Tbilisi", "Baku \u2013 Tbilisi"): what every chain of names CHAIN,
     * CHAIN_LIST and HEAD_FIRST read holds (an ELEMENT, a dash, an ELEMENT); "high-speed" and "cross-border" have no such dash.
     */
    static boolean capitalAfterDash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c >= '\u2010' && c <= '\u2015') {
                int j = i + 1;
                while (j < text.length() && isRegexBlank(text.charAt(j))) {
                    j++;
                }
                // (Character.isUpperCase holds for every \p{Lu} letter, and a few more)
                if (j < text.length() && Character.isUpperCase(text.codePointAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What \s matches (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static final Pattern FIGURE_HINT = SearchPatterns.startingWith("%pbck$", "%|percent|per cent|bcm|cubic|km|kilomet|\\$");

    private final EntitySource reference;

    CorridorExtractor(EntitySource reference) {
        this.reference = reference;
    }

    List<Candidate<Corridor>> extract(DocumentAnalysis doc) {
        List<Candidate<Corridor>> out = new ArrayList<>();
        Candidate<Corridor> last = null;
        int lastIndex = -10;
        for (SentenceView v : doc.sentences()) {
            if (!v.sentence().isStatement()) {
                continue;
            }
            List<Candidate<Corridor>> here = new ArrayList<>();
            List<int[]> taken = new ArrayList<>();
            for (Mention m : v.mentions()) {
                if (m.type() != EntityType.CORRIDOR) {
                    continue;
                }
                Matcher along = INFRA_ALONG.matcher(v.text().substring(Math.max(0, m.start() - 80), m.start()));
                if (v.lower().lastIndexOf(" along ", m.start()) >= Math.max(0, m.start() - 12) && along.find()) {
                    // "a fiber-optic communication line along the Serkhetabad-Herat route": a new line on a known route
                    String route = ROUTE_WORD.matcher(v.text().substring(m.start(), m.end())).replaceAll("");
                    Corridor c = new Corridor();
                    c.setName(String.join("\u2013", DASH_SPLIT.split(route)) + " " + along.group(1).strip());
                    c.getModes().addAll(modes(along.group(1)));
                    reference.corridor(m.code()).ifPresent(k -> c.getCountries().addAll(k.countries()));
                    here.add(new Candidate<>(c, v, 0.6));
                    taken.add(new int[] {m.start(), m.end()});
                    continue;
                }
                if (m.type() == EntityType.CORRIDOR && Regions.matches(NAME_CHAIN_BEFORE, v.text(), Math.max(0, m.start() - 60), m.start())) {
                    continue; // "the Bangladesh-India Friendship Pipeline": another line whose name ends like a known one's alias
                }
                if (m.type() == EntityType.CORRIDOR) {
                    Corridor c = known(m, v);
                    if (c != null) {
                        here.add(new Candidate<>(c, v, 0.8));
                        taken.add(new int[] {m.start(), m.end()});
                    }
                }
            }
            String lower = v.lower();
            boolean hasHead = Words.containsAny(lower, HEAD_WORDS);
            boolean chained = hasHead && capitalAfterDash(v.text());
            if (chained) {
                chainLists(v, taken, here);
                chains(doc, v, taken, here);
            }
            if (chained) {
                headFirst(v, taken, here);
            }
            if (hasHead && (lower.contains(" from ") || lower.contains(" between "))) {
                fromTo(v, taken, here);
            }
            if (hasHead) {
                named(v, taken, here);
            }
            if (here.isEmpty() && last != null && v.index() - lastIndex <= 2) {
                // "the route Kashgar — Torugart — ..." and figures about "the project" belong to the corridor just named
                placeChain(v, last.record());
                if (ANAPHOR.matcher(v.text()).find() || v.index() - lastIndex <= 1) {
                    figures(v, last.record());
                }
                continue;
            }
            for (Candidate<Corridor> c : here) {
                Corridor r = c.record();
                r.setStatus(status(v.text()));
                milestones(v, r);
                figures(v, r);
                out.add(c);
                last = c;
                lastIndex = v.index();
            }
        }
        return out;
    }

    private Corridor known(Mention m, SentenceView v) {
        CorridorInfo info = reference.corridor(m.code()).orElse(null);
        if (info == null) {
            return null;
        }
        Corridor c = fromReference(info);
        addAlias(c, v.text().substring(m.start(), m.end()));
        return c;
    }

    private static Corridor fromReference(CorridorInfo info) {
        Corridor c = new Corridor();
        c.setName(info.name());
        c.getAliases().addAll(info.aliases());
        c.getCountries().addAll(info.countries());
        c.getModes().addAll(info.modes());
        c.setPartOf(info.partOf());
        return c;
    }

    /** The known corridor the whole of {@code name} names, or null. */
    private Corridor knownByName(String name) {
        for (Entity e : reference.find(name)) {
            if (e.type() == EntityType.CORRIDOR && e.start() == 0 && e.end() == name.length()) {
                CorridorInfo info = reference.corridor(e.code()).orElse(null);
                if (info != null) {
                    return fromReference(info);
                }
            }
        }
        return null;
    }

    private void chains(DocumentAnalysis doc, SentenceView v, List<int[]> taken, List<Candidate<Corridor>> out) {
        Matcher m = CHAIN.matcher(v.text());
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String chain = m.group("chain");
            String[] elements = DASH_SPLIT.split(chain);
            String[] firstWords = ONE_SPACE.split(elements[0]);
            if (NAME_STOP.contains(firstWords[0]) && firstWords.length == 1 || CHAIN_PREFIXES.contains(elements[0])) {
                continue; // "the Trans-Caspian link": a prefix, not a place the line starts from
            }
            if (ARTICLES.contains(firstWords[0])) {
                elements[0] = elements[0].substring(firstWords[0].length() + 1); // "The Mong Cai - Ha Long - Hai Phong railway"
            }
            String type = m.group("type").strip();
            String head = m.group("head").toLowerCase(Locale.ROOT);
            String kind = (type.isEmpty() ? "" : type + " ") + head;
            String before = v.text().substring(0, m.start());
            Matcher alongMatcher = INFRA_ALONG.matcher(before);
            boolean along = head.equals("route") && alongMatcher.find();
            if (along) {
                kind = alongMatcher.group(1).strip(); // "a fiber-optic communication line along the Serkhetabad-Herat route"
            }
            String name = String.join("\u2013", elements) + " " + kind;
            Corridor c = new Corridor();
            c.setName(name);
            if (!along) {
                addAlias(c, v.text().substring(m.start(), m.end()));
            }
            if (m.group("acr") != null) {
                String acr = PARENTHESES.matcher(m.group("acr").strip()).replaceAll("");
                addAlias(c, acr + " " + kind);
                addAlias(c, chain + " (" + acr + ") " + kind);
            }
            for (Mention x : v.mentionsIn(m.start(), m.start() + chain.length())) {
                if ((x.type() == EntityType.COUNTRY || x.type() == EntityType.PLACE) && !c.getCountries().contains(x.code())) {
                    c.getCountries().add(x.code());
                }
                if (x.type() == EntityType.PLACE) {
                    c.getPlaces().add(x.entity().name());
                }
            }
            c.getModes().addAll(modes(kind));
            taken.add(new int[] {m.start(), m.end()});
            out.add(new Candidate<>(c, v, 0.6));
        }
    }

    /** Each chain of a coordinated list under one plural head is a line of its own, known or named by its chain. */
    private void chainLists(SentenceView v, List<int[]> taken, List<Candidate<Corridor>> out) {
        if (!Words.containsAny(v.lower(), PLURAL_HEADS)) {
            return;
        }
        Matcher m = CHAIN_LIST.matcher(v.text());
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String type = m.group("type").strip();
            String plural = m.group("head").toLowerCase(Locale.ROOT);
            String kind = (type.isEmpty() ? "" : type + " ") + plural.substring(0, plural.length() - 1);
            int from = m.start("list");
            List<Corridor> listed = new ArrayList<>();
            for (String chain : LIST_SEPARATOR.split(m.group("list"))) {
                int at = v.text().indexOf(chain, from);
                from = at + chain.length();
                String name = String.join("\u2013", DASH_SPLIT.split(chain)) + " " + kind;
                Corridor c = knownByName(chain + " " + kind);
                if (c == null) {
                    c = new Corridor();
                    c.setName(name);
                    for (Mention x : v.mentionsIn(at, at + chain.length())) {
                        if ((x.type() == EntityType.COUNTRY || x.type() == EntityType.PLACE) && !c.getCountries().contains(x.code())) {
                            c.getCountries().add(x.code());
                        }
                    }
                    c.getModes().addAll(modes(kind));
                }
                addAlias(c, chain + " " + kind);
                listed.add(c);
                out.add(new Candidate<>(c, v, 0.6));
            }
            // lines of unknown places listed with lines of one country only are taken to lie in it too
            Set<String> countries = new LinkedHashSet<>();
            listed.forEach(c -> countries.addAll(c.getCountries()));
            if (countries.size() == 1) {
                listed.stream().filter(c -> c.getCountries().isEmpty()).forEach(c -> c.getCountries().addAll(countries));
            }
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    private void headFirst(SentenceView v, List<int[]> taken, List<Candidate<Corridor>> out) {
        Matcher m = HEAD_FIRST.matcher(v.text());
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            String[] elements = DASH_SPLIT.split(m.group("chain"));
            List<Mention> inside = v.mentionsIn(m.start("chain"), m.end("chain"));
            if (inside.size() != elements.length || !inside.stream().allMatch(x -> x.type() == EntityType.COUNTRY || x.type() == EntityType.PLACE)) {
                continue; // every element a known state or place, or it is no route
            }
            String name = String.join("\u2013", elements) + " " + m.group("head");
            Corridor c = knownByName(name);
            if (c != null) {
                // "the railway China – Kyrgyzstan – Uzbekistan" is the known China-Kyrgyzstan-Uzbekistan railway
                addAlias(c, v.text().substring(m.start("chain"), m.end("chain")) + " " + m.group("head"));
                taken.add(new int[] {m.start(), m.end()});
                out.add(new Candidate<>(c, v, 0.7));
                continue;
            }
            c = new Corridor();
            c.setName(name);
            addAlias(c, m.group("chain") + " " + m.group("head"));
            for (Mention x : inside) {
                if (!c.getCountries().contains(x.code())) {
                    c.getCountries().add(x.code());
                }
                if (x.type() == EntityType.PLACE) {
                    c.getPlaces().add(x.entity().name());
                }
            }
            c.getModes().addAll(modes(m.group("head")));
            taken.add(new int[] {m.start(), m.end()});
            out.add(new Candidate<>(c, v, 0.6));
        }
    }

    /** A line "from A (via B) to C" between two known places (not states: "a railway from Iraq to Turkiye" is no name). */
    private static void fromTo(SentenceView v, List<int[]> taken, List<Candidate<Corridor>> out) {
        if (v.lower().contains(" from ")) {
            endpoints(v, FROM_TO, taken, out);
        }
        if (v.lower().contains(" between ")) {
            endpoints(v, BETWEEN, taken, out);
        }
    }

    private static void endpoints(SentenceView v, Pattern route, List<int[]> taken, List<Candidate<Corridor>> out) {
        Matcher m = route.matcher(v.text());
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            Mention a = placeAt(v, m.start("a"), m.end("a"));
            Mention b = placeAt(v, m.start("b"), m.end("b"));
            if (a == null || b == null) {
                continue;
            }
            String head = m.group("head").equals("line") ? "railway" : m.group("head").replace(" service", "");
            Corridor c = new Corridor();
            c.setName(m.group("a") + "\u2013" + m.group("b") + " " + head);
            if (route == FROM_TO && m.group("via") != null) {
                addAlias(c, m.group("a") + "\u2013" + m.group("via") + "\u2013" + m.group("b") + " " + head);
            }
            for (Mention x : v.mentionsIn(m.start("a"), m.end())) {
                if ((x.type() == EntityType.PLACE || x.isState() && !x.isStateActor()) && !c.getCountries().contains(x.code())) {
                    c.getCountries().add(x.code());
                }
                if (x.type() == EntityType.PLACE) {
                    c.getPlaces().add(x.entity().name());
                }
            }
            c.getModes().addAll(modes(head));
            taken.add(new int[] {m.start(), m.end()});
            out.add(new Candidate<>(c, v, 0.5));
        }
    }

    private static Mention placeAt(SentenceView v, int s, int e) {
        for (Mention x : v.mentions()) {
            if (x.type() == EntityType.PLACE && x.start() <= s && x.end() >= Math.min(e, s + 3)) {
                return x;
            }
        }
        return null;
    }

    private void named(SentenceView v, List<int[]> taken, List<Candidate<Corridor>> out) {
        Matcher m = NAMED.matcher(v.text());
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(SPACES.split(m.group("name").strip())));
            while (!words.isEmpty() && (NAME_STOP.contains(words.get(0)) || words.size() > 1 && POSSESSOR.matcher(words.get(0)).matches())) {
                words.remove(0); // (also the owner: "Enbridge's Line 5 oil pipeline")
            }
            if (words.isEmpty() || words.stream().allMatch(w -> TYPE_WORD.matcher(w).matches() || TECHNICAL.contains(w))
                    || OF_NAME_AFTER.matcher(v.text()).region(m.end(), v.text().length()).lookingAt() // "the State Railway of Thailand"
                    // "the state group China State Railway", "the 21st Century Maritime Silk Road": a company, the BRI's sea route
                    || COMPANY_OR_ORDINAL.matcher(v.text()).region(Math.max(0, m.start() - 40), m.start()).find()
                    || words.get(0).equals("Century")
                    || words.stream().anyMatch(w -> LOWER_COMPOUND.matcher(w).find())
                    || CHAIN_PREFIXES.contains(DASH_SPLIT.split(words.get(0))[0])) {
                continue; // "Gas Pipeline Framework Agreement", "a European-gauge line": no name, a kind or a description
            }
            if (words.stream().anyMatch(FORTIFICATION::contains)) {
                continue; // "the Baltic Defence Line": a line of fortifications, no route
            }
            if (BRIDGE_OR_FERRY.matcher(m.group("head")).matches() && !words.contains("International") && !m.group("type").contains("international")) {
                continue; // "the Friendship Bridge", "the Crimean Bridge": a landmark on a route; "the Simon Bolivar International
                          // Bridge" is a border crossing (and "the Khasan–Tumangang railway bridge" a chain, read above)
            }
            int nameStart = v.text().indexOf(words.get(0), m.start());
            List<Mention> inside = v.mentionsIn(nameStart, m.end());
            boolean onlyStates = !inside.isEmpty() && inside.stream().allMatch(x -> x.isState() || x.isOrganization()
                    || x.type() == EntityType.PLACE) && inside.size() >= words.size();
            if (onlyStates || inside.stream().anyMatch(x -> x.isOrganization() || x.isStateActor())) {
                continue; // "Russian railway", "EU road": a state's network; "China Road and Bridge Corporation": a company
            }
            String kind = (m.group("type") + m.group("head")).strip();
            String name = String.join(" ", words) + " " + kind;
            Corridor c = new Corridor();
            c.setName(name);
            c.getModes().addAll(modes(kind.toLowerCase(Locale.ROOT)));
            if (words.get(words.size() - 1).chars().allMatch(Character::isDigit)) {
                addAlias(c, String.join(" ", words)); // "Line 5 oil pipeline" is "Line 5" in the text around it
            }
            taken.add(new int[] {nameStart, m.end()});
            out.add(new Candidate<>(c, v, 0.5));
        }
    }

    private static final Pattern COMPANY_OR_ORDINAL = Pattern.compile("(?:\\b(?:state|railway|rail|construction|energy|oil|gas) (?:group|company|corporation|firm|operator)\\s+(?:the\\s+)?|\\b\\d{1,2}(?:st|nd|rd|th)\\s+)$");

    private static void placeChain(SentenceView v, Corridor c) {
        Matcher m = PLACE_CHAIN.matcher(v.text());
        if (!m.find()) {
            return;
        }
        addAlias(c, m.group("chain"));
        for (Mention x : v.mentionsIn(m.start("chain"), m.end("chain"))) {
            if (x.type() == EntityType.PLACE && !c.getPlaces().contains(x.entity().name())) {
                c.getPlaces().add(x.entity().name());
            }
        }
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) {
            if (s < t[1] && t[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static void addAlias(Corridor c, String alias) {
        String a = SPACES.matcher(alias.strip()).replaceAll(" ");
        if (a.isEmpty() || c.getAliases().contains(a)) {
            return;
        }
        String folded = LocalAcronyms.fold(a);
        if (folded.equals(LocalAcronyms.fold(c.getName()))) {
            return;
        }
        for (String x : c.getAliases()) {
            if (x.length() == a.length() && LocalAcronyms.fold(x).equals(folded)) {
                return;
            }
        }
        c.getAliases().add(a);
    }

    // compiled once (they run on every corridor found)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ONE_SPACE = Pattern.compile("\\s");
    private static final Pattern DASH_SPLIT = Pattern.compile("\\s*[-\u2010-\u2015]\\s*");
    private static final Pattern ROUTE_WORD = Pattern.compile("(?i)\\s+(?:route|corridor)$");
    private static final Pattern PARENTHESES = Pattern.compile("[()]");
    private static final Pattern RAIL = Pattern.compile(".*\\b(?:rail|railway|railroad)\\b.*");
    private static final Pattern ROAD = Pattern.compile(".*\\b(?:road|highway|motorway|expressway)\\b.*");
    private static final Pattern PIPELINE = Pattern.compile(".*\\bpipeline\\b.*");
    private static final Pattern BRIDGE_OR_FERRY = Pattern.compile("(?i)bridge|tunnel|ferry(?: line| service)?");
    private static final Pattern FERRY = Pattern.compile(".*\\bferry\\b.*");
    private static final Pattern BRIDGE = Pattern.compile(".*\\b(?:bridge|tunnel)\\b.*");
    private static final Pattern POWER = Pattern.compile(".*\\b(?:power|transmission|electricity|interconnection)\\b.*");
    private static final Pattern DIGITAL = Pattern.compile(".*\\b(?:fiber-optic|fibre-optic|optical|communication|cable)\\b.*");
    /** "in 2023, through which the transit traffic": words before the metric itself. */
    private static final Pattern METRIC_LEAD = Pattern.compile("(?i)^(?:in \\d{4},?\\s+)?(?:(?:through|in|on|along|by) which\\s+|where\\s+|which\\s+)?(?:the\\s+)?");
    private static final Pattern DOWN = Pattern.compile("(?i)fell|declined|dropped|decreased");

    static List<CorridorMode> modes(String kind) {
        Set<CorridorMode> modes = new LinkedHashSet<>();
        String k = kind.toLowerCase(Locale.ROOT);
        if (RAIL.matcher(k).matches()) {
            modes.add(CorridorMode.RAIL);
        }
        if (ROAD.matcher(k).matches()) {
            modes.add(CorridorMode.ROAD);
        }
        if (PIPELINE.matcher(k).matches()) {
            modes.add(CorridorMode.PIPELINE);
        }
        if (FERRY.matcher(k).matches()) {
            modes.add(CorridorMode.SEA);
        }
        if (modes.isEmpty() && BRIDGE.matcher(k).matches()) {
            modes.add(CorridorMode.ROAD); // a bridge or tunnel not said to carry trains carries roads
        }
        if (POWER.matcher(k).matches()) {
            modes.add(CorridorMode.POWER);
        } else if (DIGITAL.matcher(k).matches()) {
            modes.add(CorridorMode.DIGITAL);
        }
        return List.copyOf(modes);
    }


    private static final List<String> SUSPENDED_WORDS = List.of("suspended", "halted", "closed", "blocked", "shut down");
    private static final List<String> CONSTRUCTION_WORDS = List.of("groundbreaking", "under construction", "construction",
            "being built", "broke ground", "laying", "to be completed", "will be completed", "nearing completion");
    private static final List<String> OPERATIONAL_WORDS = List.of("operational", "opened", "opening", "in operation", "commissioned",
            "inaugurated", "began operati", "transit traffic", "carries", "carried", "crossed");
    private static final List<String> PLANNED_WORDS = List.of("planned", "plan ", "plans ", "proposed", "will connect", "will link",
            "will run", "will carry", "will create", "will be", "would carry", "would connect", "would link", "would run",
            "to be built", "feasibility", "is meant to", "project", "agreement", "memorandum");

    /** The corridor's status from the sentence's wording (construction before operation before plans). */
    static CorridorStatus status(String sentence) {
        String lower = sentence.toLowerCase();
        if (SUSPENDED_WORDS.stream().anyMatch(lower::contains)) {
            return CorridorStatus.SUSPENDED;
        }
        if (lower.contains("to be built") || lower.contains("will be built") || lower.contains("would be built")) {
            return CorridorStatus.PLANNED;
        }
        if ((lower.contains("was built") || lower.contains("were built") || lower.contains("has been built"))
                && !lower.contains("construction of")) {
            return CorridorStatus.OPERATIONAL;
        }
        if (CONSTRUCTION_WORDS.stream().anyMatch(lower::contains)) {
            return CorridorStatus.UNDER_CONSTRUCTION;
        }
        if (OPERATIONAL_WORDS.stream().anyMatch(lower::contains)) {
            return CorridorStatus.OPERATIONAL;
        }
        if (PLANNED_WORDS.stream().anyMatch(lower::contains)) {
            return CorridorStatus.PLANNED;
        }
        return CorridorStatus.UNKNOWN;
    }

    private static void milestones(SentenceView v, Corridor c) {
        if (v.dates().isEmpty()) {
            return;
        }
        Matcher e = EVENT.matcher(v.text());
        if (!e.find() || v.dates().isEmpty()) {
            return;
        }
        DateMention d = v.dates().get(0);
        if (d.date().isInterval()) {
            return;
        }
        Milestone m = new Milestone(d.date(), e.group(1).toLowerCase(Locale.ROOT));
        if (!c.getMilestones().contains(m)) {
            c.getMilestones().add(m);
        }
    }

    private static void figures(SentenceView v, Corridor c) {
        String t = v.text();
        if (!FIGURE_HINT.matcher(t).find()) {
            return;
        }
        EdtfDate year = null;
        for (DateMention d : v.dates()) {
            if (!d.date().isInterval()) {
                year = d.date();
                break;
            }
        }
        String lower = v.lower();
        Matcher m = CHANGE.matcher(t);
        while ((lower.contains("%") || lower.contains("percent")) && lower.contains(" by ") && m.find()) {
            String metric = METRIC_LEAD.matcher(m.group("metric")).replaceAll("").strip();
            boolean down = DOWN.matcher(m.group("verb")).matches();
            BigDecimal value = new BigDecimal(m.group("v"));
            add(c, new ReportedFigure(metric, down ? value.negate() : value, "%", true, year));
        }
        Matcher vol = VOLUME.matcher(t);
        while ((lower.contains("bcm") || lower.contains("cubic")) && vol.find()) {
            add(c, new ReportedFigure("capacity", new BigDecimal(vol.group("v")), "bcm/year", false, null));
        }
        Matcher len = LENGTH.matcher(t);
        while ((lower.contains("km") || lower.contains("kilomet")) && len.find()) {
            add(c, new ReportedFigure("length", new BigDecimal(len.group("v").replace(",", "")), "km", false, null));
        }
        Matcher money = MONEY.matcher(t);
        while (t.indexOf('$') >= 0 && money.find()) {
            String mult = money.group("m").toLowerCase(Locale.ROOT);
            BigDecimal v2 = new BigDecimal(money.group("v")).multiply(mult.startsWith("b") ? BigDecimal.valueOf(1_000_000_000L)
                    : BigDecimal.valueOf(1_000_000L));
            add(c, new ReportedFigure("investment", v2, "USD", false, null));
        }
    }

    private static void add(Corridor c, ReportedFigure f) {
        if (!c.getFigures().contains(f)) {
            c.getFigures().add(f);
        }
    }
}
