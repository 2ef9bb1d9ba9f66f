package org.pactum.importer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class MentionFinderTest {

    private static final ReferenceData DATA = ReferenceData.load();

    /** "TYPE:code@text" of each mention that is not nested, in text order. */
    private static List<String> top(String text) {
        return DATA.find(text).stream().filter(m -> !m.nested())
                .map(m -> m.type() + ":" + m.code() + "@" + m.text()).collect(Collectors.toList());
    }

    private static List<String> codes(String text, MentionType type) {
        return DATA.find(text).stream().filter(m -> m.type() == type).map(Mention::code).collect(Collectors.toList());
    }

    @Test
    void offsetsAndTextPointIntoTheSentence() {
        String s = "Aliyev met Xi in Tianjin, China's port city.";
        for (Mention m : DATA.find(s)) {
            assertEquals(s.substring(m.start(), m.end()), m.text());
        }
        assertEquals(List.of("STATE_ACTOR:Ilham Aliyev@Aliyev", "STATE_ACTOR:Xi Jinping@Xi", "PLACE:Tianjin@Tianjin", "COUNTRY:CHN@China"), top(s));
    }

    @Test
    void everyMentionInTheSeedsQuotesItsSpan() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "seeds"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = java.nio.file.Files.readString(file);
                List<Mention> found = DATA.find(text);
                assertFalse(found.isEmpty(), file.toString());
                int previous = -1;
                for (Mention m : found) {
                    assertEquals(text.substring(m.start(), m.end()), m.text(), file + ": " + m);
                    assertTrue(m.nested() || m.start() >= previous, "in text order: " + m);
                    previous = m.nested() ? previous : m.end();
                }
            }
        }
    }

    @Test
    void anAcronymWrittenAsAWordNamesItsOrganizationUnlessItIsAnotherName() {
        assertEquals(List.of("COUNTRY:TZA@Tanzania", "ORGANIZATION:COMESA@Comesa", "ORGANIZATION:SACU@Sacu"),
                top("Tanzania left Comesa in 2000 and never joined Sacu."));
        assertEquals(List.of("COUNTRY:GUM@Guam"), top("Guam hosts a naval base."));
        assertEquals(List.of(), top("Pace of the talks slowed."));
    }

    @Test
    void hyphenatedPairsYieldEachState() {
        assertEquals(List.of("COUNTRY:AZE@Azerbaijan", "COUNTRY:USA@US"),
                top("He called 2025 a historic year for Azerbaijan-US relations."));
        // the slip "US-Afghanistan" still names both: deciding it is a slip is the extractor's job
        assertEquals(List.of("STATE_ACTOR:Donald Trump@Trump", "COUNTRY:USA@US", "COUNTRY:AFG@Afghanistan"),
                top("With the Trump administration taking office, US-Afghanistan relations saw a turnaround."));
        assertEquals(List.of("STATE_ACTOR:Ilham Aliyev@Aliyev", "COUNTRY:AFG@Afghanistan", "COUNTRY:CHN@China"),
                top("Aliyev’s description of Afghanistan–China relations was enthusiastic."));
    }

    @Test
    void the907thAmendmentIsSection907OfTheFreedomSupportAct() {
        List<Mention> found = DATA.find(
                "He specifically pointed out that the 907th Amendment to the US Constitution has long been an obstacle.");
        Mention act = found.get(0);
        assertEquals(MentionType.INSTRUMENT, act.type());
        assertEquals("Section 907 of the FREEDOM Support Act", act.code());
        assertEquals("907th Amendment to the US Constitution", act.text());
        assertEquals(List.of("INSTRUMENT:Section 907 of the FREEDOM Support Act@907th Amendment"),
                top("The 907th Amendment dates back to the events of September 11, 2001."));
        assertEquals(List.of("USA", "AZE"), DATA.instrument("907th Amendment").orElseThrow().parties());
    }

    @Test
    void d8GroupOfEightIsTheD8AndGroupOfEightAloneIsTheG8() {
        assertEquals(List.of("ORGANIZATION:D-8@D-8 (Group of Eight)", "PLACE:Muslim world@Muslim world"),
                top("The D-8 (Group of Eight) comprises major countries in the Muslim world."));
        assertEquals(List.of("ORGANIZATION:G8@Group of Eight"), top("The Group of Eight met in Evian."));
        assertEquals(List.of("ORGANIZATION:D-8@D-8"), top("joining the D-8 was \"a very great achievement,\""));
        assertEquals(List.of("ORGANIZATION:D-8@Developing-8"), top("the Developing-8 summit"));
    }

    @Test
    void misspeltMultiPartRailwayResolvesToTheKarsIgdirLine() {
        List<Mention> found = DATA.find("The Kars-Öder-Aralık-Dilju railway line on Turkey's northeastern border "
                + "held its groundbreaking ceremony in August.");
        Mention line = found.get(0);
        assertEquals(MentionType.CORRIDOR, line.type());
        assertEquals("Kars-Igdir-Aralik-Dilucu railway", line.code());
        assertEquals("Kars-Öder-Aralık-Dilju railway line", line.text());
        assertEquals(List.of("Kars", "Aralik", "Dilucu"), found.stream().filter(Mention::nested)
                .map(Mention::code).collect(Collectors.toList()));
        assertEquals("TUR", found.get(found.size() - 1).code());
        assertEquals("Kars-Igdir-Aralik-Dilucu railway",
                DATA.corridor("Kars-Iğdır-Aralık-Dilucu railway").orElseThrow().name());
        assertEquals("Kars-Igdir-Aralik-Dilucu railway", DATA.corridor("Kars–Igdir–Nakhchivan railway").orElseThrow().name());
    }

    @Test
    void diacriticsAndDottedIFold() {
        assertEquals(List.of("TUR", "TUR", "TUR"), codes("Türkiye, Turkiye and TÜRKİYE", MentionType.COUNTRY));
        assertEquals("Igdir", DATA.place("Iğdır").orElseThrow().name());
        assertEquals("Igdir", DATA.place("IĞDIR").orElseThrow().name());
        assertEquals("AZE", DATA.countryByName("Azərbaycan").orElseThrow().code());
        assertEquals("CIV", DATA.countryByName("Côte d’Ivoire").orElseThrow().code());
        assertEquals("Serkhetabad-Herat gas pipeline", DATA.corridor("Arkadagň Ak ýoly").orElseThrow().name());
        // decomposed characters (u + combining diaeresis) fold the same
        assertEquals(List.of("TUR"), codes("Tu\u0308rkiye", MentionType.COUNTRY));
    }

    @Test
    void acronymsThatAreWordsMatchOnlyInTheirCase() {
        assertEquals(List.of(), top("Let us go; eco tourism in the au pair gua m style, un-American?").stream()
                .filter(x -> !x.startsWith("COUNTRY:USA@American")).collect(Collectors.toList()));
        assertEquals(List.of("ORGANIZATION:UN@UN", "ORGANIZATION:AU@AU", "ORGANIZATION:ECO@ECO",
                "ORGANIZATION:OTS@OTS", "ORGANIZATION:GUAM@GUAM", "COUNTRY:USA@US", "ORGANIZATION:EU@EU"),
                top("UN, AU, ECO, OTS, GUAM, US and EU"));
        assertEquals(List.of("COUNTRY:GUM@Guam"), top("Guam is a US territory".replace(" US", " a")));
        assertEquals(List.of("COUNTRY:USA@U.S"), top("the U.S. economy"));
        assertEquals(List.of("ORGANIZATION:OPEC-PLUS@OPEC+", "ORGANIZATION:OPEC@OPEC"), top("OPEC+ and OPEC"));
    }

    @Test
    void aCommaInsideANameBelongsToIt() {
        assertEquals(List.of("ORGANIZATION:UNESCO@United Nations Educational, Scientific and Cultural Organization"),
                top("the United Nations Educational, Scientific and Cultural Organization"));
        assertEquals(List.of("COUNTRY:BES@Bonaire, Sint Eustatius and Saba"), top("Bonaire, Sint Eustatius and Saba"));
        // elsewhere a comma ends a name
        assertEquals(List.of("COUNTRY:CHN@China", "COUNTRY:KGZ@Kyrgyzstan", "COUNTRY:UZB@Uzbekistan"),
                top("China, Kyrgyzstan, Uzbekistan railway"));
    }

    @Test
    void namesNeedACapital() {
        assertEquals(List.of(), top("polish the island, thai food and french fries; turkey for dinner"));
        assertEquals(List.of(), top("a development road and a green energy corridor in the middle corridor"));
        assertEquals(List.of("COUNTRY:POL@Polish", "COUNTRY:TUR@TURKEY", "CORRIDOR:Middle Corridor@Middle corridor"),
                top("Polish TURKEY and the Middle corridor"));
        assertEquals(List.of("PLACE:Global South@global South"), top("the global South"));
    }

    @Test
    void possessivesAreLeftOutOfTheMention() {
        List<Mention> found = DATA.find("Azerbaijan's position and the CSTO’s ineffectiveness, Georgia' s");
        assertEquals("Azerbaijan", found.get(0).text());
        assertEquals("AZE", found.get(0).code());
        assertEquals("CSTO", found.get(1).text());
        assertEquals("CSTO", found.get(1).code());
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("ORGANIZATION:SCO@Shanghai Cooperation Organisation", "ORGANIZATION:SCO@SCO",
                "PLACE:Astana@Astana"), top("during the Shanghai Cooperation Organisation (SCO) summit in Astana"));
        assertEquals(List.of("CORRIDOR:Middle Corridor@Middle Corridor",
                "CORRIDOR:Middle Corridor@Trans-Caspian International Transport Corridor"),
                top("the construction of the Middle Corridor (Trans-Caspian International Transport Corridor)."));
        assertEquals(List.of("COUNTRY:PNG@Papua New Guinea", "COUNTRY:GNB@Guinea-Bissau", "COUNTRY:GIN@Guinea"),
                top("Papua New Guinea, Guinea-Bissau and Guinea"));
        assertEquals(List.of("PLACE:Latin America@Latin America", "COUNTRY:USA@America"),
                top("Latin America and America"));
        assertEquals(List.of("ORGANIZATION:EAEU@Eurasian Economic Union"), top("the Eurasian Economic Union"));
        assertEquals(List.of("ORGANIZATION:CIS@Commonwealth of Independent States"),
                top("the Commonwealth of Independent States"));
    }

    @Test
    void leadersAreFoundWithTheStateTheySpeakFor() {
        List<Mention> found = DATA.find("Pezeshkian and Prime Minister Narendra Modi met Erdoğan; Tokaev joined later.");
        assertEquals(List.of("IRN", "IND", "TUR", "KAZ"), found.stream().map(Mention::country).collect(Collectors.toList()));
        assertTrue(found.stream().allMatch(m -> m.type() == MentionType.STATE_ACTOR));
        assertEquals(List.of(), codes("The trump card was played.", MentionType.STATE_ACTOR)); // a name needs its capital
    }

    @Test
    void adjectivesAndDemonymsAreMarked() {
        List<Mention> found = DATA.find("Azerbaijani President Ilham Aliyev met American guests and Azeris, Chinese firms.").stream()
                .filter(m -> m.type() != MentionType.STATE_ACTOR).toList();
        assertEquals(List.of("AZE", "USA", "AZE", "CHN"), found.stream().map(Mention::code).collect(Collectors.toList()));
        assertTrue(found.stream().allMatch(m -> m.form() == MentionForm.ADJECTIVE));
        assertEquals(MentionForm.SHORT_FORM, DATA.find("the PRC").get(0).form());
    }

    @Test
    void corridorNamesCarryTheirCountriesAsNestedMentions() {
        List<Mention> found = DATA.find("the China — Kyrgyzstan — Uzbekistan railway project, which was signed");
        assertEquals("China-Kyrgyzstan-Uzbekistan railway", found.get(0).code());
        assertEquals("China — Kyrgyzstan — Uzbekistan railway project", found.get(0).text());
        assertEquals(List.of("CHN", "KGZ", "UZB"), found.stream().filter(Mention::nested).map(Mention::code)
                .collect(Collectors.toList()));
        assertEquals(List.of("CORRIDOR:Power of Siberia 2@Power of Siberia-2 gas pipeline"),
                top("a legally binding agreement had been signed to build the Power of Siberia-2 gas pipeline."));
    }

    @Test
    void anAcronymInParenthesesInsideANameBelongsToIt() {
        assertEquals(List.of("CORRIDOR:Trans-Afghan railway@Uzbekistan–Afghanistan–Pakistan (UAP) railway"),
                top("also known as the Uzbekistan–Afghanistan–Pakistan (UAP) railway, is to run"));
        assertEquals(List.of("CORRIDOR:Turkmenistan-Afghanistan-Pakistan power transmission line"
                + "@Turkmenistan-Afghanistan-Pakistan (TAP) power transmission line project"),
                top("under the Turkmenistan-Afghanistan-Pakistan (TAP) power transmission line project."));
        // at the end of a name, the acronym stays a mention of its own
        assertEquals(List.of("CORRIDOR:Zangezur Corridor@Zangezur Corridor", "CORRIDOR:Zangezur Corridor@TRIPP"),
                top("the Zangezur Corridor (TRIPP)."));
    }

    @Test
    void misspellingsOfLongWordsInLongNamesAreTolerated() {
        Mention m = DATA.find("the Trans-Caspian Internatonal Transport Corridor").get(0);
        assertEquals("Middle Corridor", m.code());
        assertTrue(m.fuzzy());
        assertEquals("SCO", DATA.find("the Shanghai Cooperation Organizaton").get(0).code());
        assertEquals("Lobito Corridor", DATA.find("the Lobbito Corridor").get(0).code());
        assertEquals("Trans Adriatic Pipeline", DATA.find("the Trans-Adriatric Pipeline").get(0).code());
        // never on single names or short words
        assertEquals(List.of(), top("Roland and Franco met in Indiana."));
        assertEquals(List.of(), top("the SOC and the OST"));
    }

    @Test
    void ambiguousNamesListTheirAlternatives() {
        Mention congo = DATA.find("Congo").get(0);
        assertTrue(congo.ambiguous());
        assertTrue(congo.alternatives().contains(congo.code().equals("COD") ? "COG" : "COD"));
        Mention tap = DATA.find("the TAP").get(0);
        assertEquals(MentionType.CORRIDOR, tap.type());
        assertTrue(tap.ambiguous());
        assertFalse(DATA.find("the TAP power transmission line").get(0).ambiguous());
    }

    @Test
    void resolvesWholeNamesOnly() {
        assertEquals("OTS", DATA.organization("the Turkic Council").orElseThrow().code());
        assertEquals("EAEU", DATA.organization("Eurasian economic bloc").orElseThrow().code());
        assertEquals("MERCOSUR", DATA.organization("Mercosur").orElseThrow().code());
        assertEquals("COE", DATA.organization("Council of Europe").orElseThrow().code());
        assertTrue(DATA.organization("Shanghai").isEmpty());
        assertTrue(DATA.countryByName("Shanghai").isEmpty());
        assertEquals("CHN", DATA.place("Shanghai").orElseThrow().country());
    }

    @Test
    void aLineSpeltItsOwnWayIsFoundByThePlacesItJoins() {
        List<Mention> found = DATA.find("The Kars–Iğdır–Aralyk–Diludzhu railway line held its groundbreaking.");
        assertEquals("Kars-Igdir-Aralik-Dilucu railway", found.get(0).code());
        assertEquals("Kars–Iğdır–Aralyk–Diludzhu railway line", found.get(0).text());
        assertTrue(found.get(0).fuzzy());
        assertEquals("Termez-Mazar-i-Sharif railway", DATA.find("the Termez-Hairatan railway").get(0).code());
        assertEquals("Serkhetabad-Herat fiber-optic communication line", DATA.find(
                "construction of a fiber-optic communication line along the Serkhetabad-Herat route").stream()
                .filter(m -> m.type() == MentionType.CORRIDOR).findFirst().orElseThrow().code());
        // places without a line word stay places
        assertEquals(List.of("PLACE:Kars@Kars", "PLACE:Igdir@Igdir"), top("the Kars-Igdir road trip"));
        assertEquals(List.of("PLACE:Baku@Baku", "PLACE:Tbilisi@Tbilisi"), top("Baku-Tbilisi talks"));
    }

    @Test
    void corridorsAreFoundByThePlacesTheyRunThrough() {
        List<String> places = DATA.find("The existing line from Termez via the Hairatan border crossing to Mazar-i-Sharif")
                .stream().filter(m -> m.type() == MentionType.PLACE).map(Mention::code).collect(Collectors.toList());
        assertEquals(List.of("Termez", "Hairatan", "Mazar-i-Sharif"), places);
        assertEquals("Termez-Mazar-i-Sharif railway",
                DATA.corridorThrough(places, org.pactum.model.CorridorMode.RAIL).orElseThrow().name());
        assertEquals("Baku-Tbilisi-Ceyhan pipeline",
                DATA.corridorThrough(List.of("Baku", "Ceyhan"), org.pactum.model.CorridorMode.PIPELINE).orElseThrow().name());
        assertTrue(DATA.corridorThrough(List.of("Baku"), null).isEmpty());
    }

    @Test
    void findIsThreadSafe() throws Exception {
        List<String> sentences = List.of("Azerbaijan-US relations and the Türkiye–Iğdır line",
                "the Shanghai Cooperation Organizaton (SCO) summit in Astana", "Çin, Özbekistan ve Kırgızistan",
                "Kars-Öder-Aralık-Dilju railway", "the D-8 (Group of Eight) and OPEC+");
        List<List<Mention>> expected = sentences.stream().map(DATA::find).collect(Collectors.toList());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int r = 0; r < 500; r++) {
                        for (int s = 0; s < sentences.size(); s++) {
                            if (!DATA.find(sentences.get(s)).equals(expected.get(s))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (var f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoMentions() {
        assertEquals(List.of(), DATA.find(""));
        assertEquals(List.of(), DATA.find(" -- ,;: '' "));
        assertTrue(DATA.resolve("", MentionType.COUNTRY).isEmpty());
    }
}
