package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.pactum.importer.text.Regions;

/** What may stand between two items of one list of states or organizations (one definition for every rule). */
final class Gaps {

    /** ", ", " and ", ", and the ", " & ", or nothing but spaces. */
    static final Pattern LIST = Pattern.compile("\\s*,?\\s*(?:and|&)?\\s*(?:the\\s+)?");

    private Gaps() {
    }

    /** {@code text[from, to)} is a list gap. */
    static boolean isListGap(String text, int from, int to) {
        return Regions.matches(LIST, text, from, to);
    }

    /**
     * The mentions listed from {@code pos} on ("Russia, Belarus and the EU"), each an {@code item}, up to the first that is
     * not, and none after the item "and" closed the list with ("A, B and C, and Uzbekistan became ...").
     */
    static List<Mention> listedFrom(SentenceView v, int pos, Predicate<Mention> item) {
        List<Mention> out = new ArrayList<>();
        boolean closed = false;
        for (Mention m : v.mentions()) {
            if (m.start() < pos) {
                continue;
            }
            if (closed || !item.test(m) || !isListGap(v.text(), pos, m.start())) {
                break;
            }
            closed = !out.isEmpty() && joinsLastItem(v.text(), pos, m.start());
            out.add(m);
            pos = m.end();
        }
        return out;
    }

    /**
     * The mentions listed right before {@code pos}, in text order ("founded by China, Kazakhstan and Uzbekistan|, which ..."):
     * the last one ends there (spaces and an abbreviation's full stop aside, "The U.S. and Japan| signed"), each one before
     * it is joined by a list gap, and all are an {@code item}.
     */
    static List<Mention> listedBefore(SentenceView v, int pos, Predicate<Mention> item) {
        java.util.LinkedList<Mention> out = new java.util.LinkedList<>();
        List<Mention> ms = v.mentions();
        int end = pos;
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.end() > end) {
                continue;
            }
            int from = v.text().startsWith(".", m.end()) ? m.end() + 1 : m.end();
            boolean joined = out.isEmpty() ? v.text().substring(from, end).isBlank() : isListGap(v.text(), from, end);
            if (!joined || !item.test(m)) {
                break;
            }
            out.addFirst(m);
            end = m.start();
        }
        return out;
    }

    private static boolean joinsLastItem(String text, int from, int to) {
        String gap = text.substring(from, to);
        return gap.contains("and") || gap.contains("&");
    }
}
