package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @Test
    void asksForAtLeastOneLabelledFile() {
        StringWriter err = new StringWriter();
        var commandLine = Dyad.commandLine(TestCoder::get);
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("eval")).isEqualTo(2);
        assertThat(err.toString()).contains("give --penta FILE, --gold FILE or both");
    }

    @Test
    void scoresAGoldFileAndShowsItsMisses(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "v1", "date": "2024-03-23", "text": "China, alongside Russia, vetoed an earlier US-sponsored \
                resolution on Gaza on Friday.", "events": [{"source": "CHN", "target": "USA", "cameo": "129", \
                "modality": "asserted", "date": "2024-03-22"}]}
                {"id": "v2", "date": "2024-03-23", "text": "Heavy rain is expected across northern Italy.", "events": []}
                {"id": "v3", "date": "2024-03-23", "text": "no events field"}
                """, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Dyad.commandLine(TestCoder::get);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute("eval", "--gold", gold.toString())).isZero();
        assertThat(err.toString()).contains("rejected " + gold + ":3: 'events' must be a list");
        String report = out.toString();
        assertThat(report).contains("2 gold sentences (1 lines rejected), 1 gold events, 2 predicted");
        assertThat(report).contains("(source country, target country, root): P 0.500 R 1.000 F1 0.667");
        assertThat(report).containsPattern("12\\s+1\\s+2\\s+0\\.500\\s+1\\.000\\s+0\\.667");
        assertThat(report).contains("  v1 2024-03-23: China, alongside Russia", "      + RUS 129 USA asserted 2024-03-22");
    }
}
