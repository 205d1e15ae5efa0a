package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
    private static final String TEXT = "Vietnam protested the Chinese coast guard's use of water cannon near the Paracels.";

    @Test
    void theSameTextAlwaysGetsTheSameId() {
        assertThat(ArticleId.ofText(TEXT)).isEqualTo(ArticleId.ofText(new String(TEXT.toCharArray())));
    }

    @Test
    void theIdIsTwelveLowerCaseHexDigitsOfTheSha256() {
        // SHA-256("abc") starts ba7816bf8f01: a published test vector (FIPS 180-2)
        assertThat(ArticleId.ofText("abc")).isEqualTo("ba7816bf8f01");
        assertThat(ArticleId.ofText(TEXT)).matches("[0-9a-f]{12}");
    }

    @Test
    void aOneCharacterChangeChangesTheId() {
        assertThat(ArticleId.ofText(TEXT)).isNotEqualTo(ArticleId.ofText(TEXT.replace("Paracels", "Spratlys")));
    }
}
