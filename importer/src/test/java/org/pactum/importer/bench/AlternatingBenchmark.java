package org.pactum.importer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A scripted A/B benchmark (not a test): two importer builds in one JVM, on one core, taking turns on the same
 * batches of articles, so that both see the same machine load. On this shared machine the CPU time per article
 * moves by up to 2x within minutes, so separate runs cannot show a 5-10% gain; alternating pairs of batches can.
 *
 * <p>Each build is a self-contained importer jar loaded by its own class loader (parent: the platform loader),
 * so the two builds' classes are separate; the importer is created and called by reflection. The corpus is
 * built as {@link ImporterBenchmark} builds it. Within a pair the order alternates (AB, BA, ...) so that a drift
 * of the load does not favour one build. Prints each build's median articles per CPU-second and the median
 * ratio B/A of the pairs with its 25th-75th percentile.
 *
 * <pre>
 * cp importer/target/pactum-importer.jar /tmp/base.jar    # before changing anything
 * taskset -c 1 java -Xmx512m -cp importer/target/test-classes org.pactum.importer.bench.AlternatingBenchmark \
 *     /tmp/base.jar importer/target/pactum-importer.jar [seeds dir] [pairs] [batch size] [corpus size]
 * </pre>
 *
 * Run with the same jar twice first: the ratio must come out at 1.00 within its spread.
 */
public final class AlternatingBenchmark {

    private AlternatingBenchmark() {
    }

    /** One importer build, in its own class loader. */
    private static final class Build {
        final String name;
        final ClassLoader loader;
        final Object importer;
        final Object metadata;
        final Method importArticle;
        final Method recordCount;

        Build(String name, Path jar) throws Exception {
            this.name = name;
            this.loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                Class<?> importerClass = loader.loadClass("org.pactum.importer.ArticleImporter");
                Class<?> metadataClass = loader.loadClass("org.pactum.importer.ArticleMetadata");
                this.importer = importerClass.getMethod("create").invoke(null);
                this.metadata = metadataClass.getMethod("none").invoke(null);
                this.importArticle = importerClass.getMethod("importArticle", String.class, metadataClass);
                this.recordCount = loader.loadClass("org.pactum.importer.ImportResult").getMethod("recordCount");
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }

        /** Imports the articles; returns the records found (so that no work can be skipped). */
        long run(List<String> articles) throws Exception {
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                long records = 0;
                for (String a : articles) {
                    records += (Integer) recordCount.invoke(importArticle.invoke(importer, a, metadata));
                }
                return records;
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AlternatingBenchmark A.jar B.jar [seeds dir] [pairs] [batch size] [corpus size]");
            System.exit(2);
        }
        Path seeds = Path.of(args.length > 2 ? args[2] : "seeds");
        int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int n = args.length > 5 ? Integer.parseInt(args[5]) : 4_000;
        List<String> corpus = corpus(seeds, n);

        Build a = new Build("A", Path.of(args[0]));
        Build b = new Build("B", Path.of(args[1]));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        // warm-up: both builds over 3,000 articles in turns, so that the JIT has compiled both (on a loaded machine the
        // optimizing compiler takes minutes of wall time to reach the largest methods)
        int warmupBatches = (3_000 + batch - 1) / batch;
        for (int i = 0; i < warmupBatches; i++) {
            List<String> slice = slice(corpus, i, batch);
            a.run(slice);
            b.run(slice);
        }

        double[] rateA = new double[pairs];
        double[] rateB = new double[pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            List<String> slice = slice(corpus, warmupBatches + p, batch);
            boolean aFirst = p % 2 == 0;
            Build first = aFirst ? a : b;
            Build second = aFirst ? b : a;
            long c0 = cpu.getCurrentThreadCpuTime();
            long r1 = first.run(slice);
            long c1 = cpu.getCurrentThreadCpuTime();
            long r2 = second.run(slice);
            long c2 = cpu.getCurrentThreadCpuTime();
            if (r1 != r2) {
                System.out.printf(Locale.ROOT, "note: pair %d: %s found %d records, %s %d%n", p, first.name, r1, second.name, r2);
            }
            double rate1 = slice.size() / ((c1 - c0) / 1e9);
            double rate2 = slice.size() / ((c2 - c1) / 1e9);
            rateA[p] = aFirst ? rate1 : rate2;
            rateB[p] = aFirst ? rate2 : rate1;
            ratio[p] = rateB[p] / rateA[p];
            System.out.printf(Locale.ROOT, "pair %2d: A %6.0f  B %6.0f  B/A %.3f%n", p, rateA[p], rateB[p], ratio[p]);
        }
        System.out.printf(Locale.ROOT, "A %s: median %.0f articles/CPU-s (25-75%%: %.0f-%.0f)%n", args[0],
                percentile(rateA, 50), percentile(rateA, 25), percentile(rateA, 75));
        System.out.printf(Locale.ROOT, "B %s: median %.0f articles/CPU-s (25-75%%: %.0f-%.0f)%n", args[1],
                percentile(rateB, 50), percentile(rateB, 25), percentile(rateB, 75));
        System.out.printf(Locale.ROOT, "B/A: median %.3f (25-75%%: %.3f-%.3f) over %d pairs of %d articles%n",
                percentile(ratio, 50), percentile(ratio, 25), percentile(ratio, 75), pairs, batch);
    }

    /** The corpus {@link ImporterBenchmark} builds: the seed articles, each copy varied by a closing sentence. */
    static List<String> corpus(Path seeds, int n) throws Exception {
        List<String> base = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                base.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> corpus = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            corpus.add(base.get(i % base.size()) + "\nThis copy is number " + i + " of the benchmark corpus.\n");
        }
        return corpus;
    }

    /** The i-th batch, wrapping around the corpus. */
    private static List<String> slice(List<String> corpus, int i, int batch) {
        List<String> out = new ArrayList<>(batch);
        for (int k = 0; k < batch; k++) {
            out.add(corpus.get((i * batch + k) % corpus.size()));
        }
        return out;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = (sorted.length - 1) * p / 100.0;
        int lo = (int) Math.floor(at);
        int hi = (int) Math.ceil(at);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
    }
}
