package org.dyad.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods, the net cooperation index and the text chart. */
class RelationChartTest {
    @Test
    void netCooperationRunsFromConflictToCooperation() {
        RelationRow mixed = new RelationRow(LocalDate.of(2024, 3, 1), 3, 1, 1, 1, 1.5);
        assertThat(mixed.total()).isEqualTo(6);
        assertThat(mixed.netCooperation()).isEqualTo(2.0 / 6);
        assertThat(RelationRow.empty(LocalDate.of(2024, 4, 1)).netCooperation()).isZero();
        assertThat(RelationChart.bar(new RelationRow(LocalDate.of(2024, 1, 1), 0, 0, 0, 2, -9)))
                .isEqualTo("#".repeat(20) + "|");
    }

    @Test
    void periodsWithoutEventsAppearBetweenTheFirstAndTheLast() {
        List<String> lines = RelationChart.render(List.of(
                new RelationRow(LocalDate.of(2024, 1, 1), 2, 0, 0, 0, 3.0),
                new RelationRow(LocalDate.of(2024, 3, 1), 0, 0, 1, 1, -5.0)), Period.MONTH);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2024-01").contains("+1.00").endsWith("|" + "+".repeat(20));
        assertThat(lines.get(2)).startsWith("2024-02       0");
        assertThat(lines.get(3)).startsWith("2024-03").contains("-5.00", "-1.00");
    }

    @Test
    void periodsStartAndAreNamedAsPeopleWriteThem() {
        LocalDate thursday = LocalDate.of(2024, 4, 4);
        assertThat(Period.WEEK.start(thursday)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Period.WEEK.label(Period.WEEK.start(thursday))).isEqualTo("2024-W14");
        assertThat(Period.MONTH.label(Period.MONTH.start(thursday))).isEqualTo("2024-04");
        assertThat(Period.YEAR.next(Period.YEAR.start(thursday))).isEqualTo(LocalDate.of(2025, 1, 1));
    }
}
