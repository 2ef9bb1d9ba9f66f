package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private static final LocalDate TUESDAY = LocalDate.of(2024, 4, 23);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "signed on June 6|2023-06-06",
        "signed on April 6|2024-04-06",
        "On Monday in Baghdad|2024-04-22",
        "In May 2016, India signed|2016-05",
        "the events of September 11, 2001|2001-09-11",
        "in 2003 to develop|2003",
        "returned in 2006-2012|2006/2012",
        "on October 9 and December 23, 2014|2014-10-09 2014-12-23",
        "on 3 March 2022 in the wake|2022-03-03",
        "held from August 22 to 24, 2023|2023-08-22",
        "it may join, $4 billion, 1,200km, 86%|",
        // a month alone after a time word: the last such month not after publication (2024-04-23)
        "signed in Davos in January|2024-01",
        "In June, the sides agreed|2023-06",
        "talks began last October|2023-10",
        "since April the line runs|2024-04",
        "in March of next year|2025-03",
        "May the talks succeed; in May|2023-05",
        "Published on 07/07/2025 - 08:12|2025-07-07",
        "on 18/07/2025 and 07/18/2025|2025-07-18 2025-07-18",
        // a day without a year after its month with one: that year
        "followed in December 2020, signed on Dec. 22|2020-12 2020-12-22",
    })
    void findsDates(String text, String expected) {
        List<DateMention> found = new DateFinder().find(text, TUESDAY);
        String got = String.join(" ", found.stream().map(d -> d.date().toString()).toList());
        assertEquals(expected == null ? "" : expected, got);
    }
}
