package org.dyad.store;

import java.util.List;

/**
 * The answer to a query, every value as text ({@code null} for SQL NULL).
 *
 * @param columns   column labels
 * @param rows      the rows
 * @param truncated whether more rows were left off
 */
public record SqlResult(List<String> columns, List<List<String>> rows, boolean truncated) {
    public SqlResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
