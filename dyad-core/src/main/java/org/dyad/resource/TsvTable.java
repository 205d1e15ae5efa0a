package org.dyad.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated knowledge file on the classpath: a header line naming the columns, '#' comment lines, blank
 * lines ignored. Rows keep their line numbers so that a bad row fails fast with "file:line: reason".
 */
public final class TsvTable {
    /** One data row: cells padded to the header's width. */
    public record Row(String file, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String get(int column) {
            return cells.get(column);
        }

        /** An {@link IllegalStateException} naming this row. */
        public IllegalStateException error(String reason) {
            return new IllegalStateException(file + ":" + line + ": " + reason);
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(List<String> header, List<Row> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads a resource next to {@code anchor} (same package), checking that its header is {@code columns}. */
    public static TsvTable load(Class<?> anchor, String name, List<String> columns) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + anchor.getPackageName() + "/" + name);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static TsvTable parse(String file, BufferedReader reader, List<String> columns) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header == null) {
                if (!cells.equals(columns)) {
                    throw new IllegalStateException(file + ":" + number + ": header " + cells + ", expected " + columns);
                }
                header = cells;
                continue;
            }
            if (cells.size() > columns.size()) {
                throw new IllegalStateException(file + ":" + number + ": " + cells.size() + " cells, expected "
                        + columns.size());
            }
            List<String> padded = new ArrayList<>(columns.size());
            cells.forEach(cell -> padded.add(cell.strip()));
            while (padded.size() < columns.size()) {
                padded.add("");
            }
            rows.add(new Row(file, number, padded));
        }
        if (header == null) {
            throw new IllegalStateException(file + ": no header line");
        }
        return new TsvTable(header, rows);
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }
}
