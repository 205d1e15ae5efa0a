package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    private static final String TEXT = "US President Joe Biden and his Chinese counterpart Xi Jingping. talked on the "
            + "phone this week for the first time since the November meeting. Both sides stressed the call's frank nature.";

    @Test
    void strayStopDoesNotSplitTheSentence() {
        Doc doc = SharedCoder.annotate(TEXT);
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.text(doc.sentences().get(0))).contains("Xi Jingping. talked on the phone");
    }

    @Test
    void tokensPointIntoTheOriginalText() {
        Doc doc = SharedCoder.annotate(TEXT);
        int previousEnd = 0;
        for (Sentence sentence : doc.sentences()) {
            assertThat(sentence.begin()).isGreaterThanOrEqualTo(previousEnd);
            for (Token token : sentence.tokens()) {
                assertThat(TEXT.substring(token.begin(), token.end())).isEqualTo(token.word());
            }
            previousEnd = sentence.end();
        }
        assertThat(doc.text()).isEqualTo(TEXT);
    }

    @Test
    void parsesSubjectsOfTheCoordinatedVerb() {
        Sentence first = SharedCoder.annotate(TEXT).sentences().get(0);
        int talked = first.tokens().stream().filter(t -> t.word().equals("talked")).findFirst().orElseThrow().index();
        assertThat(first.graph().children(talked, "nsubj")).hasSize(2);
        assertThat(first.token(talked).lemma()).isEqualTo("talk");
    }

    @Test
    void emptyAndPunctuationOnlyTexts() {
        assertThat(SharedCoder.annotate("").sentences()).isEmpty();
        Doc dots = SharedCoder.annotate("... !!! ???");
        dots.sentences().forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(11));
    }
}
