package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.dyad.event.Modality;
import org.junit.jupiter.api.Test;

class GoldFileTest {
    private static GoldFile.Contents read(String text) throws IOException {
        return new GoldFile().read(new BufferedReader(new StringReader(text)), "gold.jsonl");
    }

    @Test
    void readsSentencesWithTheirEvents() throws IOException {
        GoldFile.Contents contents = read("""
                {"id": "t1", "date": "2024-03-23", "text": "China, alongside Russia, vetoed the US draft on Friday.", \
                "events": [{"source": "CHN", "target": "USA", "cameo": "129", "modality": "asserted", \
                "date": "2024-03-22"}, {"source": "RUS", "target": "USA", "cameo": "129", "modality": "asserted", \
                "date": "2024-03-18/2024-03-24"}], "tags": ["Veto", "co-agent"]}

                {"id": "t2", "date": "2024-04-04", "text": "Heavy rain fell on Lagos.", "events": []}
                """);
        assertThat(contents.errors()).isEmpty();
        assertThat(contents.sentences()).hasSize(2);
        GoldSentence veto = contents.sentences().get(0);
        assertThat(veto.line()).isEqualTo(1);
        assertThat(veto.tags()).containsExactly("veto", "co-agent");
        assertThat(veto.events().get(0)).isEqualTo(new GoldEvent("CHN", "USA", "129", Modality.ASSERTED,
                LocalDate.of(2024, 3, 22), LocalDate.of(2024, 3, 22)));
        assertThat(veto.events().get(1).dateStart()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(veto.events().get(1).dateEnd()).isEqualTo(LocalDate.of(2024, 3, 24));
        GoldSentence rain = contents.sentences().get(1);
        assertThat(rain.line()).isEqualTo(3);
        assertThat(rain.events()).isEmpty();
        assertThat(rain.tags()).isEmpty();
    }

    @Test
    void reportsEachBadLineWithItsPlaceAndKeepsTheOthers() throws IOException {
        GoldFile.Contents contents = read("""
                {"id": "b1", "date": "2024-04-04", "text": "Iran condemned Israel.", "events": [
                {"id": "b2", "date": "2024-02-30", "text": "Iran condemned Israel.", "events": []}
                {"id": "b3", "date": "2024-04-04", "text": "Iran condemned Israel.", "events": [{"source": "IRN", \
                "target": "ISR", "cameo": "111", "modality": "reported"}]}
                {"id": "b4", "date": "2024-04-04", "text": "Iran condemned Israel.", "events": [{"source": "IRN", \
                "target": "ISR", "cameo": "11x", "modality": "asserted"}]}
                {"id": "b5", "date": "2024-04-04", "text": "Iran condemned Israel."}
                {"id": "b6", "date": "2024-04-04", "text": "Iran condemned Israel.", "events": [{"source": "IRN", \
                "cameo": "111", "modality": "asserted", "date": "2024-04-05/2024-04-01"}]}
                {"id": "ok", "date": "2024-04-04", "text": "Iran condemned Israel.", "events": [{"source": "IRN", \
                "target": "ISR", "cameo": "111", "modality": "asserted"}]}
                {"id": "ok", "date": "2024-04-04", "text": "Iran condemned Israel again.", "events": []}
                [1, 2]
                {"id": "b9", "date": "2024-04-04", "text": "  ", "events": []}
                """);
        assertThat(contents.sentences()).extracting(GoldSentence::id).containsExactly("ok");
        assertThat(contents.rejected()).isEqualTo(9);
        assertThat(contents.errors()).satisfiesExactly(
                error -> assertThat(error).startsWith("gold.jsonl:1: bad JSON"),
                error -> assertThat(error).isEqualTo("gold.jsonl:2: 'date' is not a date YYYY-MM-DD: '2024-02-30'"),
                error -> assertThat(error).startsWith("gold.jsonl:3: event 1: unknown modality 'reported'"),
                error -> assertThat(error).isEqualTo("gold.jsonl:4: event 1: CAMEO code '11x' is not two to four digits"),
                error -> assertThat(error).startsWith("gold.jsonl:5: 'events' must be a list"),
                error -> assertThat(error).isEqualTo(
                        "gold.jsonl:6: event 1: date starts 2024-04-05 after it ends 2024-04-01"),
                error -> assertThat(error).isEqualTo("gold.jsonl:8: id 'ok' appears twice"),
                error -> assertThat(error).isEqualTo("gold.jsonl:9: not a JSON object"),
                error -> assertThat(error).isEqualTo("gold.jsonl:10: no 'text'"));
    }
}
