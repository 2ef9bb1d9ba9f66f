package org.pactum.importer.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pactum.importer.text.Sentence;

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
        String acronym = NOT_LETTER_OR_DIGIT.matcher(text.substring(e.start(), e.end())).replaceAll("");
        String[] words = WORD_SEPARATORS.split(text.substring(0, open).strip());
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

    /** "the Central European Free Trade Agreement (CEFTA)", "the Alliance of Sahel States (AES)": a name, its acronym in parentheses. */
    private static final Pattern DEFINITION = Pattern.compile("((?:\\p{Lu}[\\p{L}-]*\\s+(?:(?:of|for|and|the|on|in)\\s+)*){1,8})\\((\\p{Lu}{2,6})\\)");
    private static final Pattern ORG_HEAD = Pattern.compile("(?:Alliance|Union|Agreement|Organi[sz]ation|Community|Council|Association|Bank"
            + "|Forum|Group|Partnership|Cooperation|Conference|Confederation|Federation|States|Area|Zone|Pact|Fund|Commission|League|Bloc)");

    /**
     * Organizations the reference data lacks but the article defines with an acronym: acronym -> full name. Only
     * names whose initials spell the acronym and whose last word names a body ("Agreement", "Alliance", "Union" ...).
     */
    static Map<String, String> organizations(List<Sentence> sentences, EntitySource source) {
        return defined(sentences, source, true);
    }

    /**
     * Instruments the article names by an acronym it defines: "the Reciprocal Access Agreement (RAA)", then "the
     * Japan-Australia RAA". Acronym -> full name.
     */
    static Map<String, String> instruments(List<Sentence> sentences, EntitySource source) {
        return defined(sentences, source, false);
    }

    private static Map<String, String> defined(List<Sentence> sentences, EntitySource source, boolean bodies) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            String text = s.text();
            if (text.indexOf('(') < 0) {
                continue;
            }
            Matcher m = DEFINITION.matcher(text);
            while (m.find()) {
                String acronym = m.group(2);
                String[] words = SPACES.split(m.group(1).strip());
                StringBuilder initials = new StringBuilder();
                List<String> kept = new ArrayList<>();
                for (String w : words) {
                    if (Character.isUpperCase(w.charAt(0))) {
                        initials.append(w.charAt(0));
                        kept.add(w);
                    }
                }
                // the name is the last words whose initials spell the acronym ("... member of the Central European ...")
                String init = initials.toString();
                String head = words[words.length - 1];
                // "Treaty of Amity and Cooperation in Southeast Asia (TAC)": an instrument's initials before its qualifier
                boolean headFirst = !bodies && !init.endsWith(acronym) && init.startsWith(acronym) && INSTRUMENT_HEAD.matcher(words[0]).matches();
                if (!init.endsWith(acronym) && !headFirst || out.containsKey(acronym)) {
                    continue;
                }
                // "Reciprocal Access Agreement (RAA)": an instrument; "member of the ... Agreement (CEFTA)": a body
                boolean instrument = (headFirst || INSTRUMENT_HEAD.matcher(head).matches()) && !hasMembers(sentences, text.substring(m.start(), m.end()));
                if (bodies ? !ORG_HEAD.matcher(head).matches() || instrument : !instrument) {
                    continue;
                }
                if (bodies && NATIONAL_BEFORE.matcher(text.substring(0, m.start(1) + m.group(1).indexOf(kept.get(Math.max(0, kept.size() - acronym.length()))))).find()) {
                    continue; // "Iran's Port and Maritime Organisation (PMO)": a state's own body, no international organization
                }
                int first = headFirst ? 0 : kept.size() - acronym.length();
                String name = String.join(" ", List.of(words).subList(List.of(words).indexOf(kept.get(first)), words.length));
                if (bodies && name.startsWith("National ")) {
                    continue; // "the Office of the National Economic and Social Development Council (NESDC)": a state's own body
                }
                boolean known = source.find(acronym).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION || e.type() == EntityType.COUNTRY)
                        || source.find(name).stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.end() - e.start() >= name.length() - 1);
                if (!known) {
                    out.put(acronym, name);
                }
            }
        }
        return out;
    }

    private static final Pattern NATIONAL_BEFORE = Pattern.compile("(?:'s|\u2019s)\\s+$");
    private static final Pattern INSTRUMENT_HEAD = Pattern.compile("Agreement|Pact|Treaty|Accord|Protocol|Charter|Convention|Memorandum");
    private static final Pattern MEMBERS_BEFORE = Pattern.compile("(?i)\\b(?:members?|joined|join|accession to|membership (?:of|in))\\s+(?:of\\s+)?(?:the\\s+)?$");

    /** An agreement's name is a body's when the article speaks of its members: "a member of the Central European Free Trade Agreement". */
    private static boolean hasMembers(List<Sentence> sentences, String definition) {
        for (Sentence s : sentences) {
            int at = s.text().indexOf(definition);
            if (at >= 0 && MEMBERS_BEFORE.matcher(s.text().substring(Math.max(0, at - 40), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The entities of one sentence with the article's own organizations added where nothing else was found. */
    static List<Entity> withOrganizations(String text, List<Entity> found, Map<String, String> local) {
        List<Entity> out = new ArrayList<>(found);
        for (Map.Entry<String, String> e : local.entrySet()) {
            for (String form : List.of(e.getValue(), e.getKey())) {
                int from = 0;
                int i;
                while ((i = text.indexOf(form, from)) >= 0) {
                    int end = i + form.length();
                    from = end;
                    boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                    int start = i;
                    boolean free = out.stream().noneMatch(x -> x.type() != EntityType.INSTRUMENT && x.start() < end && start < x.end());
                    if (word && free) {
                        out.add(new Entity(start, end, EntityType.ORGANIZATION, e.getKey(), e.getValue(),
                                form.equals(e.getKey()) ? EntityForm.ACRONYM : EntityForm.NAME));
                    }
                }
            }
        }
        return out;
    }

    /** The entities of one sentence with the article's own instrument acronyms added ("the Japan-Australia RAA"). */
    static List<Entity> withInstruments(String text, List<Entity> found, Map<String, String> local) {
        List<Entity> out = new ArrayList<>(found);
        for (Map.Entry<String, String> e : local.entrySet()) {
            String acronym = e.getKey();
            for (int i = text.indexOf(acronym); i >= 0; i = text.indexOf(acronym, i + 1)) {
                int start = i;
                int end = i + acronym.length();
                boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean definition = i > 0 && text.charAt(i - 1) == '('; // the "(RAA)" after the name itself
                boolean free = out.stream().noneMatch(x -> x.start() < end && start < x.end());
                if (word && !definition && free) {
                    out.add(new Entity(start, end, EntityType.INSTRUMENT, acronym, e.getValue(), EntityForm.ACRONYM));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    // compiled once (fold runs on every alias compared)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\d]");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-\u2010-\u2015]+");
    private static final Pattern NOT_ASCII_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return NOT_ASCII_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        }
        String n = MARKS.matcher(Normalizer.normalize(s.replace('ı', 'i'), Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ASCII_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
