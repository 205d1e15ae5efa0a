package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.dyad.event.Modality;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GoldEvaluationTest {
    private static final String VETO = "China, alongside Russia, vetoed an earlier US-sponsored resolution on Gaza on Friday.";
    private static final String GOLD = """
            {"id": "veto", "date": "2024-03-23", "text": "%1$s", "events": [\
            {"source": "CHN", "target": "USA", "cameo": "129", "modality": "asserted", "date": "2024-03-22"},\
            {"source": "RUS", "target": "USA", "cameo": "129", "modality": "asserted", "date": "2024-03-22"}]}
            {"id": "rain", "date": "2024-04-04", "text": "Heavy rain is expected across northern Italy on Wednesday.", \
            "events": []}
            {"id": "wrong-root", "date": "2024-03-23", "text": "%1$s", "events": [\
            {"source": "CHNGOV", "target": "USA", "cameo": "190", "modality": "future", "date": "2024-03-01"}]}
            {"id": "wrong-date", "date": "2024-03-23", "text": "%1$s", "events": [\
            {"source": "CHNGOV", "target": "USA", "cameo": "12", "modality": "negated", "date": "2024-03-01"}]}
            not json
            """.formatted(VETO);

    private static GoldReport report;

    @BeforeAll
    static void evaluate() throws IOException {
        GoldFile.Contents contents = new GoldFile().read(new BufferedReader(new StringReader(GOLD)), "test.jsonl");
        report = new GoldEvaluation(SharedCoder.get(), Set.of()).evaluate(contents);
    }

    @Test
    void countsSentencesAndSkippedLines() {
        assertThat(report.sentences()).isEqualTo(4);
        assertThat(report.errors()).singleElement().asString().startsWith("test.jsonl:5: bad JSON");
        assertThat(report.emptySentences()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void countsGoldEventsUnderTheirRootAndFalseAlarmsUnderThePredictedRoot() {
        assertThat(report.perRoot().get("12").truePositives()).isEqualTo(3);
        assertThat(report.perRoot().get("12").falseNegatives()).isZero();
        assertThat(report.perRoot().get("12").falsePositives()).isEqualTo(3);
        assertThat(report.perRoot().get("19")).isEqualTo(new PrecisionRecall(0, 0, 1));
        assertThat(report.overall()).isEqualTo(new PrecisionRecall(3, 3, 1));
        assertThat(report.overall().precision()).isEqualTo(0.5);
        assertThat(report.overall().recall()).isEqualTo(0.75);
    }

    @Test
    void judgesModalityDatesAndFullCodesOnMatchedPairs() {
        assertThat(report.modality()).isEqualTo(new Ratio(2, 3));
        assertThat(report.modality(Modality.ASSERTED)).isEqualTo(new PrecisionRecall(2, 1, 0));
        assertThat(report.modality(Modality.NEGATED)).isEqualTo(new PrecisionRecall(0, 0, 1));
        assertThat(report.dates()).isEqualTo(new Ratio(2, 3));
        assertThat(report.actorCodes()).isEqualTo(new Ratio(2, 3));
    }

    @Test
    void groupsEveryPredictedEventByConfidenceWithItsOutcome() {
        Reliability reliability = report.reliability();
        assertThat(reliability.events()).isEqualTo(report.overall().predicted());
        assertThat(reliability.bins().stream().mapToInt(Reliability.Bin::right).sum())
                .isEqualTo(report.overall().truePositives());
        assertThat(reliability.expectedCalibrationError()).isBetween(0.0, 1.0);
    }

    @Test
    void listsTheWorstMissesFirst() {
        assertThat(report.misses()).extracting(miss -> miss.sentence().id())
                .containsExactly("wrong-root", "wrong-date");
        GoldReport.Miss worst = report.misses().get(0);
        assertThat(worst.missed()).extracting(GoldEvent::cameo).containsExactly("190");
        assertThat(worst.spurious()).extracting(event -> event.source().code() + " " + event.cameo().code())
                .containsExactlyInAnyOrder("CHN 129", "RUS 129");
        assertThat(report.misses().get(1).spurious()).extracting(event -> event.source().code())
                .containsExactly("RUS");
    }
}
