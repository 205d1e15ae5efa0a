package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** A pronoun subject of a reported clause is its speaker, even a speaker no list knows. */
class ReportedSpeakersTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void anUnlistedSpeakersRefusalIsTheirs() {
        assertThat(codes("The teachers' union in Lagos said they will not end the strike until wages are raised."))
                .contains("124");
    }

    @Test
    void aPronounWithoutAReportingVerbFindsNoSpeaker() {
        assertThat(codes("They will not end the strike until wages are raised.")).isEmpty();
    }

    private static List<String> codes(String text) {
        return SharedCoder.codes(text, ARTICLE_DAY);
    }
}
