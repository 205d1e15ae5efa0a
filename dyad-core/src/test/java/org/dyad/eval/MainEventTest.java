package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.event.Event;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

class MainEventTest {
    private static Optional<String> main(String sentence) {
        return MainEvent.of(SharedCoder.code(sentence, "2024-04-04").events())
                .map(event -> event.cameo().root());
    }

    @Test
    void aReportedActOutranksTheStatementReportingIt() {
        assertThat(main("The Syrian foreign ministry said Israeli jets bombed an airport near Damascus.")).hasValue("19");
    }

    @Test
    void theActStatedFirstOutranksTheActsItsObjectDescribes() {
        assertThat(main("South Africa's government condemned a protest by farmers who stormed a court building in"
                + " Pretoria.")).hasValue("11");
    }

    @Test
    void aSentenceWithoutEventsHasNoMainEvent() {
        assertThat(main("The weather in Geneva was mild on Tuesday.")).isEmpty();
    }
}
