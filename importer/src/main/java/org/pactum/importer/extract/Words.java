package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word-level tests that run on every clause: faster than alternation-heavy regular expressions.
 * Words are runs of letters, digits, apostrophes and hyphens, compared in lower case.
 */
final class Words {

    private static final Set<String> NEGATING = Set.of("not", "none", "cannot", "never", "without", "blocked", "vetoed", "failed", "neither", "nor",
            "aside", "except", "excluding", "denied", "declined");
    /** Idioms with a negating word that deny nothing: "remain on the table without a decision". */
    private static final String[] NOT_NEGATING = {"without a decision", "without delay", "without a vote", "not only", "no later than",
        "no sooner",
        // "Hungary, the only other ally yet to ratify": a member that has not yet ratified someone else's accession
        "yet to ratify",
        // "a non-member observer state at the United Nations": an observer, the UN's name for the status
        "non-member observer",
        // "It is an observer, not a full member, of the SCO": the status the clause gives, the one it denies set against it
        ", not a full member", ", not a member", ", but not a full member", ", but not a member",
        // "has held observer status in ASEAN since 1976 without becoming a member": the status held, set against the one it lacks
        "without becoming a member", "without becoming a full member", "without ever becoming a member", "without ever becoming a full member"};
    private static final String[] NEGATING_PARTS = {"n't", "refus", "reject", "yet to", "apart from", "no plan", "no longer seek", "no longer want",
        "no longer plan", "no longer intend", "no longer interest", "no longer aspir", "non-member", "ruled out",
        "rules out", "rule out", "ruling out", "no intention", "no sign that", "no indication that", "turned down", "turns down", "declined",
        "stopped short of", "stops short of", "stopping short of", "refrain from", "refrained from", "refrains from",
        "against joining", "against membership", "against accession",
        // "Ghana and Cyprus had until now been associate members": a status left behind, not held
        "had until now been", "had until recently been"};
    private static final Set<String> HEDGING = Set.of("could", "might", "would", "if", "once", "whether", "likely", "should",
            "procedure", "procedures", "invite", "invites", "invited", "inviting", "offered");
    private static final String[] HEDGING_PARTS = {"discuss", "consider", "question of", "possib", "propos", "expected to",
            "ready to", "hope to", "hopes to", "hoping to", "expects a decision", "expect a decision", "awaits a decision", "decision on whether", "preparing to", "prepares to", "aims to", "aiming to", "want to", "wants to", "interest in", "invitation to", "invitation for", "invitations to",
            "invitations have", "invitations had", "invitations went", "invitation has",
            // "moved a step closer to membership of the WTO": on the way, not there
            "closer to", "step towards", "steps towards", "step toward", "steps toward", "path to", "road to",
            // "amended the Constitution in view of the accession of the Republic of Moldova to the EU": the goal it serves
            "in view of", "with a view to",
            // "Montenegro is on good way to become the next member state", "on track to join": not there yet
            "good way to", "on track to", "on its way to",

            // "repeated the promise it made in 2008 that Ukraine and Georgia will become members": promised, not granted
            "promise", "agreed that",
            // "China supports Armenia in joining the SCO": backing, not a membership
            "in joining",
            // "repeating his goal of wrapping up the talks by 2027 and joining the bloc by 2030"
            "goal of", "goal is", "aim of", "objective of", "target of", "ambition of", "dream of",
            // "is set to become a full member later this year", "pushing for Iran ... to be admitted next": not yet
            "set to become", "pushing for",
            // "Sweden will become a member too": a membership to come, not held
            "will become a member", "will become members", "will become a full member", "will become full members"};

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    private Words() {
    }

