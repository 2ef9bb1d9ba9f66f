package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.Span;

/**
 * Cuts a sentence into clauses, so that a status or a verb is tied to the states of its own clause:
 * "Egypt and Qatar were given dialogue partner status, | and procedures were started to grant ... to Bahrain".
 * A list ("Argentina, Brazil, Paraguay, and Uruguay") is not cut.
 */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*|,\\s+(?=(?:and|but|while|whereas|which|in which|where|who|whom"
            + "|after|although|though|adding|emphasizing|emphasising|saying|noting|stressing|underlining|together with|as well as"
            + "|handing|according to|citing)\\b)|\\s+(?=but\\b)");
    private static final Pattern REPORT = Pattern.compile("(?i),\\s+(?:the\\s+|a\\s+)?[^,;]{0,70}?\\b(?:said|says|reported|reports"
            + "|announced|stated|noted|added|told|informs|has announced|have announced)\\b[^,;]{0,40}(?=[.,;]|$)");
    private static final Pattern VERBISH = Pattern.compile("(?i)\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
            + "|do|does|did|joined|became|become|signed|agreed|said|hold|holds|held|took|take|\\p{L}{3,}ed)\\b");

    private Clauses() {
    }

    static List<Span> of(SentenceView v) {
        String t = v.text();
        TreeSet<Integer> cuts = new TreeSet<>();
        Matcher m = BOUNDARY.matcher(t);
        while (m.find()) {
            if (t.regionMatches(true, m.end(), "and", 0, 3) && continuesList(v, m.end() + 3)) {
                continue;
            }
            if (t.regionMatches(true, m.end(), "as well as", 0, 10) && continuesList(v, m.end() + 10)) {
                continue;
            }
            cuts.add(m.start());
        }
        Matcher r = REPORT.matcher(t);
        while (r.find()) {
            cuts.add(r.start());
            cuts.add(r.end());
        }
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            if (c > from) {
                out.add(new Span(from, c));
            }
            from = Math.max(from, c);
        }
        if (from < t.length()) {
            out.add(new Span(from, t.length()));
        }
        return out;
    }

    /** ", and Uruguay" after a named state continues a list; ", and South Africa joined it" starts a clause. */
    private static boolean continuesList(SentenceView v, int pos) {
        String t = v.text();
        Mention before = null;
        Mention next = null;
        for (Mention m : v.mentions()) {
            if (m.end() <= pos - 3 && (m.isState() || m.isOrganization())) {
                before = m;
            }
            if (next == null && m.start() >= pos && (m.isState() || m.isOrganization())) {
                next = m;
            }
        }
        if (next == null || !t.substring(pos, next.start()).matches("\\s*(?:the\\s+)?")) {
            return false;
        }
        int stop = t.indexOf(',', next.end());
        String rest = t.substring(next.end(), stop < 0 ? t.length() : stop);
        return !VERBISH.matcher(rest).find() || before != null && before.end() >= pos - 8;
    }

    /** The clause that contains local offset {@code pos}. */
    static Span at(List<Span> clauses, int pos) {
        for (Span s : clauses) {
            if (pos >= s.start() && pos < s.end()) {
                return s;
            }
        }
        return clauses.isEmpty() ? new Span(0, 0) : clauses.get(clauses.size() - 1);
    }
}
