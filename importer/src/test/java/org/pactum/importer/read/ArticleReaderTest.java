package org.pactum.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.importer.text.Block;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    private static List<String> texts(Article a, Block.Kind kind) {
        return a.blocks().stream().filter(b -> b.kind() == kind).map(b -> a.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void readsTheHeaderAndTakesTheMissingYearFromTheBody() {
        String text = "A headline\n- Times Tengri\n- Jan 6\n- 5 min read\n\nOn January 5, 2026, the president spoke.\n"
                + "01 Relations: From Crisis to Opportunity\nSecond paragraph.\n\n\nComments";
        Article a = reader.read(text, null);
        assertEquals("A headline", a.title());
        assertEquals("Times Tengri", a.outlet());
        assertEquals("2026-01-06", a.published().toString());
        assertEquals(LocalDate.of(2026, 1, 6), a.referenceDay());
        assertEquals(List.of("On January 5, 2026, the president spoke.", "Second paragraph."), texts(a, Block.Kind.PARAGRAPH));
        assertEquals(List.of("01 Relations: From Crisis to Opportunity"), texts(a, Block.Kind.HEADING));
    }

    @Test
    void aDayWithoutYearIsNotOlderThanTheLatestMonthTheBodyReports() {
        Article a = reader.read("Headline\n- Outlet\n- Sep 18\n\nThe two fought a four-day conflict in May 2025. A protocol was signed in 1982.", null);
        assertEquals("2025-09-18", a.published().toString());
    }

    @Test
    void aDayWithoutYearIsTheLastOneBeforeADeadlineTheBodyAnnounces() {
        Article a = reader.read("Headline\n- Reuters\n- Dec 12\n\nThey agreed to start technical negotiations before the end of February 2025. "
                + "Turkey has run a military training base in Mogadishu since 2017. The chairmanship will pass in 2026.", null);
        assertEquals("2024-12-12", a.published().toString());
    }

    @Test
    void aDayWithoutYearIsInTheYearTheBodyReportsNotInTheYearsItPlans() {
        Article a = reader.read("Headline\n- Outlet\n- Nov 18\n\nThey signed a memorandum in April 2024. \"2025 is the year the road "
                + "moved from paper to the ground,\" he said. The first phase is due by 2028 and the last by 2050. The agreement "
                + "expires in July 2026.", null);
        assertEquals("2025-11-18", a.published().toString());
    }

    @Test
    void aDayWithoutYearTakesTheCallersYear() {
        Article a = reader.read("Headline\n- Outlet\n- Jun 18\n\nText without dates.", LocalDate.of(2024, 6, 20));
        assertEquals("2024-06-18", a.published().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "29th March, 2023|2023-03-29", "17 June 2021|2021-06-17", "December 14, 2020|2020-12-14",
        "February 2024|2024-02", "01.03.2021, 14:25|2021-03-01", "2024-07-04|2024-07-04",
        "Published: 16 July ,2022: 09:05 PM GST Updated: 16 July ,2022: 11:40 PM GST|2022-07-16", "13-03-2025 16:05|2025-03-13",
        "2025.02.09 16:42|2025-02-09", "13-Jun-2023|2023-06-13"})
    void readsManyDateSpellings(String line, String expected) {
        assertEquals(expected, reader.read("Headline\n- Outlet\n- " + line + "\n\nBody.", null).published().toString());
    }

    @Test
    void readsALongDateLineWithItsUpdate() {
        Article a = reader.read("Headline\n- The Hindu\n- September 29, 2025 09:18 pm | Updated September 30, 2025 08:02 am IST - NEW DELHI\n\n"
                + "Body.", null);
        assertEquals("2025-09-29", a.published().toString());
        assertEquals("The Hindu", a.outlet());
    }

    @Test
    void aDaySlashMonthDateLineTakesItsYearFromTheBody() {
        Article a = reader.read("Headline\n- Africanews\n- 27/10 - 16:12\n\nThe council met on 25 October 2021.", null);
        assertEquals("2021-10-27", a.published().toString());
    }

    @Test
    void aLabelOpeningAListIsNoPageResidue() {
        Article a = reader.read("H\n- Trend\n- May 1, 2024\n\nNine documents were signed.\nAmong them:\n- Agreement on Preferential Trade;\nTrend:", null);
        assertEquals(List.of("Nine documents were signed.", "Among them:", "- Agreement on Preferential Trade;"), texts(a, Block.Kind.PARAGRAPH));
    }

    @Test
    void plainParagraphsHaveNoHeader() {
        Article a = reader.read("First paragraph here.\nSecond one.", null);
        assertNull(a.title());
        assertNull(a.published());
        assertEquals(2, texts(a, Block.Kind.PARAGRAPH).size());
    }

    @Test
    void dropsPageResidue() {
        Article a = reader.read("H\n- O\n- May 1, 2024\n\nReal text.\nShare this article\nRelated: something else\n"
                + "(@handle)\nTrend:\nSOURCE: TASS\nFollow us on Telegram", null);
        assertEquals(List.of("Real text."), texts(a, Block.Kind.PARAGRAPH));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "H\r\n- O\r\n- May 1, 2024\r\n\r\n  Indented paragraph.  \r\n";
        Article a = reader.read(text, null);
        Block b = a.blocks().get(a.blocks().size() - 1);
        assertEquals("Indented paragraph.", text.substring(b.start(), b.end()));
        assertFalse(texts(a, Block.Kind.PARAGRAPH).isEmpty());
        assertTrue(a.blocks().get(0).kind() == Block.Kind.HEADLINE);
    }
}
