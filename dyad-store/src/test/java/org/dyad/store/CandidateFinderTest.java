package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.dedup.DedupKey;
import org.dyad.dedup.DedupRule;
import org.junit.jupiter.api.Test;

/** The day ranges the candidate look-up probes: one per run of nearby dates, never two that overlap. */
class CandidateFinderTest {
    private static final DedupKey VISIT = new DedupKey("USAGOV", "CHNGOV", "042", "asserted");
    private static final DedupKey SANCTION = new DedupKey("USAGOV", "CHNBUS", "163", "asserted");

    @Test
    void nearbyDatesShareOneRangeAndDistantOnesGetTheirOwn() {
        CandidateFinder finder = new CandidateFinder(null, null, DedupRule.standard());
        List<Object[]> ranges = finder.ranges(Map.of(VISIT, List.of(LocalDate.of(2024, 4, 9),
                LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 2))));
        // Windows 3-30..4-5, 4-1..4-7 and 4-6..4-12 touch: one range. They would overlap otherwise.
        assertThat(ranges).singleElement().satisfies(range -> assertThat(range)
                .containsExactly(VISIT.asText(), LocalDate.of(2024, 3, 30), LocalDate.of(2024, 4, 12)));
        List<Object[]> apart = finder.ranges(Map.of(SANCTION, List.of(LocalDate.of(2024, 1, 10),
                LocalDate.of(2024, 1, 18))));
        assertThat(apart).hasSize(2);
        assertThat(apart.get(0)).containsExactly(SANCTION.asText(), LocalDate.of(2024, 1, 7),
                LocalDate.of(2024, 1, 13));
        assertThat(apart.get(1)).containsExactly(SANCTION.asText(), LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 1, 21));
    }

    @Test
    void aZeroDayWindowProbesTheDaysThemselves() {
        CandidateFinder finder = new CandidateFinder(null, null, new DedupRule(0));
        List<Object[]> ranges = finder.ranges(Map.of(VISIT, List.of(LocalDate.of(2024, 4, 2),
                LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 5))));
        assertThat(ranges).hasSize(2);
        assertThat(ranges.get(0)).containsExactly(VISIT.asText(), LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 3));
        assertThat(ranges.get(1)).containsExactly(VISIT.asText(), LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 5));
    }
}
