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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pactum.importer.text.Regions;

/**
 * Every pattern compiled by {@link Regions#startingWith} names all the characters its matches can start with:
 * wherever the unguarded pattern matches in the seed articles (as written, lower case and upper case), the guard
 * lets it through. A wrong guard would silently drop matches, so this runs over every class of the importer.
 */
class GuardedPatternsTest {

    /** A guarded pattern as compiled, its guard (a character class) and the pattern without the guard. */
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
                    if (plain.region(p, text.length()).lookingAt()) {
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
        String s = p.pattern();
        if (!s.startsWith(Regions.GUARD_OPEN)) {
            return;
        }
        int close = s.indexOf(Regions.GUARD_CLOSE);
        String chars = s.substring(Regions.GUARD_OPEN.length(), close);
        String regex = s.substring(close + Regions.GUARD_CLOSE.length(), s.length() - 1);
        out.add(new Guarded(where, p, Pattern.compile("[" + chars + "]"), Pattern.compile(regex, p.flags())));
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
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
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
