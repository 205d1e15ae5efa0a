package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.dyad.testing.EventDyads;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** Whole sentences coded into events: who did what to whom, with the CAMEO code and the rule that fired. */
class ExtractionTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void anActiveAttack() {
        Event attack = only(events("Russia attacked Ukraine."));

        assertThat(EventDyads.of(attack)).isEqualTo("RUS 190 UKR");
        assertThat(attack.cameo().root()).isEqualTo("19");
        assertThat(attack.cameo().quadClass()).isEqualTo(4);
        assertThat(attack.trigger()).isEqualTo("attacked");
        assertThat(attack.rule()).isEqualTo("190/attack:nsubj-obj");
        assertThat(attack.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void aPassiveAttackKeepsTheAttackerAsSource() {
        Event attack = only(events("Ukraine was attacked by Russia."));

        assertThat(EventDyads.of(attack)).isEqualTo("RUS 190 UKR");
        assertThat(attack.rule()).isEqualTo("190/attack:pass-by");
    }

    @Test
    void meetingWithAMinisterTargetsHisGovernmentAndGoesBothWays() {
        List<Event> events = events("Iran's foreign minister met with Iraq's foreign minister.");

        assertThat(events).extracting(EventDyads::of).containsExactly("IRNGOV 040 IRQGOV", "IRQGOV 040 IRNGOV");
        assertThat(events).extracting(Event::rule).containsOnly("040/meet:nsubj-with");
    }

    @Test
    void anAttackOnACountryByAnother() {
        Event attack = only(events("Officials described an attack on Ukraine by Russia."));

        assertThat(EventDyads.of(attack)).isEqualTo("RUS 190 UKR");
        assertThat(attack.trigger()).isEqualTo("attack");
    }

    @Test
    void israelsAttackOnLebanon() {
        Event attack = only(events("Israel's attack on Lebanon killed dozens."));

        assertThat(EventDyads.of(attack)).isEqualTo("ISR 190 LBN");
        assertThat(attack.rule()).isEqualTo("190/attack:poss-on");
    }

    @Test
    void talksBetweenTwoCountriesAreOneEventEachWay() {
        List<Event> events = events("Talks between Iran and Iraq resumed on Monday.");

        assertThat(events).extracting(EventDyads::of).containsExactlyInAnyOrder("IRN 040 IRQ", "IRQ 040 IRN");
    }

    @Test
    void aCoordinatedSubjectGivesOneEventPerActor() {
        List<Event> events = events("China and Russia vetoed the resolution.");

        assertThat(events).extracting(e -> e.source().code()).containsExactlyInAnyOrder("CHN", "RUS");
        assertThat(events).extracting(e -> e.cameo().code()).containsOnly("129");
        assertThat(events).allMatch(e -> e.target() == null);
    }

    @Test
    void aCoAgentAlongsideTheSubjectActsToo() {
        List<Event> events = events("China, alongside Russia, vetoed the resolution.");

        assertThat(events).extracting(e -> e.source().code()).containsExactlyInAnyOrder("CHN", "RUS");
        assertThat(events).extracting(e -> e.cameo().code()).containsOnly("129");
    }

    @Test
    void aggressionInUkraineIsRussiasAgainstUkraine() {
        Event aggression = only(events("Russia's aggression in Ukraine continued."));

        assertThat(EventDyads.of(aggression)).isEqualTo("RUS 190 UKR");
    }

    @Test
    void twoActorsTalkingTalkToEachOther() {
        List<Event> events = events("Armenia and Azerbaijan talked.");

        assertThat(events).extracting(EventDyads::of).containsExactlyInAnyOrder("ARM 040 AZE", "AZE 040 ARM");
    }

    @Test
    void criticismIsADisapproval() {
        Event criticism = only(events("India criticised Pakistan."));

        assertThat(EventDyads.of(criticism)).isEqualTo("IND 111 PAK");
        assertThat(criticism.cameo().root()).isEqualTo("11");
        assertThat(criticism.cameo().quadClass()).isEqualTo(3);
    }

    @Test
    void americanSpellingCodesTheSame() {
        assertThat(EventDyads.of(only(events("India criticized Pakistan.")))).isEqualTo("IND 111 PAK");
    }

    @Test
    void aThreatToAttackIsAThreatNotAnAttack() {
        List<Event> events = events("North Korea threatened to attack South Korea.");

        assertThat(events).filteredOn(e -> e.cameo().root().equals("13"))
                .extracting(e -> e.source().code(), e -> e.cameo().code(), e -> e.target().code())
                .containsExactly(tuple("PRK", "1384", "KOR"));
        assertThat(events).filteredOn(e -> e.cameo().root().equals("13")).allMatch(e -> e.modality() == Modality.ASSERTED);
        assertThat(events).noneMatch(e -> e.cameo().root().equals("19"));
    }

    @Test
    void aTitledPersonIsCodedForHisOfficeOnTheArticleDate() {
        Event meeting = only(SharedCoder.code(
                "Chinese Foreign Minister Wang Yi met Kenyan Foreign Minister Amara Odhiambo in Nairobi.",
                "2024-01-27").events());

        assertThat(EventDyads.of(meeting)).isEqualTo("CHNGOV 040 KENGOV");
        assertThat(meeting.source().name()).isEqualTo("Wang Yi");
        assertThat(meeting.source().text()).isEqualTo("Chinese Foreign Minister Wang Yi");
        assertThat(meeting.target().text()).isEqualTo("Kenyan Foreign Minister Amara Odhiambo");
    }

    @Test
    void trumpActsForTheGovernmentOnlyWhileInOffice() {
        String text = "Donald Trump imposed tariffs on Canada.";

        assertThat(only(SharedCoder.code(text, "2018-07-06").events()).source().code()).isEqualTo("USAGOV");
        assertThat(only(SharedCoder.code(text, "2024-04-04").events()).source().code()).isEqualTo("USAELI");
        assertThat(only(SharedCoder.code(text, "2025-03-01").events()).source().code()).isEqualTo("USAGOV");
    }

    @Test
    void aTradeWarIsCodedAsTariffsNotFighting() {
        List<Event> events = SharedCoder.code("Donald Trump started a trade war with China.", "2018-07-06").events();

        assertThat(events).extracting(EventDyads::of).containsExactly("USAGOV 163 CHN");
    }

    @Test
    void anUnknownTargetKeepsItsTextWithoutACode() {
        Event criticism = only(events("Germany criticised Zorblat Industries."));

        assertThat(criticism.source().code()).isEqualTo("DEU");
        assertThat(criticism.target().code()).isNull();
        assertThat(criticism.target().country()).isNull();
        assertThat(criticism.target().name()).isEqualTo("Zorblat Industries");
    }

    @Test
    void anUnknownNamedSourceKeepsItsTextAndLowersConfidence() {
        Event criticism = only(events("Zorblat Industries criticised Germany."));
        assertThat(criticism.source().code()).isNull();
        assertThat(criticism.source().text()).isEqualTo("Zorblat Industries");
        assertThat(criticism.target().code()).isEqualTo("DEU");
        assertThat(criticism.confidence()).isLessThan(0.75);
        assertThat(events("We condemned Russia.")).isEmpty();
        assertThat(events("Zorblat Industries criticised Quux Holdings."))
                .allMatch(e -> e.source().code() == null && e.confidence() <= 0.6);
    }

    @Test
    void abstainingGivesNoEvent() {
        assertThat(events("Hungary abstained in the vote on the resolution.")).isEmpty();
    }

    @Test
    void discussingAVisitIsTwoEvents() {
        List<Event> events = events("Iran and Iraq discussed a possible visit by Iran's president to Baghdad.");
        assertThat(events).extracting(EventDyads::of).contains("IRN 040 IRQ", "IRNGOV 042 IRQGOV");
        assertThat(events).filteredOn(e -> e.cameo().code().equals("042"))
                .extracting(Event::modality).containsExactly(Modality.HYPOTHETICAL);
    }

    @Test
    void heIsTheLastPersonWhoActedNotTheLastNamed() {
        List<Event> events = events("President Joe Biden hosted Xi Jinping on Tuesday. He later praised Japan.");
        assertThat(events).extracting(EventDyads::of).contains("USAGOV 043 CHNGOV", "USAGOV 051 JPN");
    }

    @Test
    void talksAgreedToBeResumedAreNotTheTalksHeld() {
        List<Event> events = events("Biden and Xi held talks in San Francisco. "
                + "The two presidents agreed to resume military talks.");
        assertThat(events).filteredOn(e -> e.trigger().equals("talks") && e.sentence() == 1)
                .isNotEmpty().allMatch(e -> e.modality() == Modality.FUTURE);
    }

    private static List<Event> events(String text) {
        return SharedCoder.code(text, ARTICLE_DAY).events();
    }

    private static Event only(List<Event> events) {
        assertThat(events).as("events %s", events.stream().map(EventDyads::of).toList()).hasSize(1);
        return events.get(0);
    }
}
