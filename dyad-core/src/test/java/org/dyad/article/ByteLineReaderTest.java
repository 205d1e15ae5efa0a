package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLineReaderTest {
    private static List<String> lines(String input, int maxLineBytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (ByteLineReader reader = new ByteLineReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), maxLineBytes)) {
            while (reader.next()) {
                String text = new String(reader.bytes(), 0, reader.length(), StandardCharsets.UTF_8);
                lines.add(reader.lineNumber() + (reader.tooLong() ? "!" : ":") + text);
            }
        }
        return lines;
    }

    @Test
    void splitsOnLineFeedsDroppingCarriageReturnsAndKeepsAnUnterminatedLastLine() throws IOException {
        assertThat(lines("Kabul\r\n\nHerat\rKandahar\nMazar", 100))
                .containsExactly("1:Kabul", "2:", "3:Herat\rKandahar", "4:Mazar");
    }

    @Test
    void aFinalLineFeedDoesNotMakeAnExtraLine() throws IOException {
        assertThat(lines("Kabul\nHerat\n", 100)).containsExactly("1:Kabul", "2:Herat");
        assertThat(lines("", 100)).isEmpty();
    }

    @Test
    void longLinesAreFlaggedCutAndTheNextLineIsIntact() throws IOException {
        assertThat(lines("Jalalabad\nKunduz\n", 4)).containsExactly("1!Jala", "2!Kund");
        assertThat(lines("Jalalabad\nGhor\n", 4)).containsExactly("1!Jala", "2:Ghor");
    }

    @Test
    void linesLongerThanTheReadChunkAreJoined() throws IOException {
        String longLine = "Talks in Doha continued. ".repeat(10_000);
        assertThat(lines(longLine + "\nend", 1_000_000)).containsExactly("1:" + longLine, "2:end");
    }
}
