package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;

/** Validates judging-words.tsv: every row is checked by the loader; here what the rows must mean. */
class JudgingWordsFileTest {
    private final JudgingStatements judging = JudgingStatements.load(CameoOntology.load());

    @Test
    void criticismAndAccusationWordsLoadWithTheirCodes() {
        assertThat(judging.of("illegal")).get().extracting(j -> j.code().code()).isEqualTo("111");
        assertThat(judging.of("propaganda")).get().extracting(j -> j.code().code()).isEqualTo("111");
        assertThat(judging.of("complicit")).get().extracting(j -> j.code().code()).isEqualTo("112");
    }

    @Test
    void responsibleJudgesOnlyWhenSomeoneIsResponsibleForSomething() {
        assertThat(judging.of("responsible")).get().extracting(JudgingStatements.Judgement::preposition)
                .isEqualTo("for");
    }

    @Test
    void neutralAndPraisingWordsDoNotJudge() {
        assertThat(judging.of("important")).isEmpty();
        assertThat(judging.of("legal")).isEmpty();
        assertThat(judging.of("fair")).isEmpty();
    }
}
