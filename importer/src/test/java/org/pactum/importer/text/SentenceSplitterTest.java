package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsSentencesGluedWithoutASpace() {
        String p = "Qatar signed an MoU with Iraq (MoT).Iraqi officials were present.The project is large.";
        List<String> s = new SentenceSplitter().split(p).stream().map(x -> p.substring(x.start(), x.end())).toList();
        assertEquals(List.of("Qatar signed an MoU with Iraq (MoT).", "Iraqi officials were present.", "The project is large."), s);
    }

    @Test
    void keepsAbbreviationsTogether() {
        String p = "The U.S. and the U.K. signed it. Then they left.";
        assertEquals(2, new SentenceSplitter().split(p).size());
    }

    @Test
    void keepsInitialsClosingACompoundWithTheNounAfterThem() {
        String p = "The Korea-U.S. FTA took effect in March 2012. Talks with the U.S. Trade officials followed.";
        List<String> s = new SentenceSplitter().split(p).stream().map(x -> p.substring(x.start(), x.end())).toList();
        assertEquals(List.of("The Korea-U.S. FTA took effect in March 2012.", "Talks with the U.S. Trade officials followed."), s);
    }

    @Test
    void keepsATitleWithTheNameItIntroducesAndAMonthWithItsDay() {
        String p = "Malian leader Gen. Assimi Goita, Burkina Faso's Capt. Ibrahim Traore and Niger's Gen. Abdourahamane Tiani also adopted "
                + "the Bamako Declaration on Dec. 23, 2025. They left.";
        List<String> s = new SentenceSplitter().split(p).stream().map(x -> p.substring(x.start(), x.end())).toList();
        assertEquals(2, s.size(), s.toString());
    }

    @Test
    void keepsTheNumberOfAListItemWithTheItem() {
        String p = "11. Roadmap for the development of tourist exchanges for 2024-2025;";
        List<String> s = new SentenceSplitter().split(p).stream().map(x -> p.substring(x.start(), x.end())).toList();
        assertEquals(List.of(p), s);
    }

    @Test
    void keepsACountrysInitialsWithTheOfficeAfterThem() {
        String p = "CAMP DAVID, Maryland, Aug. 18 (Yonhap) -- President Yoon Suk Yeol, U.S. President Joe Biden and Japanese Prime Minister "
                + "Fumio Kishida agreed Friday to hold trilateral summits. They met again in 2024.";
        List<String> s = new SentenceSplitter().split(p).stream().map(x -> p.substring(x.start(), x.end())).toList();
        assertEquals(2, s.size(), s.toString());
    }
}
