package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.nlp.Doc;
import org.dyad.nlp.Sentence;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Actor phrases composed from their atoms, and the code they stand for on a date. */
class ActorPhraseResolverTest {
    private static final LocalDate ARTICLE_DAY = LocalDate.of(2024, 4, 4);

    private static AtomFinder finder;
    private static ActorPhraseResolver resolver;

    @BeforeAll
    static void loadKnowledge() {
        finder = new AtomFinder(ActorLexicon.of(ActorKnowledge.load()));
        resolver = new ActorPhraseResolver();
    }

    @Test
    void aTitledPersonIsThePersonAndActsForHisGovernment() {
        ActorMention wang = actorHeadedBy("Chinese Foreign Minister Wang Yi arrived in Jakarta on Sunday.", "Yi");

        assertThat(wang.person()).isNotNull();
        assertThat(wang.name()).isEqualTo("Wang Yi");
        assertThat(wang.text()).isEqualTo("Chinese Foreign Minister Wang Yi");
        assertThat(wang.certain()).isTrue();
        Actor actor = wang.on(LocalDate.of(2024, 1, 27));
        assertThat(actor.code()).isEqualTo("CHNGOV");
        assertThat(actor.country()).isEqualTo("CHN");
        assertThat(actor.sectors()).containsExactly("GOV");
    }

    @Test
    void theResolverReadsThePhraseFromItsHeadToken() {
        Doc doc = SharedCoder.annotate("Chinese Foreign Minister Wang Yi arrived in Jakarta on Sunday.");
        Sentence sentence = doc.sentences().get(0);

        Optional<ActorMention> mention = resolver.resolve(doc.text(), sentence, finder.find(sentence),
                index(sentence, "Yi"));

        assertThat(mention).get().extracting(ActorMention::name).isEqualTo("Wang Yi");
        assertThat(mention.get().begin()).isZero();
        assertThat(mention.get().end()).isEqualTo("Chinese Foreign Minister Wang Yi".length());
    }

    @Test
    void aTitleWithAnUnknownNameIsItsCountrysGovernmentWithoutAPerson() {
        ActorMention minister = actorHeadedBy("Kenyan Foreign Minister Amara Odhiambo flew to Addis Ababa.", "Odhiambo");

        assertThat(minister.person()).isNull();
        assertThat(minister.country()).isEqualTo("KEN");
        assertThat(minister.sector()).isEqualTo("GOV");
        assertThat(minister.text()).isEqualTo("Kenyan Foreign Minister Amara Odhiambo");
        assertThat(minister.on(ARTICLE_DAY).code()).isEqualTo("KENGOV");
    }

    @Test
    void theUsCongressIsTheAmericanLegislature() {
        ActorMention congress = actorHeadedBy("The US Congress passed the aid bill on Saturday.", "Congress");

        assertThat(congress.on(ARTICLE_DAY).code()).isEqualTo("USALEG");
        assertThat(congress.on(ARTICLE_DAY).sectors()).containsExactly("LEG");
        assertThat(congress.text()).isEqualTo("US Congress");
    }

    @Test
    void chineseTroopsAreTheChineseMilitary() {
        ActorMention troops = actorHeadedBy("Chinese troops crossed the border before dawn.", "troops");

        assertThat(troops.on(ARTICLE_DAY).code()).isEqualTo("CHNMIL");
        assertThat(troops.on(ARTICLE_DAY).country()).isEqualTo("CHN");
    }

    @Test
    void trumpIsTheGovernmentOnlyWhileInOffice() {
        ActorMention trump = actorHeadedBy("Donald Trump spoke to reporters in Florida.", "Trump");

        assertThat(trump.name()).isEqualTo("Donald Trump");
        assertThat(trump.on(LocalDate.of(2018, 7, 6)).code()).isEqualTo("USAGOV");
        Actor betweenTerms = trump.on(ARTICLE_DAY);
        assertThat(betweenTerms.code()).isNotEqualTo("USAGOV").isEqualTo("USAELI");
        assertThat(betweenTerms.country()).isEqualTo("USA");
        assertThat(trump.on(LocalDate.of(2025, 3, 1)).code()).isEqualTo("USAGOV");
    }

