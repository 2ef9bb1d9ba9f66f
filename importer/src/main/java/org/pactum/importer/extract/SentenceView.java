package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.pactum.importer.text.DateMention;
import org.pactum.importer.text.Sentence;

/** A sentence with its entities and dates (offsets relative to the sentence). */
public final class SentenceView {

    private final Sentence sentence;
    private final List<Mention> mentions;
    private final List<Mention> instruments;
    private final List<DateMention> dates;
    private final String lower;
    private List<Clause> clauses;

    SentenceView(Sentence sentence, List<Mention> mentions, List<DateMention> dates) {
        this.sentence = sentence;
        List<Mention> others = new ArrayList<>(mentions.size());
        List<Mention> named = new ArrayList<>(2);
        for (Mention m : mentions) {
            (m.type() == EntityType.INSTRUMENT ? named : others).add(m);
        }
        this.mentions = Collections.unmodifiableList(others);
        this.instruments = Collections.unmodifiableList(named);
        this.dates = List.copyOf(dates);
        this.lower = monthDotsBlanked(lowerSameLength(sentence.text()));
    }

    private static final java.util.Set<String> MONTH_ABBREVIATIONS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** "on oct. 3, 2009 by ...": the abbreviation's dot is no sentence end for the rules that stop at one (same length). */
    private static String monthDotsBlanked(String lower) {
        char[] c = null;
        for (int dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', dot + 1)) {
            int next = dot + 1;
            while (next < lower.length() && lower.charAt(next) == ' ') {
                next++;
            }
            if (next == dot + 1 && next < lower.length() || next >= lower.length() || !Character.isDigit(lower.charAt(next))) {
                continue; // only "oct. 3": a dot, a space, a digit
            }
            int word = dot;
            while (word > 0 && Character.isLetter(lower.charAt(word - 1))) {
                word--;
            }
            if ((word == 0 || !Character.isLetterOrDigit(lower.charAt(word - 1))) && MONTH_ABBREVIATIONS.contains(lower.substring(word, dot))) {
                if (c == null) {
                    c = lower.toCharArray();
                }
                c[dot] = ' ';
            }
        }
        return c == null ? lower : new String(c);
    }

    /** Lower case char by char, so offsets stay those of the original. */
    static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** The sentence's clauses (computed once). */
    List<Clause> clauses() {
        if (clauses == null) {
            clauses = Clauses.of(this);
        }
        return clauses;
    }

    public Sentence sentence() {
        return sentence;
    }

    public String text() {
        return sentence.text();
    }

    /** Lower-case text, same length and offsets as {@link #text()} for the scripts news uses. */
    public String lower() {
        return lower;
    }

    /** A question ("Will Kazakhstan join?") states nothing. */
    public boolean isQuestion() {
        String t = text().stripTrailing();
        return t.endsWith("?") || t.endsWith("?\u201d") || t.endsWith("?\"");
    }

    public int index() {
        return sentence.index();
    }

    public List<Mention> mentions() {
        return mentions;
    }

    /** Named instruments of the reference data (their titles overlap the names inside them, so they are kept apart). */
    public List<Mention> instruments() {
        return instruments;
    }

    public List<DateMention> dates() {
        return dates;
    }

    public List<Mention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    public List<DateMention> datesIn(int from, int to) {
        return dates.stream().filter(d -> d.start() >= from && d.end() <= to).toList();
    }
}
