package org.dyad.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {
    private static final List<String> COLUMNS = List.of("lemma", "pos", "cameo");

    private static TsvTable parse(String text) throws Exception {
        return TsvTable.parse("t.tsv", new BufferedReader(new StringReader(text)), COLUMNS);
    }

    @Test
    void rowsKeepTheirLineNumbersAndArePadded() throws Exception {
        TsvTable table = parse("# triggers\nlemma\tpos\tcameo\n\nattack\tverb\t190\nveto\tverb\n");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).line()).isEqualTo(4);
        assertThat(table.rows().get(1).cells()).containsExactly("veto", "verb", "");
        assertThat(table.rows().get(1).error("bad code")).hasMessage("t.tsv:5: bad code");
    }

    @Test
    void wrongHeaderAndWideRowsFailWithTheirLine() {
        assertThatThrownBy(() -> parse("lemma\tcameo\n")).hasMessageStartingWith("t.tsv:1: header");
        assertThatThrownBy(() -> parse("lemma\tpos\tcameo\na\tb\tc\td\n")).hasMessageStartingWith("t.tsv:2: 4 cells");
        assertThatThrownBy(() -> parse("# only a comment\n")).hasMessage("t.tsv: no header line");
    }

    @Test
    void missingResourceIsNamed() {
        assertThatThrownBy(() -> TsvTable.load(TsvTableTest.class, "absent.tsv", COLUMNS))
                .hasMessageContaining("missing resource org.dyad.resource/absent.tsv");
    }
}
