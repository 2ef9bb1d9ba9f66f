package org.pactum.importer.read;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.pactum.importer.text.Block;
import org.pactum.importer.text.DateFinder;
import org.pactum.importer.text.DateMention;
import org.pactum.model.DatePrecision;
import org.pactum.model.EdtfDate;

/**
 * Reads the article layout: an optional header (headline, then "- outlet", "- date", "- N min read" lines,
 * then a blank line) followed by one paragraph per line. Text without that header is all paragraphs.
 * Thread-safe.
 */
public final class ArticleReader {

    private final DateFinder dates = new DateFinder();

    /** One physical line: [start, end) without the line break. */
    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    public Article read(String text, LocalDate callerPublished) {
        List<Line> lines = lines(text);
        int i = 0;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        List<Block> blocks = new ArrayList<>();
        String title = null;
        String outlet = null;
        String dateLine = null;
        int j = i + 1;
        while (j < lines.size() && isHeaderField(lines.get(j).text())) {
            j++;
        }
        if (i < lines.size() && j > i + 1) {
            Line head = lines.get(i);
            title = head.text().strip();
            blocks.add(trimmed(head, Block.Kind.HEADLINE));
            for (int k = i + 1; k < j; k++) {
                String field = lines.get(k).text().strip().substring(1).strip();
                if (PageResidue.isReadingTime(field)) {
                    continue;
                }
                if (dateLine == null && looksLikeDate(field)) {
                    dateLine = field;
                } else if (outlet == null) {
                    outlet = field;
                }
            }
            i = j;
        }
        int bodyStart = i < lines.size() ? lines.get(Math.min(i, lines.size() - 1)).start() : text.length();
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (PageResidue.isResidue(line.text())) {
                continue;
            }
            blocks.add(trimmed(line, PageResidue.isHeading(line.text()) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH));
        }
        PublicationDate pub = publication(dateLine, callerPublished, text.substring(Math.min(bodyStart, text.length())));
        return new Article(text, title, outlet, pub.date, pub.reference, blocks);
    }

    private record PublicationDate(EdtfDate date, LocalDate reference) {
    }

    /** "JAN 02, 2020 - 7:14 PM": words in capitals read as names ("Jan"), as the date patterns expect. */
    private static final java.util.regex.Pattern CAPITALS_WORD = java.util.regex.Pattern.compile("\\b(\\p{Lu})(\\p{Lu}{2,})\\b");

    private PublicationDate publication(String dateLine, LocalDate caller, String body) {
        if (dateLine != null) {
            dateLine = CAPITALS_WORD.matcher(dateLine).replaceAll(m -> m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT));
            dateLine = HeaderDate.normalized(dateLine); // "Published: 16 July ,2022: 09:05 PM GST", "13-03-2025 16:05"
            List<DateMention> explicit = dates.find(dateLine, null);
            if (!explicit.isEmpty()) {
                EdtfDate d = explicit.get(0).date();
                if (d.precision() == DatePrecision.DAY) {
                    return new PublicationDate(d, d.earliest());
                }
                LocalDate ref = caller != null && d.covers(caller) ? caller : d.latest();
                return new PublicationDate(d, ref);
            }
            // a day without a year ("Jan 6"): the year comes from the caller, else from the body's dates
            LocalDate anchor = caller != null ? caller : latestBodyDay(body);
            if (anchor != null) {
                List<DateMention> yearless = dates.find(dateLine, anchor.plusDays(7));
                if (!yearless.isEmpty()) {
                    EdtfDate d = yearless.get(0).date();
                    if (caller != null && d.precision() == DatePrecision.DAY) {
                        d = closestTo(d, caller);
                    } else if (caller == null && d.precision() == DatePrecision.DAY && d.earliest().isBefore(anchor.minusDays(7))) {
                        // the article is not older than the latest day it reports ("in May 2025" -> "Sep 18" is in 2025)
                        LocalDate next = d.earliest().plusYears(1);
                        d = EdtfDate.of(next.getYear(), next.getMonthValue(), next.getDayOfMonth());
                    }
                    LocalDate due = caller == null && d.precision() == DatePrecision.DAY ? soonestDeadline(body) : null;
                    if (due != null && d.earliest().isBefore(due.minusYears(1))) {
                        // "talks to start before the end of February 2025" in an article dated "Dec 12" that otherwise only
                        // says "since 2017": the last such day before the deadline it announces
                        LocalDate last = d.earliest().withYear(due.getYear());
                        last = last.isBefore(due) ? last : last.minusYears(1);
                        d = EdtfDate.of(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
                    }
                    return new PublicationDate(d, d.earliest());
                }
            }
        }
        if (caller != null) {
            return new PublicationDate(EdtfDate.of(caller.getYear(), caller.getMonthValue(), caller.getDayOfMonth()), caller);
        }
        return new PublicationDate(null, null);
    }

    /** Same month and day in the year nearest to the caller's date. */
    private static EdtfDate closestTo(EdtfDate d, LocalDate caller) {
        LocalDate best = null;
        for (int y = caller.getYear() - 1; y <= caller.getYear() + 1; y++) {
            YearMonth ym = YearMonth.of(y, d.earliest().getMonthValue());
            if (d.earliest().getDayOfMonth() > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate c = ym.atDay(d.earliest().getDayOfMonth());
            if (best == null || Math.abs(c.toEpochDay() - caller.toEpochDay()) < Math.abs(best.toEpochDay() - caller.toEpochDay())) {
                best = c;
            }
        }
        return best == null ? d : EdtfDate.of(best.getYear(), best.getMonthValue(), best.getDayOfMonth());
    }

    private static final java.util.regex.Pattern FUTURE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:by|until|till|due|expires?|expiring|will|would|planned|expected|scheduled|targets?|deadline|before the end of)\\b[^.;]{0,20}$");

    private static final java.util.regex.Pattern FUTURE_YEAR_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:will|would|is to|are to|plans? to|is set to|are set to|is due to|are due to)\\b[^.;,]{0,50}$");

    private static final java.util.regex.Pattern DEADLINE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:before the end of|by the end of|no later than|before)\\s+$");

    /** The first day of the soonest month-precise deadline the body announces ("before the end of February 2025"), or null. */
    private LocalDate soonestDeadline(String body) {
        LocalDate soonest = null;
        for (DateMention m : dates.find(body, null)) {
            EdtfDate d = m.date();
            if (!d.isInterval() && d.precision() != DatePrecision.YEAR
                    && DEADLINE_BEFORE.matcher(body.substring(Math.max(0, m.start() - 24), m.start())).find()) {
                soonest = soonest == null || d.earliest().isBefore(soonest) ? d.earliest() : soonest;
            }
        }
        return soonest;
    }

    /** The latest day written with its year in the body (not a plan): the article cannot be older than what it reports. */
    private LocalDate latestBodyDay(String body) {
        LocalDate latest = null;
        for (DateMention m : dates.find(body, null)) {
            EdtfDate d = m.date();
            if (d.isInterval() || FUTURE_BEFORE.matcher(body.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                continue; // "the last phase due by 2050", "when it expires in July 2026": plans, not what happened
            }
            if (d.precision() == DatePrecision.YEAR && FUTURE_YEAR_BEFORE.matcher(body.substring(Math.max(0, m.start() - 60), m.start())).find()) {
                continue; // "will chair the 10-member bloc in 2026": a year further from its verb, planned too
            }
            // a day; a month as its last day ("in May 2025"); a year as its first ("2025 is the year ...": not before 2025)
            LocalDate day = d.precision() == DatePrecision.DAY ? d.earliest() : d.precision() == DatePrecision.MONTH ? d.latest() : d.earliest();
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }
        return latest;
    }

    private boolean looksLikeDate(String field) {
        String normal = HeaderDate.normalized(field);
        if (!dates.find(normal, null).isEmpty()) {
            return true;
        }
        return !dates.find(normal, LocalDate.of(2000, 12, 31)).isEmpty() && field.length() < 30;
    }

    private static final java.util.regex.Pattern PUBLISHING_WORDS = java.util.regex.Pattern.compile("\\b(?:Updated|Published|Last updated)\\b");

    private static boolean isHeaderField(String line) {
        String t = line.strip();
        // ("- September 29, 2025 09:18 pm | Updated September 30, 2025 08:02 am IST - NEW DELHI": a long date line)
        return (t.startsWith("- ") || t.startsWith("-\t") || t.startsWith("\u2022 "))
                && (t.length() <= 80 || t.length() <= 140 && PUBLISHING_WORDS.matcher(t).find())
                && line.startsWith(t.substring(0, 1)) && !t.endsWith(",") && !t.endsWith(".");
    }

    private static Block trimmed(Line line, Block.Kind kind) {
        String t = line.text();
        int s = 0;
        int e = t.length();
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return new Block(line.start() + s, line.start() + e, kind);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2028'
                    || text.charAt(i) == '\u2029') {
                if (i > start || i < n) {
                    out.add(new Line(start, i, text.substring(start, i)));
                }
                if (i < n - 1 && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }
}
