package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A statement whose clause judges someone harshly is criticism (111) or an accusation (112). */
class JudgingStatementsTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @ParameterizedTest(name = "{0} <= {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RUS 111 ISR    | Russia said the Israeli strikes on Syria were illegal.
            CHN 111        | China said the American sanctions on its chip makers were unacceptable.
            IRNGOV 111     | The strikes are a flagrant violation of international law, the Iranian foreign ministry said.
            UKR 1123 RUSMIL | Ukraine said Russian forces were responsible for the attack on the dam.
            PAKGOV 111     | Pakistan's foreign minister said the Indian claims were baseless propaganda.
            UKRGOV 111     | Ukraine's president tweeted that the attack on Odesa was a war crime.
            TURGOV 111     | The Turkish president said the European Parliament's report was biased and unfair.
            """)
    void aHarshJudgementIsDisapproval(String expected, String sentence) {
        assertThat(dyads(sentence)).anyMatch(dyad -> dyad.startsWith(expected.strip()));
    }

    @ParameterizedTest(name = "{0} <= {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DEU 010 | Germany said the decision of the court was not illegal.
            ISR 010 | Israel said we made a mistake in Gaza.
            FRA 010 | France said a responsible government would hold elections soon.
            PAKMIL 010 | Pakistan's army chief said its forces were ready to respond to any aggression.
            UNO 010 | The United Nations said the camp was a hostile environment for aid workers.
            """)
    void aJudgementDeniedOrOwnedStaysAStatement(String expected, String sentence) {
        assertThat(dyads(sentence)).anyMatch(dyad -> dyad.startsWith(expected.strip()))
                .noneMatch(dyad -> dyad.contains(" 111") || dyad.contains(" 112"));
    }

    private static List<String> dyads(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events().stream()
                .map(event -> event.source().code() + " " + event.cameo().code() + " "
                        + (event.target() == null ? "-" : event.target().code()))
                .toList();
    }
}
