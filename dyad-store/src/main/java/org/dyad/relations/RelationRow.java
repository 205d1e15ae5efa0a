package org.dyad.relations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The events of one period between two actors, by QuadClass.
 *
 * @param period        the period's first day
 * @param verbalCoop    QuadClass 1 events
 * @param materialCoop  QuadClass 2 events
 * @param verbalConf    QuadClass 3 events
 * @param materialConf  QuadClass 4 events
 * @param meanGoldstein mean Goldstein value of the events, 0 when there are none
 */
public record RelationRow(LocalDate period, long verbalCoop, long materialCoop, long verbalConf, long materialConf,
                          double meanGoldstein) {
    public RelationRow {
        Objects.requireNonNull(period, "period");
    }

    /** A period without events. */
    public static RelationRow empty(LocalDate period) {
        return new RelationRow(period, 0, 0, 0, 0, 0);
    }

    public long total() {
        return verbalCoop + materialCoop + verbalConf + materialConf;
    }

    /**
     * The net cooperation index: (QC1 + QC2 − QC3 − QC4) / total, from −1 (only conflict) to +1 (only
     * cooperation); 0 for a period without events.
     */
    public double netCooperation() {
        long total = total();
        return total == 0 ? 0 : (double) (verbalCoop + materialCoop - verbalConf - materialConf) / total;
    }
}
