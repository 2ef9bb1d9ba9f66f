package org.pactum.importer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pactum.importer.ArticleImporter;
import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.extract.EntitySource;
import org.pactum.importer.extract.Extraction;
import org.pactum.importer.extract.ReferenceEntitySource;
import org.pactum.importer.read.Article;
import org.pactum.importer.read.ArticleReader;
import org.pactum.importer.text.Segmenter;
import org.pactum.importer.text.Sentence;
import org.pactum.importer.text.SentenceSplitter;

/** Developer aid: where an import's time goes, phase by phase (cumulative). */
public final class PhaseTimer {

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private PhaseTimer() {
    }

    public static void main(String[] args) throws Exception {
        List<String> corpus = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                corpus.add(Files.readString(p));
            }
        }
        ArticleReader reader = new ArticleReader();
        Segmenter seg = new Segmenter(new SentenceSplitter());
        EntitySource ref = ReferenceEntitySource.load();
        Extraction ex = new Extraction(ref);
        ArticleImporter imp = ArticleImporter.create();
        int rounds = Integer.parseInt(args.length > 0 ? args[0] : "100");
        for (int phase = 0; phase < 2; phase++) {
            long[] t = new long[5];
            for (int r = 0; r < rounds; r++) {
                for (String a : corpus) {
                    long s0 = CPU.getCurrentThreadCpuTime();
                    Article art = reader.read(a, null);
                    long s1 = CPU.getCurrentThreadCpuTime();
                    List<Sentence> ss = seg.sentences(a, art.blocks());
                    long s2 = CPU.getCurrentThreadCpuTime();
                    for (Sentence s : ss) {
                        ref.find(s.text());
                    }
                    long s3 = CPU.getCurrentThreadCpuTime();
                    ex.run(art, "x", ss);
                    long s4 = CPU.getCurrentThreadCpuTime();
                    imp.importArticle(a, ArticleMetadata.none());
                    long s5 = CPU.getCurrentThreadCpuTime();
                    t[0] += s1 - s0;
                    t[1] += s2 - s1;
                    t[2] += s3 - s2;
                    t[3] += s4 - s3;
                    t[4] += s5 - s4;
                }
            }
            int n = rounds * corpus.size();
            System.out.printf("CPU per article (us): read %.0f, segment %.0f, gazetteer %.0f, extraction(incl. gazetteer) %.0f, full import %.0f%n",
                    t[0] / 1e3 / n, t[1] / 1e3 / n, t[2] / 1e3 / n, t[3] / 1e3 / n, t[4] / 1e3 / n);
        }
    }
}
