package org.pactum.importer.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pactum.model.Organization;

/**
 * An acronym the article defines itself ("Turkmenistan-Afghanistan-Pakistan (TAP) power line") means
 * what the article says, not what the reference data means by it (TAP, the Trans Adriatic Pipeline).
 */
final class LocalAcronyms {

    private LocalAcronyms() {
    }

    /** True when {@code e}, an acronym in parentheses, is defined by the words before it as something else. */
    static boolean redefined(String text, Entity e, EntitySource source) {
        int open = text.lastIndexOf('(', e.start());
        if (open < 0 || !text.substring(open + 1, e.start()).isBlank()
                || !text.substring(e.end()).stripLeading().startsWith(")")) {
            return false;
        }
        String acronym = text.substring(e.start(), e.end()).replaceAll("[^\\p{L}\\d]", "");
        String[] words = text.substring(0, open).strip().split("[\\s\\-\u2010-\u2015]+");
        List<String> phrase = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - 1; i >= 0 && initials.length() < acronym.length(); i--) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                if (w.equals("of") || w.equals("and") || w.equals("for") || w.equals("the")) {
                    continue;
                }
                return false;
            }
            initials.insert(0, w.charAt(0));
            phrase.add(0, w);
        }
        if (!initials.toString().equalsIgnoreCase(acronym)) {
            return false;
        }
        String defined = fold(String.join(" ", phrase));
        for (String name : namesOf(e, source)) {
            if (fold(name).contains(defined)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> namesOf(Entity e, EntitySource source) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        if (e.type() == EntityType.CORRIDOR) {
            source.corridor(e.code()).ifPresent(c -> {
                names.add(c.name());
                names.addAll(c.aliases());
            });
        } else if (e.type() == EntityType.ORGANIZATION) {
            source.organization(e.code()).ifPresent((Organization o) -> {
                names.add(o.getName());
                names.addAll(o.getAliases());
            });
        }
        return names;
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        }
        String n = Normalizer.normalize(s.replace('ı', 'i'), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
