package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Garbage in must never throw, and every mention must lie inside the text, in order, without overlap. */
class DateTaggerRobustnessTest {
    private static final DateTagger TAGGER = new DateTagger();
    private static final String DATE_WORDS = " May March 22 2024 - , . last next this week days later ago "
            + "mid end of late early the coming 1990s Monday 10:30 25% Jan. 2023-02-29 few a ";

    static Stream<String> garbage() {
        Random random = new Random(20240404L);
        Stream<String> fixed = Stream.of("", " ", ".", "...,;:!?", "-", "--2024--", "May", "may", "\u0000",
                "\uD83D\uDE00 March 22 \uD83D\uDE00", "\uD800 2024 \uDFFF", "٢٠٢٤ March ٢٢", "March 22,",
                "the end of", "late", "three", "three days", "2024-03-", "2024-03-22-", "99999999999999999999",
                "March 99999999999999999999", "Monday,", "ＭＡＲＣＨ　２２", "İSTANBUL MARCH 22",
                "a".repeat(100_000), "2024 ".repeat(20_000), DATE_WORDS.repeat(2_000));
        Stream<String> randomWords = Stream.generate(() -> randomText(random, DATE_WORDS.split(" ")))
                .limit(200);
        Stream<String> randomChars = Stream.generate(() -> randomChars(random)).limit(200);
        return Stream.of(fixed, randomWords, randomChars).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void neverThrowsAndKeepsSpansInOrder(String text) {
        for (LocalDate articleDate : List.of(LocalDate.of(2024, 4, 4), LocalDate.of(2024, 1, 1),
                LocalDate.of(2023, 12, 31), LocalDate.MIN, LocalDate.MAX)) {
            List<DateMention> mentions = TAGGER.find(text, articleDate);
            int last = 0;
            for (DateMention mention : mentions) {
                assertThat(mention.begin()).isGreaterThanOrEqualTo(last);
                assertThat(mention.end()).isGreaterThan(mention.begin()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(mention.begin(), mention.end())).isEqualTo(mention.date().text());
                last = mention.end();
            }
        }
    }

    @Test
    void datesAreFoundInLongTexts() {
        String text = "Nothing happened. ".repeat(10_000) + "Talks resumed on March 22, 2024.";
        List<DateMention> mentions = TAGGER.find(text, LocalDate.of(2024, 4, 4));
        assertThat(mentions).hasSize(1);
        assertThat(mentions.get(0).begin()).isEqualTo(text.indexOf("March 22, 2024"));
    }

    @Test
    void offsetsAreCharOffsetsPastSurrogatePairs() {
        String text = "\uD83C\uDDFA\uD83C\uDDF8 talks \uD83D\uDE00 on March 22, 2024.";
        DateMention mention = TAGGER.find(text, LocalDate.of(2024, 4, 4)).get(0);
        assertThat(mention.begin()).isEqualTo(text.indexOf("March"));
    }

    @Test
    void caseFoldingIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            List<DateMention> mentions = TAGGER.find("TROOPS LEFT LAST FRIDAY, IN MID-APRIL", LocalDate.of(2024, 4, 4));
            assertThat(mentions).extracting(mention -> mention.date().text())
                    .containsExactly("LAST FRIDAY", "MID-APRIL");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> TAGGER.find(null, LocalDate.of(2024, 4, 4))).hasMessageContaining("text");
        assertThatThrownBy(() -> TAGGER.find("today", null)).hasMessageContaining("articleDate");
    }

    @Test
    void mentionSpansMustBeSpans() {
        EventDate date = EventDate.ofArticle(LocalDate.of(2024, 4, 4));
        assertThat(new DateMention(3, 3, date).end()).isEqualTo(3);
        assertThatThrownBy(() -> new DateMention(5, 4, date)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateMention(-1, 4, date)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateMention(0, 4, null)).isInstanceOf(NullPointerException.class);
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(words[random.nextInt(words.length)]);
            text.append(random.nextBoolean() ? " " : "");
        }
        return text.toString();
    }

    private static String randomChars(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x3000));
        }
        return text.toString();
    }
}
