package org.pactum.model.bench;

import org.pactum.model.io.DatasetFormat;
import org.pactum.model.io.DatasetReader;
import org.pactum.model.io.DatasetReaders;
import org.pactum.model.io.DatasetWriter;
import org.pactum.model.io.DatasetWriters;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads datasets of N records (10% documents, 40% agreements, 20% corridors, 30% memberships) in every
 * format through the streaming writers and readers, and prints records/s and peak heap as a table.
 * Run by {@code bench/model-dataset.sh} (with {@code -Xmx64m}, pinned to one core); not part of the build.
 * Rates are given per wall-clock second and per CPU second of the process: on a shared machine the second is the
 * steadier figure of what one core does.
 *
 * <p>Arguments: record counts (default 100000 1000000); {@code --xsd} also reads XML with XSD validation.
 */
public final class DatasetBenchmark {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    /** CPU time of the whole process (JIT and GC included), so that other load on the machine does not count. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private DatasetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Long> sizes = new ArrayList<>();
        boolean xsd = false;
        for (String arg : args) {
            if (arg.equals("--xsd")) {
                xsd = true;
            } else {
                sizes.add(Long.parseLong(arg.replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100_000L, 1_000_000L);
        }
        Path dir = Files.createTempDirectory("pactum-bench");
        System.out.printf(Locale.ROOT, "Java %s, %s, %d CPU(s), max heap %d MB%n%n", System.getProperty("java.version"),
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| format | records | operation | wall s | records/s | CPU s | records/CPU-s | file MB "
                + "| peak heap MB |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        warmUp(dir);
        for (long size : sizes) {
            for (DatasetFormat format : DatasetFormat.values()) {
                Path file = dir.resolve("dataset-" + size + "." + format.extension());
                run(format, size, "write", file, () -> write(format, size, file));
                run(format, size, "read", file, () -> read(format, size, file, false));
                if (xsd && format == DatasetFormat.XML) {
                    run(format, size, "read + XSD", file, () -> read(format, size, file, true));
                }
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void warmUp(Path dir) throws IOException {
        for (DatasetFormat format : DatasetFormat.values()) {
            Path file = dir.resolve("warm-up." + format.extension());
            write(format, 50_000, file);
            read(format, 50_000, file, false);
            Files.delete(file);
        }
    }

    private static void run(DatasetFormat format, long size, String operation, Path file, Step step)
            throws IOException {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
        long peak = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double megabytes = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %,d | %s | %.2f | %,.0f | %.2f | %,.0f | %.0f | %.1f |%n", format, size,
                operation, seconds, size / seconds, cpuSeconds, size / cpuSeconds, megabytes, peak / 1048576.0);
    }

    static void write(DatasetFormat format, long size, Path file) throws IOException {
        long documents = size / 10;
        long agreements = size * 4 / 10;
        long corridors = size * 2 / 10;
        long memberships = size - documents - agreements - corridors;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             DatasetWriter writer = DatasetWriters.open(format, out)) {
            for (long n = 0; n < documents; n++) {
                writer.write(SyntheticRecords.document(n));
            }
            for (long n = 0; n < agreements; n++) {
                writer.write(SyntheticRecords.agreement(n));
            }
            for (long n = 0; n < corridors; n++) {
                writer.write(SyntheticRecords.corridor(n));
            }
            for (long n = 0; n < memberships; n++) {
                writer.write(SyntheticRecords.membership(n));
            }
        }
    }

    static void read(DatasetFormat format, long size, Path file, boolean xsd) throws IOException {
        long count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DatasetReader reader = DatasetReaders.open(format, in, xsd)) {
            while (reader.hasNext()) {
                reader.next();
                count++;
            }
        }
        if (count != size) {
            throw new IllegalStateException("Read " + count + " records of " + size + " from " + file);
        }
    }
}