    @Test
    void aCountryModifyingAThingStandsForTheCountry() {
        ActorMention resolution = actorHeadedBy("China voted against the US-sponsored resolution.", "resolution");

        Actor actor = resolution.on(ARTICLE_DAY);
        assertThat(actor.code()).isEqualTo("USA");
        assertThat(actor.country()).isEqualTo("USA");
        assertThat(actor.sectors()).isEmpty();
        assertThat(resolution.text()).contains("US-sponsored");
    }

    @Test
    void anUnknownCapitalisedNameStaysUnresolvedWithItsText() {
        ActorMention unknown = actorHeadedBy("Zorblat Industries denied the allegations.", "Industries");

        assertThat(unknown.isResolved()).isFalse();
        assertThat(unknown.text()).isEqualTo("Zorblat Industries");
        assertThat(unknown.name()).isEqualTo("Zorblat Industries");
        Actor actor = unknown.on(ARTICLE_DAY);
        assertThat(actor.code()).isNull();
        assertThat(actor.country()).isNull();
        assertThat(actor.isResolved()).isFalse();
    }

    @Test
    void aGroupWordModifyingAThingIsNoActor() {
        String text = "Beijing and Washington agreed to resume military talks.";
        Doc doc = SharedCoder.annotate(text);
        DocumentActors actors = DocumentActors.of(doc, finder, resolver);
        Sentence sentence = doc.sentences().get(0);

        assertThat(actors.actorAt(0, index(sentence, "talks"))).isEmpty();
        assertThat(actorHeadedBy("The military seized the airport.", "military").on(ARTICLE_DAY).sectors())
                .containsExactly("MIL");
    }

    @Test
    void aSpeakerBeforeItsVerbIsNoAppositionOfThePlaceBeforeIt() {
        String text = "Militias shelled villages in West Darfur, Human Rights Watch said.";
        Doc doc = SharedCoder.annotate(text);
        DocumentActors actors = DocumentActors.of(doc, finder, resolver);
        Sentence sentence = doc.sentences().get(0);

        assertThat(actors.actorAt(0, index(sentence, "Darfur")).map(ActorMention::code)).isNotEqualTo(Optional.of("HRW"));
        assertThat(actors.actorAt(0, index(sentence, "Watch")).map(ActorMention::code)).contains("HRW");
    }

    @Test
    void brusselsStandsForTheEuropeanUnion() {
        assertThat(actorHeadedBy("Brussels put pressure on Budapest to drop its veto.", "Brussels").on(ARTICLE_DAY)
                .code()).isEqualTo("EU");
    }

    @Test
    void aMisspeltPersonIsResolvedButUncertain() {
        ActorMention xi = actorHeadedBy("Xi Jingping criticised Japan.", "Jingping");

        assertThat(xi.name()).isEqualTo("Xi Jinping");
        assertThat(xi.certain()).isFalse();
        assertThat(xi.on(ARTICLE_DAY).code()).isEqualTo("CHNGOV");
    }

    @Test
    void aSeatOfPowerKeepsItsOwnCode() {
        ActorMention kremlin = actorHeadedBy("The Kremlin dismissed the report as propaganda.", "Kremlin");

        assertThat(kremlin.on(ARTICLE_DAY).code()).isEqualTo("RUSGOV");
    }

    private static ActorMention actorHeadedBy(String text, String headWord) {
        Doc doc = SharedCoder.annotate(text);
        DocumentActors actors = DocumentActors.of(doc, finder, resolver);
        Sentence sentence = doc.sentences().get(0);
        return actors.actorAt(0, index(sentence, headWord))
                .orElseThrow(() -> new AssertionError("no actor headed by '" + headWord + "' in: " + text));
    }

    private static int index(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(token -> token.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "'")).index();
    }
}
