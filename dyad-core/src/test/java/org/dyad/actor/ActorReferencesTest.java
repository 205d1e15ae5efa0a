package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.event.Event;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** Actors named again by other words: a surname, "the Biden administration", compound actors, "both sides". */
class ActorReferencesTest {
    private static List<Event> events(String text) {
        return SharedCoder.code(text, "2024-04-04").events();
    }

    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().code() + " " + e.cameo().code() + " "
                + (e.target() == null ? "-" : e.target().code())).toList();
    }

    @Test
    void aSurnameAfterATitledFirstMentionIsTheSameOfficial() {
        List<Event> events = events("Kenyan Foreign Minister Amara Odhiambo arrived in Addis Ababa on Monday. "
                + "Odhiambo later criticised Ethiopia over the border dispute.");
        Event criticism = events.stream().filter(e -> e.cameo().root().equals("11")).findFirst().orElseThrow();
        assertThat(criticism.source().code()).isEqualTo("KENGOV");
        assertThat(criticism.source().text()).isEqualTo("Odhiambo");
        assertThat(criticism.target().code()).isEqualTo("ETH");
    }

    @Test
    void theBidenAdministrationIsTheUsGovernmentWhileHeIsPresident() {
        assertThat(dyads(events("The Biden administration imposed sanctions on Iran.")))
                .containsExactly("USAGOV 163 IRN");
    }

    @Test
    void aCompoundActorGivesOneEventPerMemberNeverAGluedCode() {
        List<String> dyads = dyads(events("The United States, Australia and the United Kingdom condemned "
                + "the missile launch by North Korea."));
        assertThat(dyads).contains("USA 111 PRK", "AUS 111 PRK", "GBR 111 PRK");
        assertThat(dyads).allMatch(dyad -> dyad.split(" ")[0].length() <= 6);
    }

    @Test
    void bothSidesAreTheLastPairNamedTogether() {
        List<String> dyads = dyads(events("Beijing and Washington held trade talks in Geneva. "
                + "Both sides later criticised each other."));
        assertThat(dyads).contains("CHNGOV 111 -", "USAGOV 111 -");
    }

    @Test
    void aCountryMisspeltByOneLetterStillResolves() {
        assertThat(dyads(events("Ethopia accused Eritrea of shelling its border towns.")))
                .contains("ETH 112 ERI");
        assertThat(dyads(events("Chinua criticised the decision."))).noneMatch(dyad -> dyad.startsWith("CHN"));
    }
}
