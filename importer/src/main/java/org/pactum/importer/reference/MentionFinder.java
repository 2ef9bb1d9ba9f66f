package org.pactum.importer.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pactum.model.CorridorMode;

/**
 * Finds every known name in a text in one left-to-right pass over its words: at each word it follows the
 * trie of alias word sequences as far as it goes and keeps the longest alias that ends there
 * ("Shanghai Cooperation Organisation", not "Shanghai"). Words of six letters or more may be misspelt by one
 * letter (two from ten letters) inside a name of two or more words, of which at least half match exactly;
 * acronyms and short words never match approximately. Corridor names also report the countries and places
 * they are made of ("China-Kyrgyzstan-Uzbekistan railway"), marked nested.
 */
final class MentionFinder {

    private static final int FUZZY_MIN_LENGTH = 6;
    private static final int MAX_FUZZY_LENGTH = 32;

    private final Vocabulary vocabulary;
    private final AliasTrie trie;
    private final CorridorRoutes routes;
    /** The word id of a comma inside an alias, or -1 when no alias has one. */
    private final int commaId;
    /** The entry of each corridor's canonical name, for corridors recognized by their places. */
    private final Map<String, AliasEntry> corridorNames;
    /**
     * First words (six letters or more, a to z first) of multi-word aliases, by the id of a word that follows them in
     * one, shortest first (then in trie order): a misspelt first word is tried only against names its next word goes on.
     */
    private final int[][] fuzzyFirstWordsBefore;

