package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoOntology;
import org.dyad.time.EventDate;
import org.junit.jupiter.api.Test;

class SentenceMatchTest {
    private static final CameoOntology CAMEO = CameoOntology.load();
    private static final LocalDate DAY = LocalDate.of(2024, 4, 4);
    private static final Article ARTICLE = Article.of("m", DAY,
            "Israeli jets struck Hamas targets in Gaza as NATO and Russia traded accusations.");
    private static final ActorKeys KEYS = new ActorKeys(Set.of("HMS", "NATO", "UNSC"));

    private static Event predicted(String source, String cameo, String target, Modality modality) {
        return new Event("m-0-0", ARTICLE, 0, ARTICLE.text(), 0, actor(source), target == null ? null : actor(target),
                CAMEO.get(cameo), modality, null, EventDate.ofArticle(DAY), null, 0.9, "test", "struck", 0, List.of());
    }

    private static Actor actor(String code) {
        return new Actor(code, code, code, code.length() >= 3 ? code.substring(0, 3) : null, List.of(), 0, 1);
    }

    private static GoldEvent gold(String source, String cameo, String target) {
        return new GoldEvent(source, target, cameo, Modality.ASSERTED, null, null);
    }

    @Test
    void actorKeysAreCountriesExceptForOrganisations() {
        assertThat(KEYS.key("USAGOV")).isEqualTo("USA");
        assertThat(KEYS.key("USA")).isEqualTo("USA");
        assertThat(KEYS.key("NATO")).isEqualTo("NATO");
        assertThat(KEYS.key("HMS")).isEqualTo("HMS");
        assertThat(KEYS.key("EU")).isEqualTo("EU");
        assertThat(KEYS.key(null)).isNull();
    }

    @Test
    void matchesOnSourceCountryTargetCountryAndRootOnly() {
        SentenceMatch match = SentenceMatch.of(List.of(gold("ISR", "190", "HMS")),
                List.of(predicted("ISRMIL", "195", "HMS", Modality.HYPOTHETICAL)), KEYS);
        assertThat(match.pairs()).hasSize(1);
        assertThat(match.missed()).isEmpty();
        assertThat(match.spurious()).isEmpty();
    }

    @Test
    void aWrongRootTargetOrDirectionIsAMissAndAFalseAlarm() {
        List<GoldEvent> gold = List.of(gold("ISR", "190", "HMS"));
        for (Event wrong : List.of(predicted("ISR", "111", "HMS", Modality.ASSERTED),
                predicted("ISR", "190", "PSE", Modality.ASSERTED),
                predicted("HMS", "190", "ISR", Modality.ASSERTED),
                predicted("ISR", "190", null, Modality.ASSERTED))) {
            SentenceMatch match = SentenceMatch.of(gold, List.of(wrong), KEYS);
            assertThat(match.pairs()).as(wrong.toString()).isEmpty();
            assertThat(match.missed()).containsExactlyElementsOf(gold);
            assertThat(match.spurious()).containsExactly(wrong);
        }
    }

    @Test
    void eachPredictedEventMatchesOneGoldEventAtMost() {
        Event once = predicted("NATO", "112", "RUSGOV", Modality.ASSERTED);
        SentenceMatch match = SentenceMatch.of(List.of(gold("NATO", "112", "RUS"), gold("NATO", "111", "RUS")),
                List.of(once), KEYS);
        assertThat(match.pairs()).singleElement().satisfies(pair -> {
            assertThat(pair.gold().cameo()).isEqualTo("112");
            assertThat(pair.predicted()).isSameAs(once);
        });
        assertThat(match.missed()).extracting(GoldEvent::cameo).containsExactly("111");
    }

    @Test
    void prefersThePairThatAlsoAgreesOnCodeAndModality() {
        Event asserted = predicted("RUS", "192", "UKR", Modality.ASSERTED);
        Event negated = predicted("RUS", "190", "UKR", Modality.NEGATED);
        GoldEvent goldNegated = new GoldEvent("RUS", "UKR", "190", Modality.NEGATED, null, null);
        GoldEvent goldAsserted = new GoldEvent("RUS", "UKR", "192", Modality.ASSERTED, null, null);
        SentenceMatch match = SentenceMatch.of(List.of(goldNegated, goldAsserted), List.of(asserted, negated), KEYS);
        assertThat(match.pairs()).extracting(pair -> pair.gold().cameo() + "=" + pair.predicted().cameo().code())
                .containsExactly("190=190", "192=192");
    }
}
