package org.pactum.importer.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pactum.importer.read.InputGuard;
import org.pactum.model.io.DatasetFormat;

/** Parsed command line. */
record Options(DatasetFormat format, Path out, Path perFileOut, LocalDate published, long maxBytes, boolean quiet,
        boolean help, List<String> inputs) {

    static final String USAGE = """
            Usage: java -jar pactum-importer.jar [options] PATH...

            Reads news articles (UTF-8 text: a headline, "- outlet", "- date" lines, a blank line, one paragraph
            per line; or plain paragraphs) and writes the agreements, corridors and memberships they state as one
            Pactum dataset, each record citing its sentences.

            PATH is a file, a directory (its *.txt files, recursively; hidden ones skipped) or - for standard input.

            Options:
              --format xml|json|jsonl   output format (default json)
              --out FILE                write the dataset to FILE (whole or not at all) instead of standard output
              --per-file-out DIR        also write one dataset per article to DIR/<article name>.<format>
              --published YYYY-MM-DD    publication date for articles whose date line lacks it (or its year)
              --max-bytes N             refuse articles larger than N bytes (default %d)
              --quiet                   no progress bar and no summary line
              --help                    this text

            Standard error gets one line per rejected input (file and reason), a progress bar when several
            files are read and it is a terminal, and a summary line at the end.

            Exit codes:
              0  every input imported, output written
              1  output written, but some inputs were rejected (empty, binary, not UTF-8, too large, unreadable)
              2  usage error (bad option or value, no PATH): nothing done
              3  the output could not be written (an --out file is left unchanged)
            """.formatted(InputGuard.DEFAULT_MAX_BYTES);

    static Options parse(String[] args) throws UsageException {
        DatasetFormat format = DatasetFormat.JSON;
        Path out = null;
        Path perFile = null;
        LocalDate published = null;
        long maxBytes = InputGuard.DEFAULT_MAX_BYTES;
        boolean quiet = false;
        boolean help = false;
        List<String> inputs = new ArrayList<>();
        boolean onlyPaths = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyPaths || a.equals("-") || !a.startsWith("-")) {
                inputs.add(a);
                continue;
            }
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--" -> onlyPaths = true;
                case "--help", "-h" -> help = true;
                case "--quiet", "-q" -> quiet = true;
                case "--format" -> {
                    String v = value != null ? value : next(args, ++i, a);
                    try {
                        format = DatasetFormat.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--format must be xml, json or jsonl, not '" + v + "'");
                    }
                }
                case "--out" -> out = Path.of(value != null ? value : next(args, ++i, a));
                case "--per-file-out" -> perFile = Path.of(value != null ? value : next(args, ++i, a));
                case "--published" -> {
                    String v = value != null ? value : next(args, ++i, a);
                    try {
                        published = LocalDate.parse(v);
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--published must be a date YYYY-MM-DD, not '" + v + "'");
                    }
                }
                case "--max-bytes" -> {
                    String v = value != null ? value : next(args, ++i, a);
                    try {
                        maxBytes = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        maxBytes = -1;
                    }
                    if (maxBytes <= 0) {
                        throw new UsageException("--max-bytes must be a positive number of bytes, not '" + v + "'");
                    }
                }
                default -> throw new UsageException("unknown option " + a);
            }
        }
        if (!help && inputs.isEmpty()) {
            throw new UsageException("no PATH given");
        }
        return new Options(format, out, perFile, published, maxBytes, quiet, help, List.copyOf(inputs));
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
