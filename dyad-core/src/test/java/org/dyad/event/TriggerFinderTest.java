package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trigger words found in a sentence: verbs with their requirements, event nouns with their light verbs. */
class TriggerFinderTest {
    private static TriggerFinder finder;

    @BeforeAll
    static void loadLexicon() {
        finder = new TriggerFinder(TriggerLexicon.load());
    }

    @Test
    void imposingTariffsIsOneVerbTriggerWithItsObject() {
        Sentence sentence = sentence("The United States imposed tariffs on Chinese steel.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).hasSize(1);
        Trigger imposed = triggers.get(0);
        assertThat(imposed.token()).isEqualTo(index(sentence, "imposed"));
        assertThat(imposed.rule().cameo()).isEqualTo("163");
        assertThat(imposed.rule().wordClass()).isEqualTo(WordClass.VERB);
        assertThat(imposed.rule().requirement()).isInstanceOf(Requirement.Object.class);
        assertThat(imposed.partner()).isEqualTo(index(sentence, "tariffs"));
        assertThat(imposed.hasLightVerb()).isFalse();
        assertThat(imposed.rule().name()).isEqualTo("163/impose+obj");
    }

    @Test
    void heldTalksIsTheNounWithALightVerb() {
        Sentence sentence = sentence("Egypt held talks with Israel.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).hasSize(1);
        Trigger talks = triggers.get(0);
        assertThat(talks.token()).isEqualTo(index(sentence, "talks"));
        assertThat(talks.rule().cameo()).isEqualTo("040");
        assertThat(talks.rule().wordClass()).isEqualTo(WordClass.NOUN);
        assertThat(talks.hasLightVerb()).isTrue();
        assertThat(talks.lightVerb()).isEqualTo(index(sentence, "held"));
        assertThat(talks.rule().symmetric()).isTrue();
    }

    @Test
    void aWordOfAPersonsNameIsNoAct() {
        Sentence sentence = sentence("The bill was introduced by Representative Louise Slaughter of New York.");

        assertThat(finder.find(sentence)).noneMatch(trigger -> trigger.token() == index(sentence, "Slaughter"));
    }

    @Test
    void abstainingIsNoEvent() {
        assertThat(finder.find(sentence("Hungary abstained in the vote on the resolution."))).isEmpty();
    }

    @Test
    void aTradeWarIsAnEconomicMeasureNotFighting() {
        Sentence sentence = sentence("Trump started a trade war with China.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).hasSize(1);
        Trigger war = triggers.get(0);
        assertThat(war.token()).isEqualTo(index(sentence, "war"));
        assertThat(war.rule().cameo()).isEqualTo("163").isNotEqualTo("190");
        assertThat(war.rule().requirement()).isInstanceOf(Requirement.Modifier.class);
        assertThat(war.partner()).isEqualTo(index(sentence, "trade"));
        assertThat(war.lightVerb()).isEqualTo(index(sentence, "started"));
        assertThat(war.rule().name()).isEqualTo("163/war+mod");
    }

    @Test
    void aWarWithoutTradeIsFighting() {
        Sentence sentence = sentence("Azerbaijan waged a war against Armenia.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().cameo()).containsExactly("190");
        assertThat(triggers.get(0).token()).isEqualTo(index(sentence, "war"));
    }

    @Test
    void vetoingIsRejectingAResolution() {
        Sentence sentence = sentence("Russia vetoed the resolution.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).hasSize(1);
        assertThat(triggers.get(0).rule().cameo()).isEqualTo("129");
        assertThat(triggers.get(0).rule().wordClass()).isEqualTo(WordClass.VERB);
        assertThat(triggers.get(0).rule().name()).isEqualTo("129/veto");
    }

    @Test
    void triggersComeInTokenOrder() {
        Sentence sentence = sentence("Iran criticised Iraq and later attacked Kuwait.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().cameo()).containsExactly("111", "190");
        assertThat(triggers.get(0).token()).isLessThan(triggers.get(1).token());
    }

    @Test
    void aStrikeGoneOnTakesTheSubjectOfGo() {
        Sentence sentence = sentence("Kenyan workers went on strike.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().cameo()).containsExactly("143");
        assertThat(triggers.get(0).lightVerb()).isEqualTo(index(sentence, "went"));
    }

    @Test
    void forcesPutOnAlertAreAnAlertOfWhoeverPutThem() {
        Sentence sentence = sentence("Serbia put its army on high alert.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().cameo()).containsExactly("152");
        assertThat(triggers.get(0).lightVerb()).isEqualTo(index(sentence, "put"));
    }

    @Test
    void anUltimatumGivenIsOnlyTheUltimatumNotAlsoAGift() {
        Sentence sentence = sentence("Ecuador gave Peru an ultimatum.");

        assertThat(finder.find(sentence)).extracting(t -> t.rule().cameo()).containsExactly("139");
    }

    @Test
    void findingSomeoneGuiltyNeedsTheComplement() {
        Sentence verdict = sentence("A Tehran court found the British engineer guilty of spying.");
        List<Trigger> triggers = finder.find(verdict);

        assertThat(triggers).extracting(t -> t.rule().name()).containsExactly("116/find+comp");
        assertThat(triggers.get(0).partner()).isEqualTo(index(verdict, "guilty"));
        assertThat(finder.find(sentence("The rescuers found the missing climbers."))).isEmpty();
    }

    @Test
    void aMediationEffortLaunchedIsAMediationByWhoeverLaunchedIt() {
        Sentence sentence = sentence("Qatar launched a mediation effort between the two factions.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().cameo()).containsExactly("045");
        assertThat(triggers.get(0).lightVerb()).isEqualTo(index(sentence, "launched"));
    }

    @Test
    void aRoundOfExercisesBegunTakesTheSubjectOfBegin() {
        Sentence sentence = sentence("Egypt and Greece began a new round of joint naval exercises.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().cameo()).containsExactly("062");
        assertThat(triggers.get(0).lightVerb()).isEqualTo(index(sentence, "began"));
    }

    @Test
    void warInWarGamesOnlyNamesTheirKind() {
        Sentence sentence = sentence("Chilean and Peruvian marines held war games off the coast.");

        assertThat(finder.find(sentence)).extracting(t -> t.rule().cameo()).containsExactly("062");
    }

    @Test
    void theObjectsCompoundCanMeetTheRequirement() {
        Sentence sentence = sentence("Norway ended its mediation efforts in the conflict.");
        List<Trigger> triggers = finder.find(sentence);

        assertThat(triggers).extracting(t -> t.rule().name()).containsExactly("165/end+obj");
        assertThat(triggers.get(0).partner()).isEqualTo(index(sentence, "mediation"));
    }

    @Test
    void troopsMeetARequirementForTroop() {
        Sentence sentence = sentence("Ghana will withdraw its troops from Mali.");

        assertThat(finder.find(sentence)).extracting(t -> t.rule().cameo()).containsExactly("087");
    }

    @Test
    void aidWhoseSuspensionIsAnnouncedIsNotGivenByTheAnnouncer() {
        Sentence sentence = sentence("Denmark announced a suspension of aid to Egypt.");
        List<Trigger> triggers = finder.find(sentence);

        Trigger suspension = triggers.stream().filter(t -> t.rule().cameo().equals("162")).findFirst().orElseThrow();
        assertThat(suspension.lightVerb()).isEqualTo(index(sentence, "announced"));
        assertThat(triggers).filteredOn(t -> t.rule().cameo().startsWith("07")).allMatch(t -> !t.hasLightVerb());
    }

    private static Sentence sentence(String text) {
        List<Sentence> sentences = SharedCoder.annotate(text).sentences();
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    private static int index(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(token -> token.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "'")).index();
    }
}
