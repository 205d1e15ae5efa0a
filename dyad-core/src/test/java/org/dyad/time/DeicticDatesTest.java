package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.time.TaggerFixture.day;
import static org.dyad.time.TaggerFixture.single;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expressions counted from the article date (Thursday 2024-04-04). */
class DeicticDatesTest {

    @Test
    void thisWeekIsTheIsoWeekOfTheArticle() {
        EventDate date = single("Joe Biden and Xi Jinping talked on the phone this week for the first time in months.");
        assertThat(date.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(date.start()).isEqualTo(day("2024-04-01"));
        assertThat(date.end()).isEqualTo(day("2024-04-07"));
        assertThat(date.value()).isEqualTo(TaggerFixture.ARTICLE);
        assertThat(date.text()).isEqualTo("this week");
    }

    @Test
    void lastAndNextWeekAreTheNeighbouringIsoWeeks() {
        EventDate last = single("The envoy arrived in Kyiv last week.");
        EventDate next = single("Talks resume in Geneva next week.");
        assertThat(last.start()).isEqualTo(day("2024-03-25"));
        assertThat(last.end()).isEqualTo(day("2024-03-31"));
        assertThat(next.start()).isEqualTo(day("2024-04-08"));
        assertThat(next.end()).isEqualTo(day("2024-04-14"));
    }

    @Test
    void monthsAndYearsAroundTheArticle() {
        EventDate thisMonth = single("Protests spread this month.");
        EventDate lastMonth = single("The minister resigned last month.");
        EventDate nextMonth = single("Elections are due next month.");
        EventDate lastYear = single("The ceasefire collapsed last year.");
        EventDate nextYear = single("The summit will be held next year.");
        assertThat(thisMonth.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(thisMonth.start()).isEqualTo(day("2024-04-01"));
        assertThat(lastMonth.start()).isEqualTo(day("2024-03-01"));
        assertThat(lastMonth.end()).isEqualTo(day("2024-03-31"));
        assertThat(nextMonth.end()).isEqualTo(day("2024-05-31"));
        assertThat(lastYear.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(lastYear.start()).isEqualTo(day("2023-01-01"));
        assertThat(nextYear.end()).isEqualTo(day("2025-12-31"));
    }

    @Test
    void todayYesterdayTomorrowAndLastNight() {
        assertThat(single("Rebels shelled the city yesterday.").value()).isEqualTo(day("2024-04-03"));
        assertThat(single("The cabinet meets today.").value()).isEqualTo(day("2024-04-04"));
        assertThat(single("The cabinet meets tomorrow.").value()).isEqualTo(day("2024-04-05"));
        EventDate lastNight = single("Police clashed with protesters last night.");
        assertThat(lastNight.value()).isEqualTo(day("2024-04-03"));
        assertThat(lastNight.text()).isEqualTo("last night");
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        EventDate onMonday = single("The foreign ministers met in Brussels on Monday.");
        assertThat(onMonday.value()).isEqualTo(day("2024-04-01"));
        assertThat(onMonday.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(onMonday.text()).isEqualTo("Monday");
        assertThat(single("Troops withdrew last Tuesday.").value()).isEqualTo(day("2024-04-02"));
        assertThat(single("The delegation flies to Beijing next Friday.").value()).isEqualTo(day("2024-04-05"));
        assertThat(single("The council will vote on Saturday.").value()).isEqualTo(day("2024-04-06"));
        assertThat(single("The council voted on Thursday.").value()).isEqualTo(day("2024-04-04"));
    }

    @Test
    void lastNovemberIsTheNovemberBeforeTheArticleMonth() {
        EventDate date = single("The two leaders agreed at their meeting in San Francisco last November to talk.");
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date.start()).isEqualTo(day("2023-11-01"));
        assertThat(date.end()).isEqualTo(day("2023-11-30"));
        assertThat(date.text()).isEqualTo("last November");
    }

    @Test
    void lastAprilInAnAprilArticleIsAYearAgoAndNextMayIsThisYear() {
        assertThat(single("Inflation peaked last April.").start()).isEqualTo(day("2023-04-01"));
        assertThat(single("The treaty takes effect next May.").start()).isEqualTo(day("2024-05-01"));
        assertThat(single("The treaty took effect next March, officials said.").start())
                .isEqualTo(day("2025-03-01"));
    }

    @Test
    void theComingMonthsRunThreeMonthsFromTheDayAfterTheArticle() {
        EventDate date = single("Relations will be tested in the coming months.");
        assertThat(date.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(date.start()).isEqualTo(day("2024-04-05"));
        assertThat(date.end()).isEqualTo(day("2024-07-04"));
        assertThat(date.text()).isEqualTo("the coming months");
    }

    @Test
    void thePastFewDaysEndTheDayBeforeTheArticle() {
        EventDate date = single("Fighting has intensified over the past two weeks.");
        assertThat(date.start()).isEqualTo(day("2024-03-21"));
        assertThat(date.end()).isEqualTo(day("2024-04-03"));
    }

    @Test
    void recentIsNotADate() {
        assertThat(TaggerFixture.find("Recent meetings went well; the envoy recently visited, in recent weeks."))
                .isEmpty();
    }

    @Test
    void theArticleYearChangesWithTheArticleDate() {
        LocalDate january = LocalDate.of(2025, 1, 10);
        EventDate date = TaggerFixture.find("The talks collapsed in December.", january).get(0).date();
        assertThat(date.start()).isEqualTo(day("2024-12-01"));
    }
}