    private MentionFinder(Vocabulary vocabulary, AliasTrie trie, CorridorRoutes routes,
                          Map<String, AliasEntry> corridorNames) {
        this.vocabulary = vocabulary;
        this.trie = trie;
        this.routes = routes;
        this.corridorNames = corridorNames;
        char[] comma = {','};
        this.commaId = vocabulary.id(comma, 0, 1, Vocabulary.hash(comma, 0, 1));
        int[] words = trie.childWords(AliasTrie.ROOT);
        int[] states = trie.childStates(AliasTrie.ROOT);
        List<List<Integer>> before = new ArrayList<>(vocabulary.size());
        for (int id = 0; id < vocabulary.size(); id++) {
            before.add(new ArrayList<>(0));
        }
        for (int length = FUZZY_MIN_LENGTH; length <= MAX_FUZZY_LENGTH; length++) {
            for (int c = 0; c < words.length; c++) {
                char[] w = vocabulary.word(words[c]);
                if (w.length == length && w[0] >= 'a' && w[0] <= 'z') {
                    for (int next : trie.childWords(states[c])) {
                        before.get(next).add(words[c]);
                    }
                }
            }
        }
        fuzzyFirstWordsBefore = new int[before.size()][];
        for (int id = 0; id < before.size(); id++) {
            fuzzyFirstWordsBefore[id] = before.get(id).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    List<Mention> find(CharSequence text) {
        Tokens tokens = Tokens.of(text, vocabulary);
        List<Mention> out = new ArrayList<>();
        scan(tokens, 0, tokens.count(), false, out);
        return out;
    }

    private void scan(Tokens tokens, int from, int to, boolean nested, List<Mention> out) {
        int i = from;
        while (i < to) {
            Match match = longestAt(tokens, i, to, nested);
            if (match == null) {
                i++;
                continue;
            }
            if (!nested && match.entry.type() == MentionType.PLACE) {
                Match route = placeChainAt(tokens, i, match, to);
                if (route != null) {
                    match = route;
                }
            }
            if (!nested && match.entry.type() == MentionType.CORRIDOR) {
                match = match.extendedTo(CorridorWords.end(tokens, match.endToken, to));
            }
            out.add(match.toMention(tokens, i, nested));
            if (!nested && match.entry.type() == MentionType.CORRIDOR && match.endToken - i > 1) {
                scan(tokens, i, match.endToken, true, out);
            }
            i = match.endToken;
        }
    }

    /**
     * A line named by the places it joins, spelt its own way ("Kars-Öder-Aralık-Dilju railway"): capitalized
     * words joined by dashes, two of them or more known places of one known corridor, followed by a word such
     * as railway or pipeline. Reported as that corridor, approximately.
     */
    private Match placeChainAt(Tokens tokens, int i, Match first, int to) {
        int k = first.endToken;
        if (k >= to || !tokens.dashBefore(k)) {
            return null;
        }
        List<String> places = new ArrayList<>(4);
        places.add(first.entry.code());
        int parts = 1;
        while (k < to && parts < 8 && tokens.dashBefore(k) && tokens.capitalized(k)) {
            Match part = longestAt(tokens, k, to, true);
            if (part != null && part.entry.type() == MentionType.PLACE) {
                places.add(part.entry.code());
                k = part.endToken;
            } else {
                k++;
            }
            parts++;
        }
        int end = CorridorWords.end(tokens, k, to);
        if (places.size() < 2 || end == k) {
            return null;
        }
        CorridorMode mode = CorridorWords.mode(tokens, k, end);
        if (mode == null) {
            // "a fiber-optic communication line along the Serkhetabad-Herat route": the mode said just before
            for (int b = i - 1; b >= Math.max(0, i - 8) && mode == null && !tokens.hardBefore(b + 1); b--) {
                mode = CorridorWords.mode(tokens, b, b + 1);
            }
        }
        return routes.through(places, mode)
                .map(c -> new Match(corridorNames.get(c.name()), end, true, List.of()))
                .orElse(null);
    }

    private Match longestAt(Tokens tokens, int i, int to, boolean nested) {
        int state = AliasTrie.ROOT;
        int fuzzyWords = 0;
        Match best = null;
        for (int k = i; k < to; k++) {
            if (k > i && tokens.hardBefore(k)) {
                // a comma may belong to the name ("United Nations Educational, Scientific and Cultural Organization")
                int afterComma = tokens.commaBefore(k) && commaId >= 0 ? trie.next(state, commaId) : -1;
                if (afterComma < 0) {
                    break;
                }
                state = afterComma;
            }
            int id = tokens.id(k);
            int next = id >= 0 ? trie.next(state, id) : -1;
            if (next < 0 && state != AliasTrie.ROOT && k + 1 < to && tokens.isParenthesizedAcronym(k)) {
                continue; // "Uzbekistan-Afghanistan-Pakistan (UAP) railway" is the name with its acronym inside
            }
            if (next < 0) {
                next = approximateStep(tokens, k, to, state);
                if (next < 0) {
                    break;
                }
                fuzzyWords++;
            }
            state = next;
            AliasEntry[] entries = trie.entries(state);
            int words = k - i + 1;
            if (entries != null && (fuzzyWords == 0 || (words >= 2 && fuzzyWords * 2 <= words))) {
                Match m = choose(entries, tokens, i, k + 1, fuzzyWords > 0, nested);
                if (m != null) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** The state reached by reading word k as a misspelling of a child word of the state, or -1. */
    private int approximateStep(Tokens tokens, int k, int to, int state) {
        int len = tokens.foldedLength(k);
        if (len < FUZZY_MIN_LENGTH) {
            return -1;
        }
        char[] text = tokens.foldedChars();
        int from = tokens.foldStart(k);
        int max = len >= 10 ? 2 : 1;
        if (state == AliasTrie.ROOT) {
            // only a capitalized unknown word directly followed by a known name word may start a misspelt name
            if (tokens.id(k) >= 0 || !tokens.capitalized(k) || k + 1 >= to || tokens.hardBefore(k + 1)
                    || tokens.id(k + 1) < 0) {
                return -1;
            }
            int bestWord = -1;
            int bestDistance = max + 1;
            char firstLetter = text[from];
            if (firstLetter < 'a' || firstLetter > 'z') {
                return -1;
            }
            // the candidate's name must go on with the next word: only the first words listed for it (of equally close
            // ones, the shortest, then the first in trie order, wins)
            int[] candidates = fuzzyFirstWordsBefore[tokens.id(k + 1)];
            for (int w : candidates) {
                char[] word = vocabulary.word(w);
                if (word[0] != firstLetter || word.length < len - max || word.length > len + max) {
                    continue;
                }
                int d = EditDistance.bounded(word, text, from, len, max);
                if (d < bestDistance) {
                    bestDistance = d;
                    bestWord = w;
                }
            }
            return bestWord < 0 ? -1 : trie.next(AliasTrie.ROOT, bestWord);
        }
        int[] words = trie.childWords(state);
        int[] states = trie.childStates(state);
        int bestState = -1;
        int bestDistance = max + 1;
        for (int c = 0; c < words.length; c++) {
            char[] w = vocabulary.word(words[c]);
            // translations misspell the middle of a word, rarely its first letter: a cheap filter
            if (w.length < FUZZY_MIN_LENGTH || Math.abs(w.length - len) > max || w[0] != text[from]) {
                continue;
            }
            int d = EditDistance.bounded(w, text, from, len, max);
            if (d < bestDistance) {
                bestDistance = d;
                bestState = states[c];
            }
        }
        return bestState;
    }

    private static Match choose(AliasEntry[] entries, Tokens tokens, int first, int endToken, boolean fuzzy,
                                boolean nested) {
        AliasEntry best = null;
        int bestScore = Integer.MAX_VALUE;
        int qualifying = 0;
        for (AliasEntry e : entries) {
            if (!qualifies(e, tokens, first, fuzzy, nested)) {
                continue;
            }
            qualifying++;
            int score = e.rank() - (e.exactCase() ? 100_000_000 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> alternatives = List.of();
        if (qualifying > 1) {
            List<String> others = new ArrayList<>();
            for (AliasEntry e : entries) {
                if (e != best && !e.code().equals(best.code()) && !others.contains(e.code())
                        && qualifies(e, tokens, first, fuzzy, nested)) {
                    others.add(e.code());
                }
            }
            alternatives = others;
        }
        return new Match(best, endToken, fuzzy, alternatives);
    }

    /** Whether a word of the span is capitalized: news capitalizes names, and "development road" is not one. */
    private static boolean anyCapitalized(Tokens tokens, int first, int words) {
        for (int t = first; t < first + words && t < tokens.count(); t++) {
            if (tokens.hasUpperCase(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean qualifies(AliasEntry e, Tokens tokens, int first, boolean fuzzy, boolean nested) {
        if (nested && e.type() != MentionType.COUNTRY && e.type() != MentionType.PLACE) {
            return false;
        }
        if (e.capital() && !anyCapitalized(tokens, first, e.surface().length)) {
            return false;
        }
        if (e.exactCase()) {
            if (fuzzy) {
                return false;
            }
            String[] surface = e.surface();
            for (int t = 0; t < surface.length; t++) {
                if (!tokens.surfaceEquals(first + t, surface[t])) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Match(AliasEntry entry, int endToken, boolean fuzzy, List<String> alternatives) {
        Match extendedTo(int end) {
            return end == endToken ? this : new Match(entry, end, fuzzy, alternatives);
        }

        Mention toMention(Tokens tokens, int first, boolean nested) {
            int start = tokens.start(first);
            int end = closingParenthesis(tokens.text(), start, tokens.end(endToken - 1));
            return new Mention(start, end, tokens.text().subSequence(start, end).toString(), entry.type(),
                    entry.code(), entry.name(), entry.country(), entry.form(), fuzzy, nested, alternatives);
        }
    }

    /** The end after a ')' that closes a '(' opened inside the mention ("D-8 (Group of Eight)"). */
    private static int closingParenthesis(CharSequence text, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return open > 0 && end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
    }

    /** Collects aliases while the reference data loads. */
    static final class Builder {
        private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
        private final List<PendingAlias> pending = new ArrayList<>();

        private record PendingAlias(int[] wordIds, AliasEntry entry) {
        }

        /**
         * Adds one alias. A leading {@code =} forces exact-case matching, a leading {@code ?} marks the alias as
         * knowingly shared with other referents; an alias without lower-case letters and of at most six
         * letters and digits ("US", "D-8", "OPEC+") is matched in its exact case.
         */
        void add(String alias, MentionType type, String code, String name, String country, MentionForm form,
                 int rank) {
            boolean exact = false;
            boolean shared = false;
            String text = alias.strip();
            while (text.startsWith("=") || text.startsWith("?")) {
                exact |= text.charAt(0) == '=';
                shared |= text.charAt(0) == '?';
                text = text.substring(1).strip();
            }
            exact |= isAcronym(text);
            Tokens tokens = Tokens.of(text, null);
            // a leading "the" is not part of the name ("The Gambia"), and would hide longer names after it
            int first = tokens.count() > 1 && tokens.folded(0).equals("the") ? 1 : 0;
            if (tokens.count() == first) {
                throw new IllegalArgumentException("alias without letters or digits: '" + alias + "' of " + code);
            }
            List<Integer> idList = new ArrayList<>();
            List<String> surfaceList = new ArrayList<>();
            for (int t = first; t < tokens.count(); t++) {
                if (t > first && tokens.commaBefore(t)) {
                    idList.add(vocabulary.add(","));
                }
                idList.add(vocabulary.add(tokens.folded(t)));
                surfaceList.add(tokens.surface(t));
            }
            int[] ids = idList.stream().mapToInt(Integer::intValue).toArray();
            String[] surface = surfaceList.toArray(new String[0]);
            MentionForm f = exact && (form == MentionForm.NAME || form == MentionForm.ALIAS) ? MentionForm.ACRONYM : form;
            boolean capital = !exact && text.chars().anyMatch(Character::isUpperCase);
            pending.add(new PendingAlias(ids, new AliasEntry(type, code, name, country, f, surface, exact, capital,
                    shared, (shared ? 50_000_000 : 0) + rank)));
        }

        static boolean isAcronym(String text) {
            int letters = 0;
            boolean upper = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetterOrDigit(c)) {
                    letters++;
                    upper |= Character.isUpperCase(c);
                }
            }
            return upper && letters <= 6;
        }

        MentionFinder build(CorridorRoutes routes) {
            AliasTrie.Builder trie = new AliasTrie.Builder();
            Map<String, AliasEntry> corridorNames = new HashMap<>();
            for (PendingAlias p : pending) {
                AliasEntry e = p.entry();
                trie.add(p.wordIds(), e);
                if (e.type() == MentionType.CORRIDOR && e.form() == MentionForm.NAME) {
                    corridorNames.putIfAbsent(e.code(), new AliasEntry(e.type(), e.code(), e.name(), e.country(),
                            MentionForm.ALIAS, e.surface(), false, false, false, e.rank()));
                }
            }
            return new MentionFinder(vocabulary.build(), trie.build(), routes, corridorNames);
        }
    }
}
