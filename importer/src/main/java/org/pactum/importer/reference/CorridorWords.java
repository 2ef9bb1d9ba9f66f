package org.pactum.importer.reference;

import java.util.Set;

import org.pactum.model.CorridorMode;

/** The words that say a name is a line and what kind: "gas pipeline", "railway line", "power transmission line". */
final class CorridorWords {

    /** Words that may follow a corridor's name and belong to it ("Power of Siberia-2 gas pipeline"). */
    private static final Set<String> HEADS = Set.of("corridor", "railway", "railroad", "rail", "line", "pipeline",
            "project", "route", "link", "highway", "road", "cable");
    /** Words that belong to a corridor's name only before one of {@link #HEADS} ("gas pipeline"). */
    private static final Set<String> QUALIFIERS = Set.of("gas", "oil", "power", "transmission", "transport",
            "railway", "rail", "transit", "fiber", "fibre", "optic", "communication", "electricity", "submarine",
            "natural");

    private CorridorWords() {
    }

    /** The end (exclusive word index) of the line words from {@code from}, at most five; {@code from} if none. */
    static int end(Tokens tokens, int from, int to) {
        int k = from;
        int accepted = from;
        while (k < to && k - from < 5 && !tokens.hardBefore(k)) {
            String w = tokens.folded(k);
            if (HEADS.contains(w)) {
                accepted = k + 1;
            } else if (!QUALIFIERS.contains(w)) {
                break;
            }
            k++;
        }
        return accepted;
    }

    /** The mode the words [from, to) name, or null ("route", "corridor" and "line" name none). */
    static CorridorMode mode(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            switch (tokens.folded(k)) {
                case "railway", "railroad", "rail" -> {
                    return CorridorMode.RAIL;
                }
                case "pipeline", "gas", "oil" -> {
                    return CorridorMode.PIPELINE;
                }
                case "road", "highway" -> {
                    return CorridorMode.ROAD;
                }
                case "power", "transmission", "electricity", "cable" -> {
                    return CorridorMode.POWER;
                }
                case "fiber", "fibre", "optic", "optical", "telecommunication", "internet", "digital" -> {
                    return CorridorMode.DIGITAL;
                }
                default -> {
                }
            }
        }
        return null;
    }
}
