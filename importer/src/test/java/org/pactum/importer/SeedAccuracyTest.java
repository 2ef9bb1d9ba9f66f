package org.pactum.importer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports every article of seeds/ that has expected records in seeds/gold/ and scores the result with the
 * rules of score.py: every kind must reach F1 0.90 over all seeds, and the seed article must be exact.
 */
class SeedAccuracyTest {

    private static final double THRESHOLD = 0.90;
    private static ArticleImporter importer;
    private static Path seeds;

    @BeforeAll
    static void setUp() {
        importer = ArticleImporter.create();
        seeds = Path.of(System.getProperty("pactum.seeds", "../seeds"));
    }

    private record Scored(String stem, Map<String, GoldScorer.Counts> counts, ImportResult result) {
    }

    private static List<Scored> scoreAll() throws IOException, ArticleRejectedException {
        List<Scored> out = new ArrayList<>();
        List<Path> gold;
        try (Stream<Path> files = Files.list(seeds.resolve("gold"))) {
            gold = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : gold) {
            String stem = g.getFileName().toString().replaceFirst("\\.json$", "");
            Path article = seeds.resolve(stem + ".txt");
            if (!Files.exists(article)) {
                continue;
            }
            JsonObject expected = GoldScorer.parse(Files.readString(g, StandardCharsets.UTF_8));
            ImportResult r = importer.importArticle(Files.readString(article, StandardCharsets.UTF_8), ArticleMetadata.ofSource(stem));
            out.add(new Scored(stem, GoldScorer.score(expected, r), r));
        }
        return out;
    }

    @Test
    void everyKindReachesTheThresholdOverAllSeeds() throws Exception {
        List<Scored> scored = scoreAll();
        assertTrue(scored.size() >= 13, "seed articles with gold found in " + seeds.toAbsolutePath() + ": " + scored.size());
        Map<String, GoldScorer.Counts> total = new LinkedHashMap<>();
        for (Scored s : scored) {
            s.counts().forEach((kind, c) -> total.computeIfAbsent(kind, k -> new GoldScorer.Counts()).add(c));
        }
        StringBuilder report = new StringBuilder();
        total.forEach((kind, c) -> report.append(kind).append(": ").append(c).append('\n'));
        System.out.print(report);
        assertAll(total.entrySet().stream().map(e -> () -> assertTrue(e.getValue().f1() >= THRESHOLD,
                e.getKey() + " F1 below " + THRESHOLD + ": " + e.getValue() + "\n" + report)));
    }

    @Test
    void theSeedArticleIsExactAndNamesNoStateFromItsSlips() throws Exception {
        Scored seed = scoreAll().stream().filter(s -> s.stem().startsWith("000_")).findFirst().orElseThrow();
        seed.counts().forEach((kind, c) -> assertEquals(1.0, c.f1(), 1e-9, kind + " of the seed article: " + c));
        String all = seed.result().agreements().toString() + seed.result().memberships() + seed.result().corridors();
        assertFalse(all.contains("AFG"), "AFG appears in the seed's records: " + all);
    }
}