    /** The number a count word or numeral stands for ("three", "12"), -1 for another word. */
    /** Whether {@code text} contains one of {@code words} (a cheap test before a pattern needing one of them). */
    static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String text, String... words) {
        return containsAny(text, List.of(words));
    }

    static int count(String word) {
        String n = word.toLowerCase(java.util.Locale.ROOT);
        return !n.isEmpty() && n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBERS.indexOf(n);
    }

    /** Lower-case words of {@code s}. */
    static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !isWordChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i).toLowerCase());
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    /** The clause denies the status ("non-BRICS member states", "refused it to Georgia", "has not been invited"). */
    static boolean negated(String lower) {
        for (String idiom : NOT_NEGATING) {
            if (lower.contains(idiom)) {
                lower = lower.replace(idiom, " ");
            }
        }
        for (String p : NEGATING_PARTS) {
            if (lower.contains(p)) {
                return true;
            }
        }
        for (String w : of(lower)) {
            // ("a non-permanent member of the UN Security Council" is an elected member)
            if (NEGATING.contains(w) || w.startsWith("non-") && w.length() > 4 && !w.startsWith("non-align") && !w.equals("non-permanent")) {
                return true;
            }
        }
        return false;
    }

    /** Discourse markers with a modal that hedge nothing: "It should be noted, Azerbaijan ... are members". */
    private static final String[] NOT_HEDGING = {
        // "CARICOM member states have offered personnel": an offer of help, not of the status
        "offered personnel", "offered troops", "offered police", "offered officers", "offered support", "offered assistance",
        "offered help", "offered aid", "offered funding", "offered to send", "offered to deploy", "offered to contribute",
        "offered to host", "offered to mediate",
        "should be noted", "should be recalled", "should be mentioned", "should be stressed",
        "should be emphasized", "should be emphasised", "would like to note", "would like to recall",
        // "Eritrea was once again fully part of IGAD": a return, not the condition "once it joins"
        "once again", "once more",
        // the OECD's word for its accession talks: a candidacy, not a status only talked about
        "accession discussions"};

    private static final java.util.regex.Pattern WAY_FOR_DATED = java.util.regex.Pattern.compile("the way for\\b[^.;]*\\b(?:on|in) (?:(?i:"
            + org.pactum.importer.text.DateFinder.MONTH_NAME + ") \\d|\\d{1,2} (?i:" + org.pactum.importer.text.DateFinder.MONTH_NAME + "))");

    /** {@code s} with its first letter in upper case ("joint statement" -> "Joint statement"). */
    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The status is only talked about ("discussed the question of granting", "may join"): case matters for "may". */
    static boolean hedged(String text) {
        String written = withoutDiscourseMarkers(text);
        String lower = written.toLowerCase();
        for (String p : HEDGING_PARTS) {
            if (lower.contains(p)) {
                return true;
            }
        }
        if (written.contains(" may ") || written.startsWith("may ")) {
            return true;
        }
        if (lower.contains("the way for") && !WAY_FOR_DATED.matcher(lower).find()) {
            // "clearing the way for the former Yugoslav republic to join NATO": made possible, not done (but "clearing the way for
            // Finland to become NATO's 31st member on April 4, 2023" tells when it was done)
            return true;
        }
        for (String w : of(lower)) {
            if (HEDGING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with its discourse markers blanked out, offsets kept. */
    private static String withoutDiscourseMarkers(String text) {
        StringBuilder out = null;
        String lower = text.toLowerCase();
        if (lower.length() != text.length()) {
            return text; // a letter whose lower case is longer ("İ"): offsets would not line up
        }
        for (String marker : NOT_HEDGING) {
            for (int at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + 1)) {
                out = out == null ? new StringBuilder(text) : out;
                for (int i = at; i < at + marker.length(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The last {@code n} words before {@code end}, nearest last, lower case. */
    static List<String> before(String s, int end, int n) {
        List<String> out = new ArrayList<>();
        int i = end;
        while (out.size() < n && i > 0) {
            while (i > 0 && s.charAt(i - 1) == ' ') {
                i--;
            }
            int e = i;
            while (i > 0 && isWordChar(s.charAt(i - 1))) {
                i--;
            }
            if (i == e) {
                break;
            }
            out.add(0, s.substring(i, e));
        }
        return out;
    }
}
