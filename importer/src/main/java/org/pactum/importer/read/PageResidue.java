package org.pactum.importer.read;

import java.util.regex.Pattern;

/** Recognizes lines that are part of the web page, not of the article: reading time, comments, share bars. */
final class PageResidue {

    private static final Pattern READING_TIME = Pattern.compile("(?i)\\d+\\s*(?:min|mins|minutes?)\\.?\\s+read");
    private static final Pattern PAGE_CHROME = Pattern.compile("(?i)(?:\\d+\\s+)?comments?|leave a (?:comment|reply)"
            + "|share(?: this)?(?: article| story| post| page)?(?: on \\w+)?:?|tweet|print|e-?mail|whatsapp|facebook|telegram"
            + "|subscribe\\b.*|sign up\\b.*|follow us\\b.*|read (?:more|also)\\b.*|related(?: articles| stories| news| posts)?:?"
            + "|related:.*|also read:.*|read also:.*|see also:.*|advertisement|sponsored|source:.*|photo:.*|image:.*|tags?:.*|listen to (?:this )?article.*|click here\\b.*"
            + "|all rights reserved.*|copyright\\b.*|\u00a9.*");
    private static final Pattern HANDLE = Pattern.compile("\\(?@\\w{2,}\\)?");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}.]+(?:\\s+[\\p{L}.]+)?:");
    /** "Among them:", "These include:": a label that opens the list of what the sentence before told, not a page element. */
    private static final Pattern LIST_OPENER = Pattern.compile("(?i)(?:among them|among these|among others|these include|they include|including"
            + "|namely|in particular|notably|such as):");
    /** "01 Azerbaijan-US Relations: From Crisis to Opportunity", "2. Background" */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** (a numbered line ending with ";" or "," is an item of a list, "4. Protocol on ...;", not a heading) */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,2}[.)]?\\s+\\p{Lu}[^.!?]*[^.!?;,\"\u201d]");

    private PageResidue() {
    }

    static boolean isResidue(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        if (t.length() > 160) {
            return false; // a paragraph, not a page element (the patterns below all describe short lines)
        }
        return READING_TIME.matcher(t).matches() || PAGE_CHROME.matcher(t).matches() || HANDLE.matcher(t).matches()
                || LABEL.matcher(t).matches() && !LIST_OPENER.matcher(t).matches();
    }

    static boolean isReadingTime(String line) {
        return READING_TIME.matcher(line.strip()).matches();
    }

    static boolean isHeading(String line) {
        String t = line.strip();
        return !t.isEmpty() && Character.isDigit(t.charAt(0)) && t.length() < 200 && NUMBERED_HEADING.matcher(t).matches()
                && SPACES.split(t).length <= 20;
    }
}
