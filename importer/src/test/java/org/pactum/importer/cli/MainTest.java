package org.pactum.importer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String ARTICLE = "India and Pakistan join the SCO\n- Wire\n- June 9, 2017\n\n"
            + "India and Pakistan joined the Shanghai Cooperation Organisation in 2017.\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ExitCode run(String stdin, String... args) {
        Main main = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return main.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpDocumentsUsageAndExitCodes() {
        assertEquals(ExitCode.OK, run("", "--help"));
        assertTrue(stdout().contains("--format xml|json|jsonl"));
        assertTrue(stdout().contains("Exit codes"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCode.USAGE, run(""));
        assertEquals(ExitCode.USAGE, run("", "--format", "yaml", "x.txt"));
        assertEquals(ExitCode.USAGE, run("", "--published", "yesterday", "x.txt"));
        assertTrue(stderr().contains("--published must be a date"), stderr());
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheOthersImported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
        assertEquals(ExitCode.SOME_REJECTED, run("", dir.toString(), dir.resolve("missing.txt").toString()));
        String e = stderr();
        assertTrue(e.contains("empty.txt: rejected: empty"), e);
        assertTrue(e.contains("binary.txt: rejected: binary"), e);
        assertTrue(e.contains("latin1.txt: rejected: not valid UTF-8"), e);
        assertTrue(e.contains("missing.txt: rejected: no such file"), e);
        assertTrue(e.contains("1 articles read, 4 rejected inputs"), e);
        assertTrue(stdout().contains("\"member\":\"IND\""), stdout());
    }

    @Test
    void readsStandardInputAndWritesXml() {
        assertEquals(ExitCode.OK, run(ARTICLE, "--format", "xml", "-"));
        assertTrue(stdout().contains("urn:pactum:dataset:1"), stdout());
        assertTrue(stdout().contains("PAK"), stdout());
    }

    @Test
    void writesTheOutputFileWholeAndOneFilePerArticle(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path target = dir.resolve("out/all.jsonl");
        Path each = dir.resolve("each");
        assertEquals(ExitCode.OK, run("", "--format", "jsonl", "--out", target.toString(), "--per-file-out", each.toString(), in.toString()));
        assertTrue(Files.readString(target).contains("IND"));
        assertTrue(Files.exists(each.resolve("a.jsonl")));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anUnwritableOutputExitsWithThreeAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertEquals(ExitCode.OUTPUT_FAILED, run("", "--out", blocker.resolve("out.json").toString(), in.toString()));
        assertTrue(stderr().contains("cannot write"), stderr());
        assertFalse(Files.exists(blocker.resolve("out.json")));
    }
    @Test
    void aRuleFailingOnOneArticleRejectsThatArticleAndImportsTheOthers(@TempDir Path dir) throws Exception {
        org.pactum.importer.extract.EntitySource real = org.pactum.importer.extract.ReferenceEntitySource.load();
        org.pactum.importer.extract.EntitySource failing = new org.pactum.importer.extract.EntitySource() {
            @Override
            public java.util.List<org.pactum.importer.extract.Entity> find(CharSequence text) {
                if (text.toString().contains("Boom")) {
                    throw new IllegalStateException("a rule failed");
                }
                return real.find(text);
            }

            @Override
            public java.util.Optional<org.pactum.importer.extract.CorridorInfo> corridor(String code) {
                return real.corridor(code);
            }

            @Override
            public java.util.Optional<org.pactum.importer.extract.InstrumentInfo> instrument(String code) {
                return real.instrument(code);
            }

            @Override
            public java.util.Optional<org.pactum.model.Organization> organization(String code) {
                return real.organization(code);
            }

            @Override
            public java.util.List<String> groupNamedIn(String lower) {
                return real.groupNamedIn(lower);
            }
        };
        Path bad = Files.writeString(dir.resolve("bad.txt"), "Boom\n- Wire\n- June 9, 2017\n\nBoom happened in Astana.\n");
        Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Main main = new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                max -> org.pactum.importer.ArticleImporter.create(max, failing));
        ExitCode code = main.run(new String[] {"--format", "json", bad.toString(), good.toString()});
        assertEquals(ExitCode.SOME_REJECTED, code, stderr());
        assertTrue(stderr().contains("bad.txt: rejected: internal error") && stderr().contains("IllegalStateException: a rule failed"), stderr());
        assertTrue(stdout().contains("\"IND\"") && stdout().contains("SCO"), stdout());
    }
}
