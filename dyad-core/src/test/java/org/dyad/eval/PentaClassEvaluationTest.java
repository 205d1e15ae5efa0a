package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

class PentaClassEvaluationTest {
    private static final String FILE = String.join("\n",
            "Russian troops shelled the Ukrainian town of Kharkiv on Tuesday.\t4",
            "The German chancellor met the French president in Berlin.\t1",
            "Iran condemned the sanctions imposed by the United States.\t3",
            "not a labelled line",
            "The weather was mild across the region.\t0");

    @Test
    void mainEventsAreScoredByClass() throws Exception {
        PentaClassEvaluation.Result result = new PentaClassEvaluation(SharedCoder.get())
                .evaluate(new BufferedReader(new StringReader(FILE)));
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.outcomes()).hasSize(4);
        assertThat(result.outcomes().subList(0, 3)).allMatch(PentaClassEvaluation.Outcome::right);
        assertThat(result.outcomes().get(3).main()).isEmpty();
        assertThat(result.scores().coverage()).isEqualTo(0.75);
        assertThat(result.scores().recall(4)).isEqualTo(1.0);
        assertThat(result.outcomes().get(2).main().orElseThrow().cameo().root()).isEqualTo("11");
    }
}
