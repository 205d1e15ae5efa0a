package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.nlp.Doc;
import org.dyad.nlp.Sentence;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pronouns and plural references that point back to actors named before them, and those that do not. */
class CoreferenceTest {
    private static AtomFinder finder;
    private static ActorPhraseResolver resolver;

    @BeforeAll
    static void loadKnowledge() {
        finder = new AtomFinder(ActorLexicon.of(ActorKnowledge.load()));
        resolver = new ActorPhraseResolver();
    }

    @Test
    void heAfterANamedPresidentIsThePresident() {
        Doc doc = SharedCoder.annotate("US President Joe Biden arrived in Tokyo on Monday. He praised the alliance.");
        Coreference coreference = coreferenceOf(doc);

        List<ActorMention> he = coreference.resolve(1, index(doc, 1, "He"));

        assertThat(he).hasSize(1);
        ActorMention biden = he.get(0);
        assertThat(biden.name()).isEqualTo("Joe Biden");
        assertThat(biden.person()).isNotNull();
        assertThat(biden.text()).isEqualTo("He");
        assertThat(biden.sentence()).isEqualTo(1);
        assertThat(biden.certain()).isFalse();
        assertThat(doc.text().substring(biden.begin(), biden.end())).isEqualTo("He");
    }

    @Test
    void theTwoPresidentsAndTheirAreBothOfAPairNamedTogether() {
        Doc doc = SharedCoder.annotate("Biden and Xi met in Woodside last year. "
                + "The two presidents criticised Russia, and their envoys praised Brazil.");
        Coreference coreference = coreferenceOf(doc);

        List<ActorMention> presidents = coreference.resolve(1, index(doc, 1, "presidents"));
        assertThat(presidents).extracting(ActorMention::name).containsExactly("Joe Biden", "Xi Jinping");
        assertThat(presidents).extracting(ActorMention::text).containsOnly("The two presidents");

        List<ActorMention> their = coreference.resolve(1, index(doc, 1, "their"));
        assertThat(their).extracting(ActorMention::name).containsExactly("Joe Biden", "Xi Jinping");
        assertThat(their).extracting(ActorMention::country).containsExactly("USA", "CHN");
    }

    @Test
    void theyAfterThreeStatesNamedTogetherIsAllThree() {
        Doc doc = SharedCoder.annotate("France, Italy and Spain met in Rome on Monday. They condemned the coup in Niger.");

        List<ActorMention> they = coreferenceOf(doc).resolve(1, index(doc, 1, "They"));

        assertThat(they).extracting(ActorMention::country).containsExactly("FRA", "ITA", "ESP");
    }

    @Test
    void itIsLeftUnresolved() {
        Doc doc = SharedCoder.annotate("Russia threatened Ukraine again. It also attacked Poland.");

        assertThat(coreferenceOf(doc).resolve(1, index(doc, 1, "It"))).isEmpty();
    }

    @Test
    void anEventWhoseSubjectIsItIsNotCoded() {
        var events = SharedCoder.code("Russia threatened Ukraine again. It also attacked Poland.", "2024-04-04").events();

        assertThat(events).extracting(e -> e.cameo().code()).containsExactly("130");
        assertThat(events).noneMatch(e -> e.target() != null && "POL".equals(e.target().country()));
    }

    @Test
    void itsInAClauseOfAStateIsThatState() {
        Doc doc = SharedCoder.annotate("Serbia put its army on high alert after the incident.");

        assertThat(coreferenceOf(doc).resolve(0, index(doc, 0, "its"))).extracting(ActorMention::country)
                .containsExactly("SRB");
    }

    @Test
    void itsStaysUnresolvedWhenThePersonIsTheSubject() {
        Doc doc = SharedCoder.annotate("President Joe Biden praised the company for its work.");

        assertThat(coreferenceOf(doc).resolve(0, index(doc, 0, "its"))).isEmpty();
    }

    @Test
    void anOrdinaryWordRefersToNoActor() {
        Doc doc = SharedCoder.annotate("US President Joe Biden arrived in Tokyo on Monday. He praised the alliance.");

        assertThat(coreferenceOf(doc).resolve(1, index(doc, 1, "alliance"))).isEmpty();
    }

    private static Coreference coreferenceOf(Doc doc) {
        return new Coreference(DocumentActors.of(doc, finder, resolver));
    }

    private static int index(Doc doc, int sentence, String word) {
        Sentence s = doc.sentences().get(sentence);
        return s.tokens().stream().filter(token -> token.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "'")).index();
    }
}
