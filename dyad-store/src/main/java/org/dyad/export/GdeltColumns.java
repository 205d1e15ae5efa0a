package org.dyad.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The column names of GDELT 2.0's tables in file order, read from {@code gdelt-*-columns.tsv}. */
final class GdeltColumns {
    private GdeltColumns() {
    }

    static List<String> events() {
        return read("gdelt-events-columns.tsv");
    }

    static List<String> mentions() {
        return read("gdelt-mentions-columns.tsv");
    }

    static List<String> read(String resource) {
        try (InputStream in = GdeltColumns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource org/dyad/export/" + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> columns = new ArrayList<>();
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                if (!line.strip().matches("[A-Za-z0-9_]+")) {
                    throw new IllegalStateException(resource + ":" + number + ": bad column name '" + line + "'");
                }
                columns.add(line.strip());
            }
            return List.copyOf(columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/dyad/export/" + resource, e);
        }
    }
}
