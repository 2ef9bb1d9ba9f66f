package org.pactum.importer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pactum.importer.ArticleImporter;
import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.ArticleRejectedException;
import org.pactum.importer.ImportResult;
import org.pactum.importer.RecordRejection;
import org.pactum.model.io.DatasetFormat;
import org.pactum.model.io.DatasetWriter;
import org.pactum.model.io.DatasetWriters;

/** {@code java -jar pactum-importer.jar [options] PATH...}: see {@link Options#USAGE}. */
public final class Main {

    private static final String NAME = "pactum-importer";
    /** Hibernate Validator announces its version on java.util.logging: not for a command line's standard error. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final boolean terminal;
    /** The importer for a size limit (tests give one whose rules fail on purpose). */
    private final java.util.function.LongFunction<ArticleImporter> importers;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal) {
        this(stdin, stdout, stderr, terminal, ArticleImporter::create);
    }

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal,
            java.util.function.LongFunction<ArticleImporter> importers) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.terminal = terminal;
        this.importers = importers;
    }

    public static void main(String[] args) {
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = new Main(System.in, System.out, err, System.console() != null).run(args).code();
        System.out.flush();
        System.exit(code);
    }

    ExitCode run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            stderr.println(NAME + ": " + e.getMessage() + " (try --help)");
            return ExitCode.USAGE;
        }
        if (options.help()) {
            stdout.print(Options.USAGE);
            stdout.flush();
            return ExitCode.OK;
        }
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(options.inputs(), problems);
        problems.forEach(p -> stderr.println(NAME + ": " + p));
        int rejected = problems.size();

        ArticleImporter importer = importers.apply(options.maxBytes());
        Collected all = new Collected();
        ProgressBar bar = new ProgressBar(stderr, inputs.size(), terminal && !options.quiet());
        int read = 0;
        int failedRecords = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Inputs.Input in = inputs.get(i);
            bar.update(i, in.name());
            try {
                byte[] bytes = read(in, options.maxBytes());
                ImportResult r = importer.importArticle(bytes,
                        new ArticleMetadata(options.published(), null, in.stdin() ? "stdin" : in.path().getFileName().toString()));
                read++;
                for (RecordRejection x : r.rejections()) {
                    bar.finish();
                    stderr.println(NAME + ": " + in.name() + ": " + x.recordKind() + " not written: " + x.rule() + ": " + x.message());
                    failedRecords++;
                }
                all.add(r);
                if (options.perFileOut() != null) {
                    Path target = options.perFileOut().resolve(stem(in) + "." + extension(options.format()));
                    AtomicFile.write(target, out -> writeDataset(options.format(), out, w -> Collected.write(r, w)));
                }
            } catch (ArticleRejectedException e) {
                bar.finish();
                stderr.println(NAME + ": " + in.name() + ": rejected: " + e.getMessage());
                rejected++;
            } catch (IOException | UncheckedIOException e) {
                bar.finish();
                if (options.perFileOut() != null && !(e instanceof NoSuchFileException) && read > 0
                        && e.getMessage() != null && e.getMessage().contains(options.perFileOut().toString())) {
                    stderr.println(NAME + ": cannot write " + options.perFileOut() + ": " + e.getMessage());
                    return ExitCode.OUTPUT_FAILED;
                }
                stderr.println(NAME + ": " + in.name() + ": rejected: unreadable (" + describe(e) + ")");
                rejected++;
            } catch (RuntimeException e) {
                // a defect in a rule must cost this article only, not the run: say where, import the others
                bar.finish();
                StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
                stderr.println(NAME + ": " + in.name() + ": rejected: internal error, please report it with the article ("
                        + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "")
                        + (at != null ? " at " + at.getClassName() + "." + at.getMethodName() + ":" + at.getLineNumber() : "") + ")");
                rejected++;
            }
        }
        bar.update(inputs.size(), "");
        bar.finish();

        try {
            if (options.out() != null) {
                AtomicFile.write(options.out(), out -> writeDataset(options.format(), out, all::writeTo));
            } else {
                writeDataset(options.format(), new NonClosing(stdout), all::writeTo);
                stdout.flush();
                if (stdout.checkError()) {
                    throw new IOException("standard output closed");
                }
            }
        } catch (IOException | RuntimeException e) {
            stderr.println(NAME + ": cannot write " + (options.out() != null ? options.out() : "standard output") + ": " + describe(e));
            return ExitCode.OUTPUT_FAILED;
        }
        if (!options.quiet()) {
            List<Integer> c = all.counts();
            stderr.printf(Locale.ROOT, "%s: %d articles read, %d rejected inputs: %d agreements, %d corridors, %d memberships,"
                    + " %d organizations; %d records failed validation%n", NAME, read, rejected, c.get(1), c.get(2), c.get(3),
                    c.get(4), failedRecords);
        }
        return rejected > 0 ? ExitCode.SOME_REJECTED : ExitCode.OK;
    }

    private byte[] read(Inputs.Input in, long maxBytes) throws IOException, ArticleRejectedException {
        if (in.stdin()) {
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes;
        }
        if (!Files.isRegularFile(in.path())) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.UNREADABLE,
                    Files.exists(in.path()) ? "not a regular file" : "no such file");
        }
        long size = Files.size(in.path());
        if (size > maxBytes) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.TOO_LARGE,
                    "too large (" + size + " bytes, limit " + maxBytes + ")");
        }
        return Files.readAllBytes(in.path());
    }

    private interface Body {
        void write(DatasetWriter w);
    }

    private static void writeDataset(DatasetFormat format, OutputStream out, Body body) {
        try (DatasetWriter w = DatasetWriters.open(format, out)) {
            body.write(w);
        }
    }

    private static String stem(Inputs.Input in) {
        if (in.stdin()) {
            return "stdin";
        }
        String name = in.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(DatasetFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** Standard output stays open after the dataset writer closes its stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
