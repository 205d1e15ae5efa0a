package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.ActorLexicon;
import org.dyad.actor.AtomFinder;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

class ActorSpanEvaluationTest {
    private static final String FILE = String.join("\n",
            "Turkish B-S", "troops I-S", "shelled B-R", "Syrian B-T", "positions I-T", "near O", "Kobani O", ". O",
            "",
            "Zorblat B-S", "Industries I-S", "criticised B-R", "the O", "French B-T", "government I-T", ". O",
            "");

    private static List<RoleSentence> sentences() throws Exception {
        return RoleFileReader.read(new BufferedReader(new StringReader(FILE)));
    }

    @Test
    void readsSentencesAndTheirSpans() throws Exception {
        List<RoleSentence> sentences = sentences();
        assertThat(sentences).hasSize(2);
        RoleSentence first = sentences.get(0);
        assertThat(first.text()).isEqualTo("Turkish troops shelled Syrian positions near Kobani .");
        assertThat(first.spans()).extracting(first::text).containsExactly("Turkish troops", "Syrian positions");
        assertThat(first.spans()).extracting(RoleSentence.Span::role).containsExactly('S', 'T');
        assertThat(sentences.get(1).line()).isEqualTo(10);
    }

    @Test
    void countsResolvedSpansAndKeepsTheMisses() throws Exception {
        ActorSpanEvaluation evaluation = new ActorSpanEvaluation(SharedCoder::annotate,
                new AtomFinder(ActorLexicon.of(ActorKnowledge.load())));
        ActorSpanEvaluation.Result result = evaluation.evaluate(sentences());
        assertThat(result.spans()).isEqualTo(4);
        assertThat(result.sources()).isEqualTo(2);
        assertThat(result.sourcesResolved()).isEqualTo(1);
        assertThat(result.targetsResolved()).isEqualTo(2);
        assertThat(result.misses()).extracting(ActorSpanEvaluation.Miss::span)
                .containsExactly("Zorblat Industries");
        assertThat(result.share()).isEqualTo(0.75);
    }
}
