package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void showsEachStageOfCoding() {
        StringWriter out = new StringWriter();
        var commandLine = Dyad.commandLine(TestCoder::get);
        commandLine.setOut(new PrintWriter(out));
        int exit = commandLine.execute("explain", "--date", "2024-04-04",
                "Chinese Foreign Minister Wang Yi did not meet his Japanese counterpart in Tokyo on March 22, 2024.");
        assertThat(exit).isZero();
        String text = out.toString();
        assertThat(text).contains("atom", "NATIONALITY China", "PERSON Wang Yi");
        assertThat(text).contains("actor \"Chinese Foreign Minister Wang Yi\" -> CHNGOV");
        assertThat(text).contains("date \"March 22, 2024\" -> 2024-03-22..2024-03-22 (day)");
        assertThat(text).containsPattern("trigger meet-\\d+ rule 040/meet: sources \\[Yi-\\d+\\]");
        assertThat(text).contains("modality negated (cue 'not')");
        assertThat(text).containsPattern("2024-03-22 CHNGOV 04[04] JPNGOV negated\\s+at Tokyo");
    }
}
