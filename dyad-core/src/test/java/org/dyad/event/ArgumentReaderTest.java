package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The participants a trigger's dependency edges name: subjects, objects, passives, prepositions, possessives. */
class ArgumentReaderTest {
    private static TriggerFinder triggers;
    private static ArgumentReader reader;

    @BeforeAll
    static void loadLexicon() {
        triggers = new TriggerFinder(TriggerLexicon.load());
        reader = new ArgumentReader();
    }

    @Test
    void anActiveVerbTakesItsSubjectAsSourceAndObjectAsTarget() {
        Sentence sentence = sentence("Russia attacked Ukraine.");
        Arguments args = argumentsOf(sentence, "attacked");

        assertThat(args.sources()).containsExactly(index(sentence, "Russia"));
        assertThat(args.targets()).containsExactly(index(sentence, "Ukraine"));
        assertThat(args.pattern()).isEqualTo("nsubj-obj");
        assertThat(args.inherited()).isFalse();
    }

    @Test
    void aPassiveVerbTakesTheByPhraseAsSource() {
        Sentence sentence = sentence("Ukraine was attacked by Russia.");
        Arguments args = argumentsOf(sentence, "attacked");

        assertThat(args.sources()).containsExactly(index(sentence, "Russia"));
        assertThat(args.targets()).containsExactly(index(sentence, "Ukraine"));
        assertThat(args.pattern()).isEqualTo("pass-by");
    }

    @Test
    void meetingWithSomeoneMakesThemTheTarget() {
        Sentence sentence = sentence("Iran's foreign minister met with Iraq's foreign minister.");
        Arguments args = argumentsOf(sentence, "met");

        assertThat(args.sources()).containsExactly(nth(sentence, "minister", 0));
        assertThat(args.targets()).containsExactly(nth(sentence, "minister", 1));
        assertThat(args.pattern()).isEqualTo("nsubj-with");
    }

    @Test
    void anAttackNounTakesOnAsTargetAndByAsSource() {
        Sentence sentence = sentence("Officials described an attack on Ukraine by Russia.");
        Arguments args = argumentsOf(sentence, "attack");

        assertThat(args.sources()).containsExactly(index(sentence, "Russia"));
        assertThat(args.targets()).containsExactly(index(sentence, "Ukraine"));
        assertThat(args.pattern()).isEqualTo("on-by");
    }

    @Test
    void aPossessiveIsTheSourceOfAnAttack() {
        Sentence sentence = sentence("Israel's attack on Lebanon killed dozens.");
        Arguments args = argumentsOf(sentence, "attack");

        assertThat(args.sources()).containsExactly(index(sentence, "Israel"));
        assertThat(args.targets()).containsExactly(index(sentence, "Lebanon"));
        assertThat(args.pattern()).isEqualTo("poss-on");
    }

    @Test
    void talksBetweenTwoCountriesArePairwise() {
        Sentence sentence = sentence("Talks between Iran and Iraq resumed on Monday.");
        Arguments args = argumentsOf(sentence, "Talks");

        assertThat(args.pairwise()).isTrue();
        assertThat(args.sources()).contains(index(sentence, "Iran"));
        assertThat(args.targets()).isEmpty();
        assertThat(args.pattern()).isEqualTo("between");
    }

    @Test
    void aCoAgentIntroducedByAlongsideIsAnotherSource() {
        Sentence sentence = sentence("China, alongside Russia, vetoed the resolution.");
        Arguments args = argumentsOf(sentence, "vetoed");

        assertThat(args.sources()).containsExactlyInAnyOrder(index(sentence, "China"), index(sentence, "Russia"));
        assertThat(args.pattern()).contains("alongside");
    }

    @Test
    void aggressionInACountryTargetsIt() {
        Sentence sentence = sentence("Russia's aggression in Ukraine continued.");
        Arguments args = argumentsOf(sentence, "aggression");

        assertThat(args.sources()).containsExactly(index(sentence, "Russia"));
        assertThat(args.targets()).containsExactly(index(sentence, "Ukraine"));
        assertThat(args.pattern()).isEqualTo("poss-in");
    }

    @Test
    void aLightVerbLendsItsSubjectToTheNoun() {
        Sentence sentence = sentence("Egypt held talks with Israel.");
        Arguments args = argumentsOf(sentence, "talks");

        assertThat(args.sources()).containsExactly(index(sentence, "Egypt"));
        assertThat(args.targets()).containsExactly(index(sentence, "Israel"));
        assertThat(args.pattern()).isEqualTo("with-light");
    }

    private static Arguments argumentsOf(Sentence sentence, String triggerWord) {
        int token = index(sentence, triggerWord);
        Trigger trigger = triggers.find(sentence).stream().filter(t -> t.token() == token).findFirst()
                .orElseThrow(() -> new AssertionError("'" + triggerWord + "' is no trigger"));
        return reader.read(sentence, trigger);
    }

    private static Sentence sentence(String text) {
        List<Sentence> sentences = SharedCoder.annotate(text).sentences();
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    private static int index(Sentence sentence, String word) {
        return nth(sentence, word, 0);
    }

    private static int nth(Sentence sentence, String word, int n) {
        List<Integer> found = sentence.tokens().stream().filter(token -> token.word().equals(word))
                .map(token -> token.index()).toList();
        assertThat(found).as("tokens '%s'", word).hasSizeGreaterThan(n);
        return found.get(n);
    }
}
