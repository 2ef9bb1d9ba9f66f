package org.pactum.importer.read;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date lines of article headers in the numeric spellings of news sites, rewritten to forms the date finder reads:
 * "13-03-2025 16:05" (day first), "2025.02.09 16:42", "13-Jun-2023", "27/10 - 16:12" (no year), "16 July ,2022".
 */
final class HeaderDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})-(\\d{1,2})-(\\d{4})\\b");
    private static final Pattern YEAR_MONTH_DAY_DOTS = Pattern.compile("\\b(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\b");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile("\\b(\\d{1,2})-(\\p{L}{3,9})-(\\d{4})\\b");
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile("^(\\d{1,2})/(\\d{1,2})(?=\\s*(?:-|,|$))");
    private static final Pattern SPACED_COMMA = Pattern.compile("\\s+,\\s*");

    private HeaderDate() {
    }

    static String normalized(String field) {
        String s = SPACED_COMMA.matcher(field).replaceAll(", ");
        s = replace(DAY_MONTH_YEAR, s, m -> dayMonthYear(m.group(1), m.group(2), m.group(3)));
        s = replace(YEAR_MONTH_DAY_DOTS, s, m -> dayMonthYear(m.group(3), m.group(2), m.group(1)));
        s = replace(DAY_NAME_YEAR, s, m -> m.group(1) + " " + m.group(2) + " " + m.group(3));
        s = replace(DAY_SLASH_MONTH, s, m -> dayMonthYear(m.group(1), m.group(2), null));
        return s;
    }

    /** "13 March 2025", or the field unchanged when the numbers are no day and month. */
    private static String dayMonthYear(String day, String month, String year) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        if (d < 1 || d > 31 || mo < 1 || mo > 12) {
            return null;
        }
        return d + " " + Month.of(mo).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + (year == null ? "" : " " + year);
    }

    /** Each match rewritten by {@code f}, or kept as written when {@code f} gives null. */
    private static String replace(Pattern p, String s, Function<MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> {
            String r = f.apply(m);
            return Matcher.quoteReplacement(r == null ? m.group() : r);
        });
    }
}
