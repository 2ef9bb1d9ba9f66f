package org.pactum.model;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.pactum.model.internal.bind.EdtfDateJsonAdapter;
import org.pactum.model.internal.bind.EdtfDateXmlAdapter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A date in the Library of Congress Extended Date/Time Format (EDTF), levels 0 and 1 as far as news needs them:
 * {@code 2024}, {@code 2024-07}, {@code 2024-07-04}, each optionally qualified as uncertain ({@code ?}),
 * approximate ({@code ~}) or both ({@code %}), and intervals {@code 2002/2024} whose ends may be open
 * ({@code ..}) or unknown (empty): {@code 2002/..}, {@code /2024}.
 *
 * <p>Immutable. A date knows the earliest and latest day it can mean, so partial dates can be queried
 * ("in force on 2025-06-01"). JSON and XML carry it as its canonical EDTF text ({@link #toString()}).
 */
@JsonbTypeAdapter(EdtfDateJsonAdapter.class)
@XmlJavaTypeAdapter(EdtfDateXmlAdapter.class)
public final class EdtfDate implements Comparable<EdtfDate> {

    private static final Comparator<EdtfDate> ORDER = Comparator.comparing(EdtfDate::earliest)
            .thenComparing(EdtfDate::latest)
            .thenComparing(EdtfDate::toString);

    /** One calendar date of a given precision, possibly qualified. */
    private record Point(int year, int month, int day, boolean uncertain, boolean approximate) {

        DatePrecision precision() {
            return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
        }

        LocalDate earliest() {
            return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
        }

        LocalDate latest() {
            if (day != 0) {
                return LocalDate.of(year, month, day);
            }
            return month == 0 ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
        }

        void appendTo(StringBuilder out) {
            if (year < 1000) {
                out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
            }
            out.append(year);
            if (month != 0) {
                out.append('-').append(month < 10 ? "0" : "").append(month);
            }
            if (day != 0) {
                out.append('-').append(day < 10 ? "0" : "").append(day);
            }
            if (uncertain && approximate) {
                out.append('%');
            } else if (uncertain) {
                out.append('?');
            } else if (approximate) {
                out.append('~');
            }
        }
    }

    /** Interval end that is open ({@code ..}: no bound) or unknown (empty text). */
    private enum Bound { OPEN, UNKNOWN }

    private final Point start;      // null for an interval with an open or unknown start
    private final Bound startBound; // set when start is null
    private final Point end;        // null for single dates and for open/unknown ends
    private final Bound endBound;   // set for intervals whose end is null
    private final boolean interval;
    private final String text;

    private EdtfDate(Point start, Bound startBound, Point end, Bound endBound, boolean interval) {
        this.start = start;
        this.startBound = startBound;
        this.end = end;
        this.endBound = endBound;
        this.interval = interval;
        StringBuilder out = new StringBuilder(24);
        appendEnd(out, start, startBound);
        if (interval) {
            out.append('/');
            appendEnd(out, end, endBound);
        }
        this.text = out.toString();
    }

    private static void appendEnd(StringBuilder out, Point point, Bound bound) {
        if (point != null) {
            point.appendTo(out);
        } else if (bound == Bound.OPEN) {
            out.append("..");
        }
    }

    /** The year {@code y} (0..9999). */
    public static EdtfDate of(int y) {
        return single(point(String.valueOf(y), y, 0, 0, false, false));
    }

    /** The month {@code y-m}. */
    public static EdtfDate of(int y, int m) {
        requirePositive(y + "-" + m, m, "month");
        return single(point(y + "-" + m, y, m, 0, false, false));
    }

    /** The day {@code y-m-d}. */
    public static EdtfDate of(int y, int m, int d) {
        requirePositive(y + "-" + m + "-" + d, m, "month");
        requirePositive(y + "-" + m + "-" + d, d, "day");
        return single(point(y + "-" + m + "-" + d, y, m, d, false, false));
    }

    /** This date, with a single (non-interval) date marked uncertain ({@code ?}). */
    public EdtfDate uncertain() {
        return requireSingle().withQualifiers(true, start.approximate());
    }

    /** This date, with a single (non-interval) date marked approximate ({@code ~}). */
    public EdtfDate approximate() {
        return requireSingle().withQualifiers(start.uncertain(), true);
    }

    private static void requirePositive(String text, int value, String what) {
        if (value < 1) {
            throw invalid(text, what + " " + value + " does not exist");
        }
    }

    /** The interval {@code from/to}; either may be null for an open end ({@code ..}). */
    public static EdtfDate interval(EdtfDate from, EdtfDate to) {
        if (from != null && from.interval || to != null && to.interval) {
            throw new IllegalArgumentException("Invalid EDTF interval: an end cannot itself be an interval");
        }
        if (from == null && to == null) {
            throw new IllegalArgumentException("Invalid EDTF interval '../..': at least one end must be a date");
        }
        return checkedInterval(from == null ? null : from.start, Bound.OPEN, to == null ? null : to.start, Bound.OPEN,
                (from == null ? ".." : from.text) + "/" + (to == null ? ".." : to.text));
    }

    /**
     * Parses EDTF text.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static EdtfDate parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Invalid EDTF date: null");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Invalid EDTF date '': the text is empty");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return single(parsePoint(text, text));
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw invalid(text, "an interval has exactly one '/'");
        }
        String left = text.substring(0, slash);
        String right = text.substring(slash + 1);
        Point from = isBound(left) ? null : parsePoint(text, left);
        Point to = isBound(right) ? null : parsePoint(text, right);
        if (from == null && to == null) {
            throw invalid(text, "at least one end of an interval must be a date");
        }
        return checkedInterval(from, bound(left), to, bound(right), text);
    }

    private static boolean isBound(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static Bound bound(String end) {
        return end.equals("..") ? Bound.OPEN : Bound.UNKNOWN;
    }

    private static EdtfDate checkedInterval(Point from, Bound fromBound, Point to, Bound toBound, String text) {
        if (from != null && to != null && from.earliest().isAfter(to.latest())) {
            throw invalid(text, "the interval ends before it starts");
        }
        return new EdtfDate(from, from == null ? fromBound : null, to, to == null ? toBound : null, true);
    }

    private static EdtfDate single(Point point) {
        return new EdtfDate(point, null, null, null, false);
    }

    private static Point parsePoint(String text, String part) {
        boolean uncertain = false;
        boolean approximate = false;
        String date = part;
        char last = part.isEmpty() ? 0 : part.charAt(part.length() - 1);
        if (last == '?' || last == '~' || last == '%') {
            uncertain = last != '~';
            approximate = last != '?';
            date = part.substring(0, part.length() - 1);
        }
        String[] fields = date.split("-", -1);
        if (fields.length > 3) {
            throw invalid(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = digits(text, fields[0], 4, "year");
        int month = fields.length > 1 ? digits(text, fields[1], 2, "month") : 0;
        int day = fields.length > 2 ? digits(text, fields[2], 2, "day") : 0;
        if (fields.length > 1 && month == 0) {
            throw invalid(text, "month 00 is not 01..12");
        }
        if (fields.length > 2 && day == 0) {
            throw invalid(text, "day 00 does not exist");
        }
        return point(text, year, month, day, uncertain, approximate);
    }

    private static int digits(String text, String field, int width, String what) {
        if (field.length() != width) {
            throw invalid(text, "the " + what + " must have " + width + " digits");
        }
        int value = 0;
        for (int i = 0; i < width; i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "the " + what + " must have " + width + " digits");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Point point(String text, int year, int month, int day, boolean uncertain, boolean approximate) {
        if (year < 0 || year > 9999) {
            throw invalid(text, "year " + year + " is not 0000..9999");
        }
        if (month == 0 && day != 0) {
            throw invalid(text, "a day needs a month");
        }
        if (month != 0 && (month < 1 || month > 12)) {
            throw invalid(text, "month " + month + " is not 01..12");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw invalid(text, "day " + day + " does not exist in " + String.format("%04d-%02d", year, month));
            }
        }
        return new Point(year, month, day, uncertain, approximate);
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Invalid EDTF date '" + text + "': " + why);
    }

    private EdtfDate requireSingle() {
        if (interval) {
            throw new IllegalStateException("'" + text + "' is an interval");
        }
        return this;
    }

    private EdtfDate withQualifiers(boolean uncertain, boolean approximate) {
        return single(new Point(start.year(), start.month(), start.day(), uncertain, approximate));
    }

    /** How precisely the date is known; for an interval, the precision of its start (or of its end if open). */
    public DatePrecision precision() {
        return (start != null ? start : end).precision();
    }

    /** The first day the date can mean; {@link LocalDate#MIN} for an interval with an open or unknown start. */
    public LocalDate earliest() {
        return start == null ? LocalDate.MIN : start.earliest();
    }

    /** The last day the date can mean; {@link LocalDate#MAX} for an interval with an open or unknown end. */
    public LocalDate latest() {
        if (!interval) {
            return start.latest();
        }
        return end == null ? LocalDate.MAX : end.latest();
    }

    /** Whether {@code day} lies between {@link #earliest()} and {@link #latest()}, both included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(earliest()) && !day.isAfter(latest());
    }

    public boolean isInterval() {
        return interval;
    }

    /** Whether the date, or an end of the interval, is marked uncertain ({@code ?} or {@code %}). */
    public boolean isUncertain() {
        return start != null && start.uncertain() || end != null && end.uncertain();
    }

    /** Whether the date, or an end of the interval, is marked approximate ({@code ~} or {@code %}). */
    public boolean isApproximate() {
        return start != null && start.approximate() || end != null && end.approximate();
    }

    /** Orders by earliest day, then latest day (then text, to agree with {@link #equals}). */
    @Override
    public int compareTo(EdtfDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EdtfDate date && text.equals(date.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The canonical EDTF text. */
    @Override
    public String toString() {
        return text;
    }

}
