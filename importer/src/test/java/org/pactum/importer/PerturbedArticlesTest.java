package org.pactum.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every article of seeds/ and seeds/pending/, damaged the ways copied web text is damaged (lines shuffled, case
 * lost, punctuation lost, paragraphs joined, cut in the middle of a sentence, spacing doubled), imports without an
 * exception: an article the rules read badly must still yield records or nothing, never stop the import. (A blind
 * batch once found an IndexOutOfBoundsException on overlapping instrument names.)
 */
class PerturbedArticlesTest {

    private static final List<UnaryOperator<String>> DAMAGE = List.of(
            text -> {
                List<String> lines = new ArrayList<>(List.of(text.split("\n")));
                Collections.shuffle(lines, new Random(text.length()));
                return String.join("\n", lines);
            },
            text -> text.toLowerCase(Locale.ROOT),
            text -> text.replaceAll("[,.;:]", ""),
            text -> text.replace('\n', ' '),
            text -> text.substring(text.length() / 3, 2 * text.length() / 3),
            text -> text.replace(" ", "  ").replace(", ", " , "));

    @Test
    void damagedArticlesImportWithoutAnException() throws IOException {
        ArticleImporter importer = ArticleImporter.create();
        List<String> failures = new ArrayList<>();
        int imported = 0;
        for (Path dir : List.of(Path.of("..", "seeds"), Path.of("..", "seeds", "pending"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    for (int d = 0; d < DAMAGE.size(); d++) {
                        try {
                            importer.importArticle(DAMAGE.get(d).apply(text), ArticleMetadata.none());
                            imported++;
                        } catch (ArticleRejectedException e) {
                            imported++; // a clear refusal is an answer too
                        } catch (RuntimeException e) {
                            failures.add(p.getFileName() + " damage " + d + ": " + e);
                        }
                    }
                }
            }
        }
        assertTrue(imported >= 300, "damaged articles imported: " + imported);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
