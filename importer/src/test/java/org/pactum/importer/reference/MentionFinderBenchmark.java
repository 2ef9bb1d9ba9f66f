package org.pactum.importer.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of {@link ReferenceData#find} on the seed articles, sentence by sentence, on one thread (a benchmark,
 * not a test). Run after {@code mvn -pl importer -am install}:
 * {@code java -cp importer/target/classes:importer/target/test-classes:model/target/classes
 * org.pactum.importer.reference.MentionFinderBenchmark seeds 20 [THREADS]}; with threads, the rate is over wall time.
 */
public final class MentionFinderBenchmark {

    private MentionFinderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long loadCpu = cpu.getCurrentThreadCpuTime();
        ReferenceData data = ReferenceData.load();
        System.out.printf("load: %.1f ms (%.1f ms of CPU)%n", (System.nanoTime() - start) / 1e6,
                (cpu.getCurrentThreadCpuTime() - loadCpu) / 1e6);
        List<String> sentences = new ArrayList<>();
        long words = 0;
        long chars = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    // a crude split: the benchmark measures the finder, not sentence detection
                    for (String s : line.split("(?<=[.!?])\\s+")) {
                        if (!s.isBlank()) {
                            sentences.add(s);
                            words += s.split("\\s+").length;
                            chars += s.length();
                        }
                    }
                }
            }
        }
        System.out.printf("corpus: %d sentences, %d words, %d chars%n", sentences.size(), words, chars);
        long mentions = 0;
        for (int warm = 0; warm < 2000; warm++) {
            for (String s : sentences) {
                mentions += data.find(s).size();
            }
        }
        // CPU time of this thread, not wall time: the machine is shared, and the rate per core is what counts
        long rounds = 0;
        long t0 = System.nanoTime();
        long cpu0 = cpu.getCurrentThreadCpuTime();
        long deadline = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (String s : sentences) {
                mentions += data.find(s).size();
            }
            rounds++;
        }
        double elapsed = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("%.1f s of CPU in %.1f s%n", elapsed, (System.nanoTime() - t0) / 1e9);
        report(rounds * sentences.size() / elapsed, rounds * words / elapsed, mentions);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (threads > 0) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            long w0 = System.nanoTime();
            List<java.util.concurrent.Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    long r = 0;
                    while (System.nanoTime() < w0 + (long) (seconds * 1e9)) {
                        for (String s : sentences) {
                            data.find(s);
                        }
                        r++;
                    }
                    return r;
                }));
            }
            long total = 0;
            for (var f : done) {
                try {
                    total += f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            pool.shutdown();
            double wall = (System.nanoTime() - w0) / 1e9;
            System.out.printf("%d threads, wall time: ", threads);
            report(total * sentences.size() / wall, total * words / wall, 0);
        }
    }

    private static void report(double sentencesPerSecond, double wordsPerSecond, long mentions) {
        System.out.printf("%.0f sentences/s, %.1f M words/s, %.0f articles/s of 1,500 words (%d mentions seen)%n",
                sentencesPerSecond, wordsPerSecond / 1e6, wordsPerSecond / 1500, mentions);
    }
}
