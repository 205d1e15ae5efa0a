package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** Sending people is coded as the act they were sent for; sending aid stays aid. */
class SendingPurposeTest {
    private static final String ARTICLE_DAY = "2024-04-04";

    @Test
    void expertsSentToInvestigateAreAnInvestigation() {
        assertThat(codes("France has sent seven military experts to investigate the attacks on the oil facilities."))
                .contains("090").doesNotContain("070");
    }

    @Test
    void aDelegationSentToDiscussIsAConsultation() {
        assertThat(codes("India sent a delegation to Nepal to discuss the border dispute."))
                .anyMatch(code -> code.startsWith("04")).doesNotContain("070");
    }

    @Test
    void aidSentToHelpStaysAid() {
        assertThat(codes("Japan sent food aid to Gaza to help civilians.")).anyMatch(code -> code.startsWith("07"));
    }

    private static List<String> codes(String text) {
        return SharedCoder.codes(text, ARTICLE_DAY);
    }
}
