package org.pactum.importer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the PATH arguments: files as given, directories recursively in name order (their *.txt files, hidden
 * ones skipped), "-" for standard input.
 */
final class Inputs {

    /** One input: a file, or standard input when {@code path} is null. */
    record Input(Path path, String name) {
        boolean stdin() {
            return path == null;
        }
    }

    private Inputs() {
    }

    static List<Input> expand(List<String> args, List<String> problems) {
        List<Input> out = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                out.add(new Input(null, "-"));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .filter(f -> p.relativize(f).toString().chars().noneMatch(c -> c == '\0'))
                            .filter(f -> !hidden(p.relativize(f)))
                            .sorted()
                            .forEach(f -> out.add(new Input(f, f.toString())));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(a + ": cannot read directory (" + e.getMessage() + ")");
                }
            } else {
                out.add(new Input(p, a));
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
