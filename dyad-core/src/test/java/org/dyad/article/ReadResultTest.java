package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadResultTest {
    @Test
    void messageNamesFileAndLine() {
        assertThat(new ReadResult.Rejected("news.jsonl", 12, "no text").message()).isEqualTo("news.jsonl:12: no text");
    }

    @Test
    void messageLeavesOutLineZero() {
        assertThat(new ReadResult.Rejected("a.txt", 0, "no text").message()).isEqualTo("a.txt: no text");
    }

    @Test
    void rejectionsNeedAReasonAndALineThatCanExist() {
        assertThatThrownBy(() -> new ReadResult.Rejected("a.txt", -1, "no text"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadResult.Rejected("a.txt", 0, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadResult.Read(null, "a.txt")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReadResult.Read(Article.of("a", LocalDate.of(2024, 4, 4), "Talks."), null))
                .isInstanceOf(NullPointerException.class);
    }
}
