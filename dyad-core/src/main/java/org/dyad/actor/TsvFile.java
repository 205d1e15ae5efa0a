package org.dyad.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the text of a knowledge file into rows: UTF-8 TSV, '#' comment lines and blank lines skipped, the
 * first other line a header that must match the expected columns.
 */
final class TsvFile {
    private TsvFile() {
    }

    /**
     * The data rows of {@code text}.
     *
     * @throws KnowledgeFileException located at the offending line when the header differs from
     *                                {@code columns} or a row has more cells than the header
     */
    static List<TsvRow> rows(String file, String text, List<String> columns) {
        var rows = new ArrayList<TsvRow>();
        String[] lines = text.split("\r?\n", -1);
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (!headerSeen) {
                if (!cells.equals(columns)) {
                    throw new KnowledgeFileException(file, number, "header " + cells + " is not " + columns);
                }
                headerSeen = true;
                continue;
            }
            if (cells.size() > columns.size()) {
                throw new KnowledgeFileException(file, number,
                        cells.size() + " cells but the header has " + columns.size() + " columns");
            }
            var padded = new ArrayList<>(cells);
            while (padded.size() < columns.size()) {
                padded.add("");
            }
            rows.add(new TsvRow(file, number, padded));
        }
        if (!headerSeen) {
            throw new KnowledgeFileException(file, lines.length, "no header line " + columns);
        }
        return rows;
    }
}
