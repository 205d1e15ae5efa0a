package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.time.TaggerFixture.texts;

import org.junit.jupiter.api.Test;

/** Numbers and words that look like dates but are not. */
class FalseDatesTest {

    @Test
    void durationsPercentagesAndGroupNames() {
        assertThat(texts("Xi and Biden covered Taiwan and TikTok in the 105-minute call.")).isEmpty();
        assertThat(texts("Duties of 25% were imposed at the G20 summit.")).isEmpty();
        assertThat(texts("Turnout rose 2.5 points and 1,999 ballots were spoiled.")).isEmpty();
    }

    @Test
    void numberedThingsAreNotYears() {
        assertThat(texts("The Council adopted Resolution 2728 and Resolution 1973 by consensus.")).isEmpty();
        assertThat(texts("Decree No. 2019 bans the party.")).isEmpty();
        assertThat(texts("Growth hit 2019% in the model; the fund holds $2020 million.")).isEmpty();
        assertThat(texts("Troops crossed at 1945 GMT.")).isEmpty();
        assertThat(texts("Some 2000 soldiers and about 1950 police officers were deployed.")).isEmpty();
    }

    @Test
    void clockTimesAreNotDays() {
        assertThat(texts("The minister spoke at 10:30 and again at 14.45.")).isEmpty();
        assertThat(texts("The sirens sounded in March at 10:30.")).containsExactly("March");
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        assertThat(texts("Xi may visit Washington if the talks succeed.")).isEmpty();
        assertThat(texts("May we hope for peace, the cardinal asked.")).isEmpty();
        assertThat(texts("Theresa May met Macron.")).isEmpty();
        assertThat(texts("The vote was held in May.")).containsExactly("May");
        assertThat(texts("The vote was held May 5.")).containsExactly("May 5");
        assertThat(texts("The vote was held in mid-May.")).containsExactly("mid-May");
    }

    @Test
    void yearsOutsideTheModernRangeAreNotYears() {
        assertThat(texts("The treaty of 1815 and a 2150 forecast.")).isEmpty();
    }

    @Test
    void theLateAndTheEndAreNotDatesAlone() {
        assertThat(texts("The late president called for an end of hostilities at the start of talks.")).isEmpty();
    }
}
