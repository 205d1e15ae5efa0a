package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CAMEO table (TSV with a header line; blank lines and '#' lines are skipped) and checks its
 * structure. Every problem is reported as {@code source:line: what is wrong}; the first one stops the read,
 * because a half-loaded ontology would silently miscode events.
 */
final class CameoTableReader {

    static final List<String> HEADER =
            List.of("code", "name", "goldstein", "plover_event", "plover_mode", "plover_context");

    private final String source;

    CameoTableReader(String source) {
        this.source = source;
    }

    /** The rows of the table, in file order, each one checked and its parent code present. */
    List<CameoCode> read(BufferedReader in) {
        List<CameoCode> rows = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (!headerSeen) {
                    checkHeader(fields, lineNumber);
                    headerSeen = true;
                    continue;
                }
                CameoCode row = parseRow(fields, lineNumber);
                Integer earlier = lineOfCode.putIfAbsent(row.code(), lineNumber);
                if (earlier != null) {
                    throw error(lineNumber, "code " + row.code() + " repeats the row on line " + earlier);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line " + String.join("\\t", HEADER));
        }
        for (CameoCode row : rows) {
            String parent = row.code().substring(0, row.code().length() - 1);
            if (!row.isRoot() && !lineOfCode.containsKey(parent)) {
                throw error(lineOfCode.get(row.code()), "code " + row.code() + " has no parent row " + parent);
            }
        }
        return rows;
    }

    private void checkHeader(String[] fields, int lineNumber) {
        List<String> found = Arrays.stream(fields).map(String::strip).toList();
        if (!found.equals(HEADER)) {
            throw error(lineNumber, "expected header " + String.join("\\t", HEADER)
                    + " but found " + String.join("\\t", found));
        }
    }

    private CameoCode parseRow(String[] fields, int lineNumber) {
        if (fields.length != HEADER.size()) {
            throw error(lineNumber, "expected " + HEADER.size() + " tab-separated fields but found "
                    + fields.length);
        }
        String code = fields[0].strip();
        double goldstein;
        try {
            goldstein = Double.parseDouble(fields[2].strip());
        } catch (NumberFormatException e) {
            throw error(lineNumber, "Goldstein value '" + fields[2] + "' of code " + code + " is not a number");
        }
        List<String> contexts = Arrays.stream(fields[5].split(";"))
                .map(String::strip)
                .filter(context -> !context.isEmpty())
                .toList();
        try {
            return new CameoCode(code, fields[1].strip(), goldstein, fields[3].strip(), fields[4].strip(),
                    contexts);
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, e.getMessage());
        }
    }

    private IllegalStateException error(int lineNumber, String message) {
        return new IllegalStateException(source + ":" + lineNumber + ": " + message);
    }
}
