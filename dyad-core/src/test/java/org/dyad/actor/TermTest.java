package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTest {
    private static final Term FIRST = new Term("President", "USAGOV", LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20));
    private static final Term OPEN = new Term("President", "USAGOV", LocalDate.of(2025, 1, 20), null);

    @Test
    void coversFromStartUpToTheDayBeforeTheEnd() {
        assertThat(FIRST.covers(LocalDate.of(2017, 1, 19))).isFalse();
        assertThat(FIRST.covers(LocalDate.of(2017, 1, 20))).isTrue();
        assertThat(FIRST.covers(LocalDate.of(2021, 1, 19))).isTrue();
        assertThat(FIRST.covers(LocalDate.of(2021, 1, 20))).isFalse();
    }

    @Test
    void openTermCoversEveryLaterDay() {
        assertThat(OPEN.covers(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(OPEN.covers(LocalDate.of(2025, 1, 19))).isFalse();
    }

    @Test
    void termsThatMeetOnADayDoNotOverlap() {
        var next = new Term("President", "USAGOV", LocalDate.of(2021, 1, 20), LocalDate.of(2025, 1, 20));
        assertThat(FIRST.overlaps(next)).isFalse();
        assertThat(next.overlaps(OPEN)).isFalse();
        assertThat(OPEN.overlaps(new Term("President", "USAGOV", LocalDate.of(2030, 1, 1), null))).isTrue();
    }

    @Test
    void rejectsEmptyOrBackwardTerms() {
        assertThatThrownBy(() -> new Term("President", "USAGOV", LocalDate.of(2021, 1, 20), LocalDate.of(2021, 1, 20)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term(" ", "USAGOV", LocalDate.of(2021, 1, 20), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term("President", "usagov", LocalDate.of(2021, 1, 20), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personPicksTheNewestOfOverlappingOffices() {
        var generalSecretary = new Term("General Secretary", "CHNGOV", LocalDate.of(2012, 11, 15), null);
        var president = new Term("President", "CHNGOV", LocalDate.of(2013, 3, 14), null);
        var xi = new Person("Xi Jinping", List.of("Xi"), "CHN", List.of(president, generalSecretary));
        assertThat(xi.terms()).containsExactly(generalSecretary, president);
        assertThat(xi.termOn(LocalDate.of(2013, 1, 1))).contains(generalSecretary);
        assertThat(xi.termOn(LocalDate.of(2024, 1, 27))).contains(president);
        assertThat(xi.termOn(LocalDate.of(2012, 1, 1))).isEmpty();
    }

    @Test
    void personNeedsATermAndNoRepeatedAlias() {
        assertThatThrownBy(() -> new Person("Nobody", List.of(), "USA", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Person("Joe Biden", List.of("Biden", "Biden"), "USA", List.of(OPEN)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
