package org.dyad.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The relation over time as a text table with a bar for the net cooperation index: conflict to the left of the
 * axis, cooperation to the right. Periods without events between the first and the last appear, empty.
 */
public final class RelationChart {
    private static final int HALF = 20;

    private RelationChart() {
    }

    /** Every period from the first row's to the last row's, gaps filled with empty rows. */
    public static List<RelationRow> withGaps(List<RelationRow> rows, Period period) {
        if (rows.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, RelationRow> byPeriod = new TreeMap<>();
        rows.forEach(row -> byPeriod.put(row.period(), row));
        List<RelationRow> filled = new ArrayList<>();
        LocalDate last = byPeriod.lastKey();
        for (LocalDate day = byPeriod.firstKey(); !day.isAfter(last);
             day = period.next(day)) {
            filled.add(byPeriod.getOrDefault(day, RelationRow.empty(day)));
        }
        return filled;
    }

    /** The lines of the chart, a header first. */
    public static List<String> render(List<RelationRow> rows, Period period) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-8s %6s %5s %5s %5s %5s %9s %6s  %-" + HALF + "s|%s", "period", "events", "QC1",
                "QC2", "QC3", "QC4", "goldstein", "net", "conflict", "cooperation"));
        for (RelationRow row : withGaps(rows, period)) {
            lines.add(String.format("%-8s %6d %5d %5d %5d %5d %9s %6s  %s", period.label(row.period()), row.total(),
                    row.verbalCoop(), row.materialCoop(), row.verbalConf(), row.materialConf(),
                    row.total() == 0 ? "" : String.format("%+.2f", row.meanGoldstein()),
                    row.total() == 0 ? "" : String.format("%+.2f", row.netCooperation()), bar(row)));
        }
        return lines;
    }

    static String bar(RelationRow row) {
        int length = (int) Math.round(Math.abs(row.netCooperation()) * HALF);
        String left = row.netCooperation() < 0 ? "#".repeat(length) : "";
        String right = row.netCooperation() > 0 ? "+".repeat(length) : "";
        return " ".repeat(HALF - left.length()) + left + "|" + right;
    }
}
