package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.time.TaggerFixture.day;
import static org.dyad.time.TaggerFixture.find;
import static org.dyad.time.TaggerFixture.single;
import static org.dyad.time.TaggerFixture.texts;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions that name calendar days, months, years and parts of them (article date 2024-04-04). */
class CalendarDatesTest {

    @Test
    void dayMonthAndYearInEitherOrder() {
        assertThat(single("Russia vetoed the draft on March 22, 2024, at the Security Council.").value())
                .isEqualTo(day("2024-03-22"));
        assertThat(single("The accord was signed on 22 March 2024 in Doha.").value()).isEqualTo(day("2024-03-22"));
        assertThat(single("The accord was signed on the 5th of March 2019 in Doha.").value())
                .isEqualTo(day("2019-03-05"));
        assertThat(single("The vote was held 2024-03-22 in New York.").value()).isEqualTo(day("2024-03-22"));
    }

    @Test
    void aDayWithoutYearTakesTheArticleYear() {
        EventDate date = single("China abstained on March 22 in the Security Council.");
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(date.value()).isEqualTo(day("2024-03-22"));
        assertThat(date.text()).isEqualTo("March 22");
    }

    @Test
    void abbreviatedMonths() {
        assertThat(single("The talks opened Sept. 5, 2023, in Jeddah.").value()).isEqualTo(day("2023-09-05"));
        assertThat(single("The envoy returned on Jan. 12.").value()).isEqualTo(day("2024-01-12"));
        assertThat(texts("UN envoy Jan Egeland visited Goma.")).isEmpty();
    }

    @Test
    void weekdayBeforeACalendarDayIsOneDate() {
        EventDate date = single("The ministers met on Monday, March 25, in Cairo.");
        assertThat(date.value()).isEqualTo(day("2024-03-25"));
        assertThat(date.text()).isEqualTo("Monday, March 25");
    }

    @Test
    void monthWithYear() {
        EventDate date = single("Both sides want to leave the February 2023 balloon incident behind them.");
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date.start()).isEqualTo(day("2023-02-01"));
        assertThat(date.end()).isEqualTo(day("2023-02-28"));
    }

    @Test
    void partsOfMonthsAreRanges() {
        List<DateMention> mentions = find("Wang Yi met Sullivan in Bangkok end of January and Blinken in Munich in February.");
        assertThat(mentions).hasSize(2);
        EventDate end = mentions.get(0).date();
        assertThat(end.text()).isEqualTo("end of January");
        assertThat(end.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(end.start()).isEqualTo(day("2024-01-21"));
        assertThat(end.end()).isEqualTo(day("2024-01-31"));
        assertThat(end.value()).isEqualTo(day("2024-01-26"));
        EventDate february = mentions.get(1).date();
        assertThat(february.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(february.start()).isEqualTo(day("2024-02-01"));
        assertThat(february.end()).isEqualTo(day("2024-02-29"));
    }

    @Test
    void earlyMidAndLateMonth() {
        EventDate late = single("Beijing abstained in late March on the sanctions resolution.");
        assertThat(late.text()).isEqualTo("late March");
        assertThat(late.start()).isEqualTo(day("2024-03-21"));
        assertThat(late.end()).isEqualTo(day("2024-03-31"));
        EventDate early = single("Fighting flared in early March near Bakhmut.");
        assertThat(early.start()).isEqualTo(day("2024-03-01"));
        assertThat(early.end()).isEqualTo(day("2024-03-10"));
        EventDate mid = single("A truce was agreed in mid-March.");
        assertThat(mid.text()).isEqualTo("mid-March");
        assertThat(mid.start()).isEqualTo(day("2024-03-11"));
        assertThat(mid.end()).isEqualTo(day("2024-03-20"));
    }

    @Test
    void partsOfYears() {
        EventDate end = single("The mission is to end by the end of 2023, the ministry said.");
        assertThat(end.text()).isEqualTo("end of 2023");
        assertThat(end.start()).isEqualTo(day("2023-09-01"));
        assertThat(end.end()).isEqualTo(day("2023-12-31"));
        EventDate mid = single("Talks stalled in mid-2022.");
        assertThat(mid.start()).isEqualTo(day("2022-05-01"));
        assertThat(mid.end()).isEqualTo(day("2022-08-31"));
        EventDate lateLastYear = single("The blockade began late last year.");
        assertThat(lateLastYear.start()).isEqualTo(day("2023-09-01"));
        EventDate endOfTheYear = single("Troops are to leave before the end of the year.");
        assertThat(endOfTheYear.text()).isEqualTo("end of the year");
        assertThat(endOfTheYear.end()).isEqualTo(day("2024-12-31"));
    }

    @Test
    void yearsStandAlone() {
        EventDate date = single("Trump imposed customs duties of 25% on Chinese imports in 2018.");
        assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(date.start()).isEqualTo(day("2018-01-01"));
        assertThat(date.end()).isEqualTo(day("2018-12-31"));
        assertThat(date.text()).isEqualTo("2018");
        assertThat(texts("It would mark a return to the frequent direct interactions of 2021 and 2022."))
                .containsExactly("2021", "2022");
    }

    @Test
    void barePastMonthTakesTheArticleYear() {
        EventDate date = single("The envoy visited Munich in February.");
        assertThat(date.text()).isEqualTo("February");
        assertThat(date.start()).isEqualTo(day("2024-02-01"));
    }

    @Test
    void bareMonthJustAheadIsTheComingOne() {
        EventDate date = single("Positions will harden with the inauguration of Taiwan's new president in May.");
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date.start()).isEqualTo(day("2024-05-01"));
        assertThat(date.end()).isEqualTo(day("2024-05-31"));
        assertThat(single("The inauguration of Taiwan's new president in May draws near.").start())
                .isEqualTo(day("2024-05-01"));
    }

    @Test
    void bareMonthFarAheadIsLastYearsUnlessTheSentenceLooksAhead() {
        assertThat(single("It was the first call since the November meeting.").start()).isEqualTo(day("2023-11-01"));
        assertThat(single("Americans will vote in November.").start()).isEqualTo(day("2024-11-01"));
        assertThat(single("Parliament will reconvene in February.").start()).isEqualTo(day("2025-02-01"));
    }

    @Test
    void aDecadeIsARange() {
        EventDate date = single("Relations were warmer in the 1990s.");
        assertThat(date.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(date.start()).isEqualTo(day("1990-01-01"));
        assertThat(date.end()).isEqualTo(day("1999-12-31"));
    }

    @Test
    void monthsMatchInAnyCaseExceptTheAmbiguousOnes() {
        assertThat(single("THE TALKS RESUMED IN FEBRUARY").start()).isEqualTo(day("2024-02-01"));
        assertThat(single("the talks resumed in february").start()).isEqualTo(day("2024-02-01"));
        assertThat(texts("Thousands march on the capital; the august body met.")).isEmpty();
    }

    @Test
    void invalidCalendarDaysAreDropped() {
        assertThat(texts("The report is dated February 30, 2023.")).containsExactly("2023");
        assertThat(texts("The file was 2023-13-45.")).isEmpty();
    }
}
