package org.pactum.importer.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.model.EdtfDate;

/**
 * Finds dates written in English news prose: "January 5, 2026", "29th March, 2023", "17 June 2021",
 * "2024-07-04", "July 2024", "in 2003", "2006-2012", and, given a reference day, "June 6" and
 * "on Monday". Stateless and thread-safe.
 */
public final class DateFinder {

    /** The twelve month names in full, capitalized, as a regular expression group (wrap it in {@code (?i:...)} for lower-case text). */
    public static final String MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    private static final String MONTH = "(?<m>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])";
    private static final String YEAR = "(?<y>(?:1[6-9]|20)\\d\\d)(?![\\d%])";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    // each search is guarded by the characters its matches start with (SearchPatterns.startingWith)
    private static final Pattern ISO = SearchPatterns.startingWith("12", "(?<![\\d-])(?<y>(?:1[6-9]|20)\\d\\d)-(?<mo>[01]\\d)-(?<dd>[0-3]\\d)(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = SearchPatterns.startingWith("JFMASONDTW", "\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH
            + "\\s+" + DAY + "(?:\\s*(?:[-\u2013]|to|and)\\s*[0-3]?\\d(?!\\d))?(?:,?\\s+(?:of\\s+)?" + YEAR + ")?"); // ("December 14 of 2014", machine-translated)
    /** 01.03.2021 (day first, as in European news) */
    private static final Pattern DOTTED = SearchPatterns.startingWith("0-9", "(?<![\\d.])(?<dd>[0-3]?\\d)\\.(?<mo>[01]?\\d)\\.(?<y>(?:19|20)\\d\\d)(?![\\d.]\\d)");
    /** 07/07/2025: day first (as outside the United States) unless the first number cannot be a month's day ordering */
    private static final Pattern SLASHED = SearchPatterns.startingWith("0-9", "(?<![\\d/])(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)/(?<y>(?:19|20)\\d\\d)(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = SearchPatterns.startingWith("0-9", "\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+" + YEAR + ")?(?![\\w])");
    private static final Pattern MONTH_YEAR = SearchPatterns.startingWith("JFMASOND", "\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
    private static final Pattern YEAR_RANGE = SearchPatterns.startingWith("12", "(?<![\\w$.,\\d-])(?<y>(?:1[6-9]|20)\\d\\d)\\s*[-\u2013/]\\s*(?<y2>(?:1[6-9]|20)\\d\\d)(?![\\d%\\w])");
    private static final Pattern YEAR_ALONE = SearchPatterns.startingWith("12", "(?<![\\w$.,\\d\u2013-])" + YEAR + "(?![\\w.,]\\d|-\\w|\\s*(?:%|percent|km|bcm|kilomet|meter|metre|mw|tons|tonnes|people|troops|million|billion))");
    private static final Pattern WEEKDAY_ALONE = SearchPatterns.startingWith("oOlLtT", "\\b(?i:on|last|this)\\s+(?<wd>" + WEEKDAY + ")(?:\\s+(?:evening|morning|afternoon|night))?\\b");

    private static final Pattern LISTED_WITH = Pattern.compile("\\s*(?:,|and|or|to|through|until|-|\u2013)\\s*(?:and\\s+)?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** Month number for an English month name or abbreviation, or 0. */
    public static int month(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    /**
     * All dates in {@code text}, left to right, without overlaps (the longest, most precise reading wins).
     *
     * @param reference the publication day, used for dates without a year and for weekdays; may be null
     *                  (then such dates are skipped)
     */
    public List<DateMention> find(CharSequence text, LocalDate reference) {
        List<DateMention> found = new ArrayList<>();
        // the patterns only run in small windows around a digit or a month name: most of a sentence has neither
        // and each scan only where the window holds what its matches must contain (a dash, a dot, a month name)
        for (int[] w : windows(text)) {
            int from = w[0];
            int to = w[1];
            boolean dash = contains(text, from, to, "-");
            if (dash) {
                scanIso(text, from, to, found);
            }
            if (contains(text, from, to, ".")) {
                Matcher dm = region(DOTTED, text, from, to);
                while (dm.find()) {
                    add(found, dm.start(), dm.end(), day(Integer.parseInt(dm.group("y")), Integer.parseInt(dm.group("mo")),
                            Integer.parseInt(dm.group("dd"))), false);
                }
            }
            if (contains(text, from, to, "/")) {
                Matcher sm = region(SLASHED, text, from, to);
                while (sm.find()) {
                    int a = Integer.parseInt(sm.group("a"));
                    int b = Integer.parseInt(sm.group("b"));
                    int y = Integer.parseInt(sm.group("y"));
                    // "07/07/2025", "18/07/2025": day first; "07/18/2025": the second number is the day
                    add(found, sm.start(), sm.end(), b > 12 && a <= 12 ? day(y, a, b) : day(y, b, a), false);
                }
            }
            if (containsMonth(text, from, to)) {
                scanMonthDay(text, from, to, reference, found);
                scanDayMonth(text, from, to, reference, found);
                scanMonthYear(text, from, to, found);
            }
            if (dash || contains(text, from, to, "\u2013/")) {
                scanYearRange(text, from, to, found);
            }
            scanYear(text, from, to, found);
        }
        if (reference != null && text.toString().contains("day")) {
            scanWeekday(text, reference, found);
        }
        if (reference != null && text.toString().contains(" year")) {
            scanRelativeYear(text, reference, found);
        }
        int month = reference == null ? -1 : firstMonth(text, 0, text.length());
        if (month >= 0) {
            scanBareMonth(text, month, reference, found);
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return shareYears(text, found);
    }

    /** One of {@code chars} occurs in {@code text[from, to)}. */
    private static boolean contains(CharSequence text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A month name or abbreviation starts in {@code text[from, to)}: every one begins with one of the twelve in MONTHS, capitalized. */
    private static boolean containsMonth(CharSequence text, int from, int to) {
        return firstMonth(text, from, to) >= 0;
    }

    /** Where the first capitalized word of {@code text[from, to)} that may be a month starts (see containsMonth), or -1. */
    private static int firstMonth(CharSequence text, int from, int to) {
        for (int i = from; i + 3 <= to; i++) {
            char c = text.charAt(i);
            // (the cheap tests first)
            if (c >= 'A' && c <= 'S' && Character.isLowerCase(text.charAt(i + 1))
                    && isMonthKeyAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The keys of MONTHS, three ASCII letters each packed into an int (see {@link #isMonthKeyAt}). */
    private static final int[] MONTH_KEYS = MONTHS.keySet().stream().mapToInt(k -> packed(k, 0)).toArray();

    /**
     * Whether {@code text[i, i + 3)} in lower case is a key of MONTHS, without making the two strings that look-up made at every
     * capitalized word: the keys are ASCII letters, and no other character lowers to one of them (the Kelvin sign lowers to "k",
     * the dotted capital I to "i" and a dot: in no key).
     */
    static boolean isMonthKeyAt(CharSequence text, int i) {
        int key = packed(text, i);
        for (int k : MONTH_KEYS) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }

    /** Three ASCII letters from {@code i} in lower case, one byte each; -1 when one of them is not an ASCII letter. */
    private static int packed(CharSequence text, int i) {
        int key = 0;
        for (int k = i; k < i + 3; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c < 'a' || c > 'z') {
                return -1;
            }
            key = key << 8 | c;
        }
        return key;
    }

    private static Matcher region(Pattern p, CharSequence text, int from, int to) {
        return p.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Windows of the text around each run of digits that has a month name near it or could be a year. */
    private static List<int[]> windows(CharSequence text) {
        String t = text.toString();
        int n = t.length();
        List<int[]> raw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Character.isDigit(t.charAt(i))) {
                int j = i;
                while (j < n && Character.isDigit(t.charAt(j))) {
                    j++;
                }
                raw.add(new int[] {Math.max(0, i - 16), Math.min(n, j + 22)});
                i = j;
            }
        }
        if (raw.isEmpty()) {
            return raw;
        }
        List<int[]> merged = new ArrayList<>();
        for (int[] w : raw) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] >= w[0]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    /** "on October 9 and December 23, 2014": a day without a year takes the year of the date it is listed with. */
    private static List<DateMention> shareYears(CharSequence text, List<DateMention> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            DateMention a = found.get(i);
            DateMention b = found.get(i + 1);
            if (!a.yearInferred() || b.yearInferred() || a.date().precision() != org.pactum.model.DatePrecision.DAY
                    || b.date().isInterval()) {
                continue;
            }
            if (Regions.matches(LISTED_WITH, text, a.end(), b.start())) {
                LocalDate d = a.date().earliest();
                EdtfDate fixed = day(b.date().earliest().getYear(), d.getMonthValue(), d.getDayOfMonth());
                if (fixed != null) {
                    found.set(i, new DateMention(a.start(), a.end(), fixed, false));
                }
            }
        }
        // "Morocco followed in December 2020, ... signed in Rabat on Dec. 22": a day of the month the sentence named with its year
        for (int i = 1; i < found.size(); i++) {
            DateMention b = found.get(i);
            if (!b.yearInferred() || b.date().precision() != org.pactum.model.DatePrecision.DAY) {
                continue;
            }
            int month = b.date().earliest().getMonthValue();
            for (int k = i - 1; k >= 0; k--) {
                DateMention a = found.get(k);
                if (!a.yearInferred() && !a.date().isInterval() && a.date().precision() != org.pactum.model.DatePrecision.YEAR
                        && a.date().earliest().getMonthValue() == month) {
                    EdtfDate fixed = day(a.date().earliest().getYear(), month, b.date().earliest().getDayOfMonth());
                    if (fixed != null) {
                        found.set(i, new DateMention(b.start(), b.end(), fixed, false));
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static void scanIso(CharSequence text, int from, int to, List<DateMention> out) {
        Matcher m = region(ISO, text, from, to);
        while (m.find()) {
            add(out, m.start(), m.end(), day(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                    Integer.parseInt(m.group("dd"))), false);
        }
    }

    private static void scanMonthDay(CharSequence text, int from, int to, LocalDate reference, List<DateMention> out) {
        Matcher m = region(MONTH_DAY_YEAR, text, from, to);
        while (m.find()) {
            int month = month(m.group("m"));
            int d = Integer.parseInt(m.group("d"));
            addDay(out, m.start(), m.end(), m.group("y"), month, d, reference);
        }
    }

    private static void scanDayMonth(CharSequence text, int from, int to, LocalDate reference, List<DateMention> out) {
        Matcher m = region(DAY_MONTH_YEAR, text, from, to);
        while (m.find()) {
            addDay(out, m.start(), m.end(), m.group("y"), month(m.group("m")), Integer.parseInt(m.group("d")), reference);
        }
    }

    private static void addDay(List<DateMention> out, int start, int end, String year, int month, int d, LocalDate reference) {
        if (d < 1 || d > 31) {
            return;
        }
        if (year != null) {
            add(out, start, end, day(Integer.parseInt(year), month, d), false);
        } else if (reference != null) {
            add(out, start, end, day(yearNotAfter(reference, month, d), month, d), true);
        }
    }

    /** The year that puts month/day closest to the reference day without passing it. */
    public static int yearNotAfter(LocalDate reference, int month, int d) {
        int y = reference.getYear();
        try {
            return LocalDate.of(y, month, Math.min(d, 28)).isAfter(reference) ? y - 1 : y;
        } catch (DateTimeException e) {
            return y;
        }
    }

    private static void scanMonthYear(CharSequence text, int from, int to, List<DateMention> out) {
        Matcher m = region(MONTH_YEAR, text, from, to);
        while (m.find()) {
            add(out, m.start(), m.end(), EdtfDate.of(Integer.parseInt(m.group("y")), month(m.group("m"))), false);
        }
    }

    private static void scanYearRange(CharSequence text, int from, int to, List<DateMention> out) {
        Matcher m = region(YEAR_RANGE, text, from, to);
        while (m.find()) {
            int a = Integer.parseInt(m.group("y"));
            int b = Integer.parseInt(m.group("y2"));
            if (b > a && b - a < 200) {
                add(out, m.start(), m.end(), EdtfDate.parse(a + "/" + b), false);
            }
        }
    }

    private static void scanYear(CharSequence text, int from, int to, List<DateMention> out) {
        Matcher m = region(YEAR_ALONE, text, from, to);
        while (m.find()) {
            add(out, m.start(), m.end(), EdtfDate.of(Integer.parseInt(m.group("y"))), false);
        }
    }

    private static void scanWeekday(CharSequence text, LocalDate reference, List<DateMention> out) {
        Matcher m = WEEKDAY_ALONE.matcher(text);
        while (m.find()) {
            DayOfWeek wd = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            LocalDate day = reference.with(TemporalAdjusters.previousOrSame(wd));
            add(out, m.start("wd"), m.end("wd"), EdtfDate.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), true);
        }
    }

    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(?i:(?:in\\s+)?(?<month>January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+(?:of\\s+)?)?(?<rel>(?i:last|this|next|previous)) year\\b");

    /** "the following year", "a year later", "two years later", "the same year": a year counted from one named before. */
    private static final Pattern YEAR_AFTER = Pattern.compile("\\b(?i:the (?<n>following) year|(?<n2>a|one|two|three|four|five|\\d) years? later"
            + "|(?:the|that) same year)\\b");
    private static final Pattern YEARS_AGO = Pattern.compile("\\b(?i:(a|one|two|three|four|five|\\d) years? ago)\\b");

    private static int wordNumber(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            default -> Integer.parseInt(w);
        };
    }

    /** "last year", "in March of this year": years counted from the publication day. */
    private static void scanRelativeYear(CharSequence text, LocalDate reference, List<DateMention> out) {
        String t = text.toString();
        for (int at = t.indexOf(" year"); at >= 0; at = t.indexOf(" year", at + 5)) {
            Matcher after = YEAR_AFTER.matcher(t).region(Math.max(0, at - 14), Math.min(t.length(), at + 12))
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (after.find()) {
                // "formed in 2009 ..., with South Africa joining the following year": counted from the year named before it
                DateMention anchor = lastYearBefore(out, after.start());
                if (anchor != null) {
                    String n = after.group("n") != null ? after.group("n") : after.group("n2");
                    int later = n == null ? 0 : n.equalsIgnoreCase("following") || n.equalsIgnoreCase("a") ? 1 : wordNumber(n);
                    add(out, after.start(), after.end(), EdtfDate.of(anchor.date().latest().getYear() + later), true);
                }
                continue;
            }
            Matcher ago = YEARS_AGO.matcher(t).region(Math.max(0, at - 6), Math.min(t.length(), at + 11))
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (ago.find()) {
                // "a year ago", "two years ago": the year, counted from the publication day
                int back = ago.group(1).equalsIgnoreCase("a") ? 1 : wordNumber(ago.group(1));
                add(out, ago.start(), ago.end(), EdtfDate.of(reference.minusYears(back).getYear()), true);
                continue;
            }
            String word = t.substring(Math.max(0, at - 8), at).toLowerCase(Locale.ROOT);
            if (!(word.endsWith("last") || word.endsWith("this") || word.endsWith("next") || word.endsWith("previous"))) {
                continue;
            }
            // only the few words before each " year" can be "last", "this", "in March of next"
            Matcher m = RELATIVE_YEAR.matcher(t).region(Math.max(0, at - 32), Math.min(t.length(), at + 6))
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.find()) {
                continue;
            }
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            int year = reference.getYear() + (rel.equals("next") ? 1 : rel.equals("this") ? 0 : -1);
            int start = m.group("month") != null ? m.start("month") : m.start("rel");
            EdtfDate date = m.group("month") != null ? EdtfDate.of(year, month(m.group("month"))) : EdtfDate.of(year);
            add(out, start, m.end(), date, true);
        }
    }

    /** "in January", "since March", "last October": a month alone, after a word that makes it a time. */
    private static final Pattern BARE_MONTH = SearchPatterns.startingWith("iIsSlLeEuUbBdDmMtT", "\\b(?i:in|since|last|early|late|until|by|during|mid|this)"
            + "(?:\\s+|-)(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\\b"
            + "(?!\\s*(?:[,.]\\s*)?(?:of\\s+)?\\d)(?!\\s+(?:last|this|next|previous)\\s+year)");

    /** A month without a year is the last such month not after the publication day ("in January" in September: this year's). */
    private static void scanBareMonth(CharSequence text, int firstMonth, LocalDate reference, List<DateMention> out) {
        // a match ends in a month name, none before firstMonth, after at most six letters and a run of spaces or a dash:
        // no need to search before them
        int from = firstMonth;
        while (from > 0 && (Character.isWhitespace(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) {
            from--;
        }
        Matcher m = region(BARE_MONTH, text, Math.max(0, from - 6), text.length());
        while (m.find()) {
            int month = month(m.group("m"));
            add(out, m.start("m"), m.end("m"), EdtfDate.of(yearNotAfter(reference, month, 1), month), true);
        }
    }

    private static EdtfDate day(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return EdtfDate.of(y, m, d);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Adds unless it overlaps a mention already found (earlier scans are the more precise readings). */
    /** The last date with a year of its own before {@code pos}. */
    private static DateMention lastYearBefore(List<DateMention> found, int pos) {
        DateMention last = null;
        for (DateMention d : found) {
            if (d.end() <= pos && !d.yearInferred() && (last == null || d.start() > last.start())) {
                last = d;
            }
        }
        return last;
    }

    private static void add(List<DateMention> out, int start, int end, EdtfDate date, boolean inferred) {
        if (date == null) {
            return;
        }
        for (DateMention d : out) {
            if (start < d.end() && d.start() < end) {
                return;
            }
        }
        out.add(new DateMention(start, end, date, inferred));
    }
}
