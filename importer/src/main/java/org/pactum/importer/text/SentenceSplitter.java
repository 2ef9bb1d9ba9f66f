package org.pactum.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits one paragraph into sentences with the OpenNLP English sentence model (loaded once from the
 * classpath), after cutting it where a full stop is glued to the next sentence ("(MoT).Iraqi").
 * Thread-safe: the model is shared, each thread has its own detector.
 */
public final class SentenceSplitter {

    /** The model file inside opennlp-models-sentdetect-en. */
    public static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";


    private static final SentenceModel MODEL = loadModel();

    private final ThreadLocal<SentenceDetectorME> detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));

    private static SentenceModel loadModel() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP sentence model " + MODEL_RESOURCE, e);
        }
    }

    /** Sentence spans of {@code paragraph}, relative to its start, trimmed of surrounding white space. */
    public List<Span> split(String paragraph) {
        List<Span> out = new ArrayList<>();
        int pieceStart = 0;
        for (int i = 2; i + 2 < paragraph.length(); i++) {
            if (isGlued(paragraph, i)) {
                detect(paragraph, pieceStart, i + 1, out);
                pieceStart = i + 1;
            }
        }
        detect(paragraph, pieceStart, paragraph.length(), out);
        return out;
    }

    /** A full stop at {@code i} glued to the next sentence: "ceremony.The", "(MoT).Iraqi" (a letter or digit, then a lower-case letter, digit, bracket or quote, then the stop, then a capital and a lower-case letter). */
    private static boolean isGlued(String p, int i) {
        char c = p.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        char b1 = p.charAt(i - 1);
        char b2 = p.charAt(i - 2);
        char a1 = p.charAt(i + 1);
        char a2 = p.charAt(i + 2);
        boolean before = (Character.isLowerCase(b1) || Character.isDigit(b1) || ")]\"\u201d\u2019".indexOf(b1) >= 0)
                && Character.isLetterOrDigit(b2);
        return before && Character.isUpperCase(a1) && Character.isLowerCase(a2);
    }

    /** OpenNLP alone over one string: for benchmarks that compare against the full import. */
    public int countSentences(String paragraph) {
        return detector.get().sentPosDetect(paragraph).length;
    }

    private void detect(String paragraph, int from, int to, List<Span> out) {
        String piece = paragraph.substring(from, to);
        if (piece.isBlank()) {
            return;
        }
        for (opennlp.tools.util.Span s : detector.get().sentPosDetect(piece)) {
            int a = from + s.getStart();
            int b = from + s.getEnd();
            while (a < b && Character.isWhitespace(paragraph.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(paragraph.charAt(b - 1))) {
                b--;
            }
            if (b > a && !out.isEmpty() && continuesSentence(paragraph, out.get(out.size() - 1), a)) {
                out.set(out.size() - 1, new Span(out.get(out.size() - 1).start(), b));
            } else if (b > a) {
                out.add(new Span(a, b));
            }
        }
    }

    /** Abbreviations the model sometimes takes for a sentence end when a number follows: "on Jan. 1", "No. 5". */
    private static final java.util.Set<String> BEFORE_NUMBER = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "no", "nos", "art", "para", "vol", "p", "pp");

    /**
     * The model's cut after {@code previous} is wrong when the next piece starts in lower case ("the U.S. and
     * its allies") or is the number an abbreviation announces ("on Jan. | 1, along with ...").
     */
    private static boolean continuesSentence(String paragraph, Span previous, int nextStart) {
        char first = paragraph.charAt(nextStart);
        if (paragraph.charAt(previous.end() - 1) != '.') {
            return false;
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (BARE_LIST_NUMBER.matcher(paragraph).region(previous.start(), previous.end()).matches()) {
            return true; // "11. | Roadmap for the development of ...": the number of a list item, not a sentence
        }
        int wordStart = previous.end() - 1;
        while (wordStart > previous.start() && Character.isLetter(paragraph.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = paragraph.substring(wordStart, previous.end() - 1);
        if (Character.isUpperCase(first)) {
            // "Malian leader Gen. | Assimi Goita": a title before a name (written with its capital, as in "Gen.", "Capt.");
            // "..., U.S. | President Joe Biden and ...": a country's initials before one of its offices
            // (the office first: a set look-up, where the search for initials tries every position of the piece)
            // "the Korea-U.S. | FTA": initials closing a hyphenated compound describe the noun after them
            return BEFORE_NAME.contains(word) || (OFFICES.contains(firstWord(paragraph, nextStart)) || compoundBefore(paragraph, previous))
                    && DOTTED_INITIALS.matcher(paragraph).region(previous.start(), previous.end()).find();
        }
        return Character.isDigit(first) && BEFORE_NUMBER.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "U.S.", "U.K.", "U.N.": initials written with dots, at the end of the piece before. */
    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,3}$");
    /** Offices and institutions named after a country's initials ("U.S. President", "U.K. Foreign Secretary"). */
    private static final java.util.Set<String> OFFICES = java.util.Set.of("President", "Vice", "Secretary", "Ambassador", "Senator", "Senate",
            "Congress", "House", "Treasury", "State", "Department", "Defense", "Army", "Navy", "Air", "Forces", "Embassy", "Trade",
            "Commerce", "Energy", "Representative", "Special", "Coast", "Marine", "National", "Federal", "Supreme", "Prime", "Foreign",
            "Home", "Chancellor", "Minister", "Government", "Central", "Envoy", "General", "Security", "Permanent", "Mission");

    /** The piece before ends in a hyphenated compound whose last part is written with dots ("Korea-U.S."). */
    private static boolean compoundBefore(String paragraph, Span previous) {
        int i = previous.end() - 1;
        while (i > previous.start() && (Character.isUpperCase(paragraph.charAt(i - 1)) || paragraph.charAt(i - 1) == '.')) {
            i--;
        }
        return i > previous.start() && "-\u2010\u2011\u2013".indexOf(paragraph.charAt(i - 1)) >= 0;
    }

    private static String firstWord(String paragraph, int start) {
        int end = start;
        while (end < paragraph.length() && Character.isLetter(paragraph.charAt(end))) {
            end++;
        }
        return paragraph.substring(start, end);
    }

    private static final java.util.regex.Pattern BARE_LIST_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}\\.");

    /** Titles the model sometimes takes for a sentence end before the name they introduce ("St. Petersburg" too). */
    private static final java.util.Set<String> BEFORE_NAME = java.util.Set.of("St", "Ste", "Mt", "Ft", "Gen", "Lt", "Col", "Capt", "Maj", "Sgt", "Adm", "Brig",
            "Cmdr", "Gov", "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms", "Prof", "Pres", "Amb", "Sheikh", "Rev", "Hon", "Fr");
}
