package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Runs the tagger as of Thursday 2024-04-04, the date of the example article, and checks the span contract. */
final class TaggerFixture {
    static final LocalDate ARTICLE = LocalDate.of(2024, 4, 4);
    private static final DateTagger TAGGER = new DateTagger();

    private TaggerFixture() {
    }

    static List<DateMention> find(String text) {
        return find(text, ARTICLE);
    }

    static List<DateMention> find(String text, LocalDate articleDate) {
        List<DateMention> mentions = TAGGER.find(text, articleDate);
        for (DateMention mention : mentions) {
            assertThat(text.substring(mention.begin(), mention.end())).isEqualTo(mention.date().text());
            assertThat(mention.date().basis()).isEqualTo(DateBasis.EXPRESSION);
        }
        return mentions;
    }

    /** The one date in the text; fails when there is none or more than one. */
    static EventDate single(String text) {
        List<DateMention> mentions = find(text);
        assertThat(mentions).as("dates in: %s", text).hasSize(1);
        return mentions.get(0).date();
    }

    static List<String> texts(String text) {
        return find(text).stream().map(mention -> mention.date().text()).toList();
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
