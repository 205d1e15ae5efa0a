package org.dyad.actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One data line of a knowledge file, with the place it came from so that every complaint can name it.
 *
 * @param file  the file name, e.g. "countries.tsv"
 * @param line  the 1-based line number
 * @param cells the trimmed cells, exactly as many as the header has columns (missing trailing ones are empty)
 */
record TsvRow(String file, int line, List<String> cells) {
    TsvRow {
        cells = List.copyOf(cells);
    }

    /** "file:line" for messages. */
    String where() {
        return file + ":" + line;
    }

    /** A cell that must not be empty. */
    String text(int column) {
        String value = cells.get(column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + (column + 1) + " is empty");
        }
        return value;
    }

    /** A cell that may be empty, as {@code null} when it is. */
    String textOrNull(int column) {
        String value = cells.get(column);
        return value.isEmpty() ? null : value;
    }

    /** A multi-valued cell: values separated by '|', none of them empty; an empty cell is an empty list. */
    List<String> list(int column) {
        String value = cells.get(column);
        if (value.isEmpty()) {
            return List.of();
        }
        var values = new ArrayList<String>();
        for (String part : value.split("\\|", -1)) {
            String item = part.strip();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("column " + (column + 1) + " has an empty value between '|'");
            }
            values.add(item);
        }
        return values;
    }

    /** A date cell in ISO form (YYYY-MM-DD), or {@code null} when empty. */
    LocalDate dateOrNull(int column) {
        String value = textOrNull(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("column " + (column + 1) + " '" + value + "' is not a YYYY-MM-DD date");
        }
    }
}
