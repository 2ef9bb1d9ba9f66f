package org.pactum.importer.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tab-separated data file of this package: lines starting with {@code #} are comments, the first other
 * line names the columns, list cells separate their items with {@code |}. Errors name the file and line.
 */
final class ReferenceTable {

    private final String file;
    private final List<Row> rows;

    private ReferenceTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    static ReferenceTable read(String file, String... columns) {
        try (InputStream in = ReferenceTable.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference data file missing from the jar: " + file);
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header) {
                    if (!Arrays.equals(cells, columns)) {
                        throw new IllegalStateException(file + " line " + lineNumber + ": expected the header "
                                + String.join(" TAB ", columns) + ", found " + line.replace("\t", " TAB "));
                    }
                    header = false;
                    continue;
                }
                if (cells.length != columns.length) {
                    throw new IllegalStateException(file + " line " + lineNumber + ": expected " + columns.length
                            + " tab-separated columns, found " + cells.length + ": " + line);
                }
                rows.add(new Row(file, lineNumber, columns, cells));
            }
            return new ReferenceTable(file, rows);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    String file() {
        return file;
    }

    /** One data line. */
    static final class Row {
        private final String file;
        private final int line;
        private final String[] columns;
        private final String[] cells;

        Row(String file, int line, String[] columns, String[] cells) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        private int index(String column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equals(column)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }

        /** The trimmed cell, or null when empty. */
        String text(String column) {
            String v = cells[index(column)].strip();
            return v.isEmpty() ? null : v;
        }

        String required(String column) {
            String v = text(column);
            if (v == null) {
                throw error("column " + column + " is empty");
            }
            return v;
        }

        List<String> list(String column) {
            String v = text(column);
            if (v == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : v.split("\\|")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + " line " + line + ": " + message);
        }
    }
}
