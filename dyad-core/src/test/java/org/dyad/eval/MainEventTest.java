package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoOntology;
import org.dyad.testing.SharedCoder;
import org.dyad.time.EventDate;
import org.junit.jupiter.api.Test;

class MainEventTest {
    private static final CameoOntology CAMEO = CameoOntology.load();
    private static final LocalDate DAY = LocalDate.of(2024, 4, 4);
    private static final Article ARTICLE = Article.of("m", DAY,
            "Moscow said Russian jets struck Idlib, while Ankara voiced concern about the strikes.");

    private static Event event(String cameo, Modality modality, double confidence) {
        return event(cameo, modality, confidence, 0);
    }

    private static Event event(String cameo, Modality modality, double confidence, int triggerBegin) {
        Actor actor = new Actor("TUR", "TUR", "TUR", "TUR", List.of(), 0, 1);
        return new Event("m-0-0", ARTICLE, 0, ARTICLE.text(), 0, actor, null, CAMEO.get(cameo), modality, null,
                EventDate.ofArticle(DAY), null, confidence, "test", "said", triggerBegin, List.of());
    }

    @Test
    void anActOutranksAPlainStatementAboutIt() {
        Event said = event("010", Modality.ASSERTED, 0.9);
        Event strike = event("195", Modality.ASSERTED, 0.8);
        assertThat(MainEvent.of(List.of(said, strike))).contains(strike);
    }

    @Test
    void aCommentOfAParticularKindOutranksTheActItIsAbout() {
        Event strike = event("195", Modality.ASSERTED, 0.9);
        Event concern = event("012", Modality.ASSERTED, 0.8);
        Event condolences = event("018", Modality.ASSERTED, 0.8);
        Event denial = event("016", Modality.ASSERTED, 0.8);
        assertThat(MainEvent.of(List.of(strike, concern))).contains(concern);
        assertThat(MainEvent.of(List.of(condolences, strike))).contains(condolences);
        assertThat(MainEvent.of(List.of(strike, denial))).contains(denial);
    }

    @Test
    void aCommentThatDidNotHappenGivesWayToTheAct() {
        Event strike = event("195", Modality.ASSERTED, 0.8);
        Event noDenial = event("016", Modality.NEGATED, 0.9);
        assertThat(MainEvent.of(List.of(noDenial, strike))).contains(strike);
    }

    @Test
    void assertedBeforeOtherModalitiesThenTheSurest() {
        Event planned = event("042", Modality.FUTURE, 0.95);
        Event met = event("040", Modality.ASSERTED, 0.7);
        Event praised = event("051", Modality.ASSERTED, 0.8);
        assertThat(MainEvent.of(List.of(planned, met))).contains(met);
        assertThat(MainEvent.of(List.of(met, praised))).contains(praised);
        assertThat(MainEvent.of(List.of())).isEmpty();
    }

    @Test
    void amongActsOfEqualStandingTheFirstReadComesFirst() {
        Event condemned = event("111", Modality.ASSERTED, 0.6, 30);
        Event stormed = event("171", Modality.ASSERTED, 0.9, 70);
        assertThat(MainEvent.of(List.of(stormed, condemned))).contains(condemned);
    }

    @Test
    void onRealSentencesTheReportedActAndTheFirstActAreMain() {
        assertThat(root("The Syrian foreign ministry said Israeli jets bombed an airport near Damascus.")).hasValue("19");
        assertThat(root("South Africa's government condemned a protest by farmers who stormed a court building in"
                + " Pretoria.")).hasValue("11");
        assertThat(root("The weather in Geneva was mild on Tuesday.")).isEmpty();
    }

    private static Optional<String> root(String sentence) {
        return MainEvent.of(SharedCoder.code(sentence, "2024-04-04").events()).map(event -> event.cameo().root());
    }
}
