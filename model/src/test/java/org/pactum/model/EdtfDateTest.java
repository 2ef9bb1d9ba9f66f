package org.pactum.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdtfDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text         | canonical     | precision | earliest              | latest               | interval | uncertain | approximate
            2024           | 2024          | YEAR      | 2024-01-01            | 2024-12-31           | false    | false     | false
            2024-07        | 2024-07       | MONTH     | 2024-07-01            | 2024-07-31           | false    | false     | false
            2024-02        | 2024-02       | MONTH     | 2024-02-01            | 2024-02-29           | false    | false     | false
            2023-02        | 2023-02       | MONTH     | 2023-02-01            | 2023-02-28           | false    | false     | false
            2024-07-04     | 2024-07-04    | DAY       | 2024-07-04            | 2024-07-04           | false    | false     | false
            2024-02-29     | 2024-02-29    | DAY       | 2024-02-29            | 2024-02-29           | false    | false     | false
            0000           | 0000          | YEAR      | 0000-01-01            | 0000-12-31           | false    | false     | false
            2024?          | 2024?         | YEAR      | 2024-01-01            | 2024-12-31           | false    | true      | false
            2024-07~       | 2024-07~      | MONTH     | 2024-07-01            | 2024-07-31           | false    | false     | true
            2024-07-04%    | 2024-07-04%   | DAY       | 2024-07-04            | 2024-07-04           | false    | true      | true
            2002/2024      | 2002/2024     | YEAR      | 2002-01-01            | 2024-12-31           | true     | false     | false
            2002-03/2024-07-04 | 2002-03/2024-07-04 | MONTH | 2002-03-01         | 2024-07-04           | true     | false     | false
            2002/..        | 2002/..       | YEAR      | 2002-01-01            | +999999999-12-31     | true     | false     | false
            ../2024-07     | ../2024-07    | MONTH     | -999999999-01-01      | 2024-07-31           | true     | false     | false
            2002/          | 2002/         | YEAR      | 2002-01-01            | +999999999-12-31     | true     | false     | false
            /2024          | /2024         | YEAR      | -999999999-01-01      | 2024-12-31           | true     | false     | false
            2002~/2024?    | 2002~/2024?   | YEAR      | 2002-01-01            | 2024-12-31           | true     | true      | true
            2024/2024      | 2024/2024     | YEAR      | 2024-01-01            | 2024-12-31           | true     | false     | false
            """)
    void parsesValidText(String text, String canonical, DatePrecision precision, String earliest, String latest,
                         boolean interval, boolean uncertain, boolean approximate) {
        EdtfDate date = EdtfDate.parse(text);
        assertEquals(canonical, date.toString());
        assertEquals(precision, date.precision());
        assertEquals(LocalDate.parse(earliest), date.earliest());
        assertEquals(LocalDate.parse(latest), date.latest());
        assertEquals(interval, date.isInterval());
        assertEquals(uncertain, date.isUncertain());
        assertEquals(approximate, date.isApproximate());
        assertEquals(date, EdtfDate.parse(date.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-13       | month 13 is not 01..12
            2025-00       | month 00 is not 01..12
            2025-02-30    | day 30 does not exist in 2025-02
            2023-02-29    | day 29 does not exist in 2023-02
            2025-04-31    | day 31 does not exist in 2025-04
            2025-01-00    | day 00 does not exist
            20255         | the year must have 4 digits
            '925'         | the year must have 4 digits
            2025-1        | the month must have 2 digits
            2025-01-1     | the day must have 2 digits
            2025-01-01-01 | expected YYYY, YYYY-MM or YYYY-MM-DD
            2025/2024     | the interval ends before it starts
            ../..         | at least one end of an interval must be a date
            /             | at least one end of an interval must be a date
            2020/2021/2022 | an interval has exactly one '/'
            abcd          | the year must have 4 digits
            ' 2024'       | the year must have 4 digits
            2024??        | the year must have 4 digits
            """)
    void rejectsInvalidTextQuotingIt(String text, String why) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(text));
        assertEquals("Invalid EDTF date '" + text + "': " + why, e.getMessage());
    }

    @Test
    void rejectsEmptyText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(""));
        assertEquals("Invalid EDTF date '': the text is empty", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.parse(null));
    }

    @Test
    void factoriesMatchParsing() {
        assertEquals(EdtfDate.parse("2024"), EdtfDate.of(2024));
        assertEquals(EdtfDate.parse("2024-07"), EdtfDate.of(2024, 7));
        assertEquals(EdtfDate.parse("0987-07-04"), EdtfDate.of(987, 7, 4));
        assertEquals("2024-07?", EdtfDate.of(2024, 7).uncertain().toString());
        assertEquals("2024-07%", EdtfDate.of(2024, 7).uncertain().approximate().toString());
        assertEquals("2002/..", EdtfDate.interval(EdtfDate.of(2002), null).toString());
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.of(2025, 13));
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.of(2025, 0));
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.of(2025, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> EdtfDate.of(20255));
    }

    @Test
    void coversEveryDayBetweenEarliestAndLatest() {
        EdtfDate july = EdtfDate.parse("2024-07");
        assertTrue(july.covers(LocalDate.of(2024, 7, 1)));
        assertTrue(july.covers(LocalDate.of(2024, 7, 31)));
        assertFalse(july.covers(LocalDate.of(2024, 8, 1)));
        assertTrue(EdtfDate.parse("2002/..").covers(LocalDate.of(2025, 6, 1)));
        assertFalse(EdtfDate.parse("2002/..").covers(LocalDate.of(2001, 12, 31)));
    }

    @Test
    void comparesByEarliestThenLatest() {
        List<EdtfDate> dates = new ArrayList<>();
        for (String text : new String[] {"2025", "2024-07-04", "2024", "2024-07", "../2023", "2024/.."}) {
            dates.add(EdtfDate.parse(text));
        }
        Collections.sort(dates);
        assertEquals("[../2023, 2024, 2024/.., 2024-07, 2024-07-04, 2025]", dates.toString());
        assertTrue(EdtfDate.parse("2024").compareTo(EdtfDate.parse("2024-01")) > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-07-04", "2002/..", "/2024", "2024-07~"})
    void equalsAndHashCodeFollowTheCanonicalText(String text) {
        assertEquals(EdtfDate.parse(text), EdtfDate.parse(text));
        assertEquals(EdtfDate.parse(text).hashCode(), EdtfDate.parse(text).hashCode());
    }
}
