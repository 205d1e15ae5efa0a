package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.time.TaggerFixture.day;
import static org.dyad.time.TaggerFixture.find;
import static org.dyad.time.TaggerFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions counted from a date earlier in the text, or back from the article date (2024-04-04). */
class RelativeDatesTest {

    @Test
    void daysLaterCountFromTheLastExactDateInTheText() {
        List<DateMention> mentions = find("China and Russia vetoed a US-sponsored resolution on a ceasefire in Gaza "
                + "on March 22, 2024, but in a subsequent vote three days later China voted in favour.");
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).date().value()).isEqualTo(day("2024-03-22"));
        EventDate later = mentions.get(1).date();
        assertThat(later.text()).isEqualTo("three days later");
        assertThat(later.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(later.value()).isEqualTo(day("2024-03-25"));
    }

    @Test
    void anchorsChainAndSkipLessExactDates() {
        List<DateMention> mentions = find("The rebels entered the town on Feb. 10. In March the army regrouped. "
                + "A day later the rebels withdrew, and 2 days later the army returned.");
        assertThat(mentions).extracting(mention -> mention.date().text())
                .containsExactly("Feb. 10", "March", "A day later", "2 days later");
        assertThat(mentions.get(2).date().value()).isEqualTo(day("2024-02-11"));
        assertThat(mentions.get(3).date().value()).isEqualTo(day("2024-02-13"));
    }

    @Test
    void theNextDayAndTheFollowingWeek() {
        List<DateMention> mentions = find("Polls closed on 3 March 2024. The next day the results were annulled, "
                + "and the following week the cabinet resigned.");
        assertThat(mentions.get(1).date().text()).isEqualTo("The next day");
        assertThat(mentions.get(1).date().value()).isEqualTo(day("2024-03-04"));
        EventDate week = mentions.get(2).date();
        assertThat(week.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(week.start()).isEqualTo(day("2024-03-11"));
        assertThat(week.end()).isEqualTo(day("2024-03-17"));
    }

    @Test
    void theDayBeforeCountsFromTheTextOnlyWhenNothingFollows() {
        List<DateMention> mentions = find("Talks ended on March 10. The day before, envoys had met.");
        assertThat(mentions.get(1).date().value()).isEqualTo(day("2024-03-09"));
        assertThat(find("Talks ended on March 10. The day before the vote, envoys had met.")).hasSize(1);
    }

    @Test
    void daysLaterWithoutACountIsAWeekLongRange() {
        List<DateMention> mentions = find("The ceasefire began on March 1, 2024. Days later it collapsed.");
        EventDate later = mentions.get(1).date();
        assertThat(later.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(later.start()).isEqualTo(day("2024-03-02"));
        assertThat(later.end()).isEqualTo(day("2024-03-08"));
        assertThat(single("A few weeks ago the talks stalled.").precision()).isEqualTo(DatePrecision.RANGE);
    }

    @Test
    void withoutAnEarlierDateRelativeExpressionsCountFromTheArticle() {
        assertThat(single("Three days later the embassy reopened.").value()).isEqualTo(day("2024-04-07"));
    }

    @Test
    void agoCountsFromTheArticleEvenAfterAnotherDate() {
        List<DateMention> mentions = find("The war began on February 24, 2022. Two days ago a drone hit Odesa.");
        assertThat(mentions.get(1).date().value()).isEqualTo(day("2024-04-02"));
        EventDate weeks = single("Three weeks ago the envoy visited Kabul.");
        assertThat(weeks.precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(weeks.value()).isEqualTo(day("2024-03-14"));
        assertThat(weeks.start()).isEqualTo(day("2024-03-11"));
        assertThat(weeks.end()).isEqualTo(day("2024-03-17"));
    }

    @Test
    void daysAfterAnEventNamedInWordsAreNotCounted() {
        assertThat(find("Two days after the election, protests erupted.")).isEmpty();
    }
}
