package org.pactum.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pactum.importer.text.SearchPatterns;

/**
 * Every pattern compiled by {@link SearchPatterns#startingWith} finds what its regular expression as written finds:
 * its guard names every character a match starts with, wherever the regular expression matches in the seed articles
 * (as written, lower case and upper case), and a search gives the same matches. A wrong guard would silently drop
 * matches, so this runs over every class of the importer.
 */
class GuardedPatternsTest {

    /** A pattern as compiled, its guard (a character class) and the regular expression as written. */
    private record Guarded(String where, Pattern compiled, Pattern guard, Pattern plain) {
    }

    @Test
    void guardsAdmitEveryCharacterAMatchStartsWith() throws Exception {
        List<Guarded> guarded = guardedPatterns();
        assertTrue(guarded.size() >= 20, "found only " + guarded.size() + " guarded patterns");
        for (Guarded g : guarded) {
            for (String text : seedTexts()) {
                Matcher plain = g.plain().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                for (int p = 0; p < text.length(); p++) {
                    // at the start of the text a "^" alternative may match whatever stands there
                    if (plain.region(p, text.length()).lookingAt() && !(p == 0 && g.compiled().pattern().startsWith("(?:^|"))) {
                        char first = text.charAt(p);
                        assertTrue(g.guard().matcher(String.valueOf(first)).matches(),
                                () -> g.where() + ": a match starts with '" + first + "', which the guard refuses");
                    }
                }
            }
        }
    }

    @Test
    void guardedSearchFindsWhatThePlainSearchFinds() throws Exception {
        for (Guarded g : guardedPatterns()) {
            for (String text : seedTexts()) {
                assertEquals(matches(g.plain(), text), matches(g.compiled(), text), g.where());
            }
        }
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    /** Every static Pattern field of the importer's classes, and the membership cues, that carries a guard. */
    private static List<Guarded> guardedPatterns() throws Exception {
        List<Guarded> out = new ArrayList<>();
        Path classes = Path.of("target/classes");
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> c = Class.forName(name, true, GuardedPatternsTest.class.getClassLoader());
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                    field.setAccessible(true);
                    add(out, name + "." + field.getName(), (Pattern) field.get(null));
                }
            }
        }
        for (MembershipCues.Cue cue : MembershipCues.CUES) {
            add(out, "cue " + cue.status() + "/" + cue.kind(), cue.pattern());
        }
        return out;
    }

    private static void add(List<Guarded> out, String where, Pattern p) {
        String source = SearchPatterns.sourceOf(p);
        if (source == null) {
            return;
        }
        String s = p.pattern();
        String chars = s.substring(s.indexOf("(?=[") + "(?=[".length(), s.indexOf("])"));
        out.add(new Guarded(where, p, Pattern.compile("[" + chars + "]"), Pattern.compile(source, p.flags())));
    }

    private static List<String> texts;

    private static List<String> seedTexts() throws IOException {
        if (texts != null) {
            return texts;
        }
        Path seeds = Path.of(System.getProperty("pactum.seeds", "../seeds"));
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(seeds, seeds.resolve("pending"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            // every article of the development set, every fourth of the pending ones: the guards are a property of the patterns,
            // and a match at every position of ~1,900 articles in three cases took five minutes of the build
            int step = dir.equals(seeds) ? 1 : 4;
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> articles = s.filter(x -> x.toString().endsWith(".txt")).sorted().toList();
                for (Path f : IntStream.range(0, articles.size()).filter(i -> i % step == 0).mapToObj(articles::get).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    out.add(text);
                    out.add(SentenceView.lowerSameLength(text));
                    out.add(text.toUpperCase(Locale.ROOT));
                }
            }
        }
        assertTrue(out.size() > 30, "no seed articles found");
        texts = out;
        return out;
    }
}
