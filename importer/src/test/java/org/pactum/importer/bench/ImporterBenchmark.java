package org.pactum.importer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.pactum.importer.ArticleImporter;
import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.ImportResult;
import org.pactum.importer.text.SentenceSplitter;

/**
 * A scripted benchmark (not a test): imports a corpus of N articles made from the seed articles (each copy
 * varied, so every document is new) and prints a Markdown table: articles/s of the full import, of OpenNLP
 * sentence detection alone over the same text, and the heap in use after a GC as the corpus grows.
 *
 * <p>{@code java -cp importer/target/pactum-importer.jar:importer/target/test-classes
 * org.pactum.importer.bench.ImporterBenchmark [articles] [threads] [seeds dir]}
 */
public final class ImporterBenchmark {

    private ImporterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path seeds = Path.of(args.length > 2 ? args[2] : "seeds");
        List<String> base = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                base.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> corpus = new ArrayList<>(n);
        long chars = 0;
        for (int i = 0; i < n; i++) {
            String a = base.get(i % base.size()) + "\nThis copy is number " + i + " of the benchmark corpus.\n";
            corpus.add(a);
            chars += a.length();
        }
        ArticleImporter importer = ArticleImporter.create();
        SentenceSplitter splitter = new SentenceSplitter();

        // warm-up: both paths, so that the JIT has compiled them
        for (int i = 0; i < Math.min(2_000, n); i++) {
            importer.importArticle(corpus.get(i), ArticleMetadata.none());
            sentencesOnly(splitter, corpus.get(i));
        }

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        long sentences = 0;
        for (String a : corpus) {
            sentences += sentencesOnly(splitter, a);
        }
        double splitSeconds = (System.nanoTime() - t0) / 1e9;
        double splitCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;

        List<String> heap = new ArrayList<>();
        AtomicInteger records = new AtomicInteger();
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        long p1 = os.getProcessCpuTime();
        if (threads == 1) {
            int step = Math.max(1, n / 4);
            for (int i = 0; i < n; i++) {
                ImportResult r = importer.importArticle(corpus.get(i), ArticleMetadata.none());
                records.addAndGet(r.recordCount());
                if ((i + 1) % step == 0) {
                    heap.add((i + 1) + ": " + usedHeapMb() + " MB");
                }
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            AtomicInteger next = new AtomicInteger();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        records.addAndGet(importer.importArticle(corpus.get(i), ArticleMetadata.none()).recordCount());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
        }
        double importSeconds = (System.nanoTime() - t1) / 1e9;
        // one thread: its own CPU time (the heap checks' GCs excluded); several: the whole process
        double importCpu = threads == 1 ? (cpu.getCurrentThreadCpuTime() - c1) / 1e9 : (os.getProcessCpuTime() - p1) / 1e9;

        System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB of text, %d sentences; %d records imported%n",
                n, chars / 1e6, sentences, records.get());
        System.out.println("| run | threads | articles | wall s | articles/s | CPU s | articles/CPU-s |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        System.out.printf(Locale.ROOT, "| OpenNLP sentence detection alone | 1 | %d | %.2f | %.0f | %.2f | %.0f |%n", n, splitSeconds,
                n / splitSeconds, splitCpu, n / splitCpu);
        System.out.printf(Locale.ROOT, "| full import | %d | %d | %.2f | %.0f | %.2f | %.0f |%n", threads, n, importSeconds,
                n / importSeconds, importCpu, n / importCpu);
        System.out.printf(Locale.ROOT, "full import / sentence detection (CPU) = %.3f%n", (n / importCpu) / (n / splitCpu));
        if (!heap.isEmpty()) {
            System.out.println("heap in use after GC (articles imported: MB): " + String.join(", ", heap));
        }
    }

    /** What sentence detection alone costs: OpenNLP over every line of the article. */
    private static int sentencesOnly(SentenceSplitter splitter, String article) {
        int count = 0;
        for (String line : article.split("\n")) {
            if (!line.isBlank()) {
                count += splitter.countSentences(line);
            }
        }
        return count;
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }
}
