package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates every row of implicit-agents.tsv against the trigger lexicon. */
class ImplicitAgentsFileTest {
    private static List<ImplicitAgents.Row> rows;
    private static TriggerLexicon lexicon;

    @BeforeAll
    static void load() {
        rows = ImplicitAgents.rows();
        lexicon = TriggerLexicon.load();
    }

    @Test
    void everyRowNamesAVerbTriggerWithItsCode() {
        assertThat(rows).isNotEmpty();
        for (ImplicitAgents.Row row : rows) {
            assertThat(lexicon.rules(row.lemma(), WordClass.VERB))
                    .as("implicit-agents.tsv:%d %s %s", row.line(), row.lemma(), row.cameo())
                    .anyMatch(rule -> rule.cameo().startsWith(row.cameo()));
        }
    }

    @Test
    void everyRowNamesAnOwnerOrAStateSector() {
        for (ImplicitAgents.Row row : rows) {
            assertThat(row.owner() || row.sector() != null).as("implicit-agents.tsv:%d", row.line()).isTrue();
            if (row.sector() != null) {
                assertThat(ImplicitAgents.STATE_SECTORS).as("implicit-agents.tsv:%d", row.line())
                        .contains(row.sector());
            }
        }
    }

    @Test
    void noRowIsRepeated() {
        assertThat(rows.stream().map(row -> row.lemma() + " " + row.cameo()).toList()).doesNotHaveDuplicates();
    }
}
