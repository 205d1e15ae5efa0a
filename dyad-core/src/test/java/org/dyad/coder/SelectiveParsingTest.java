package org.dyad.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.nlp.Doc;
import org.dyad.nlp.Sentence;
import org.dyad.output.EventJson;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.Test;

/** The parser runs only where an event can come from, and the events are the same as with every sentence parsed. */
class SelectiveParsingTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "2024-04-04-us-china-call.txt");
    private final EventJson json = new EventJson();

    @Test
    void theExampleArticleKeepsEveryEvent() throws IOException {
        String text = Files.readString(EXAMPLE).strip().replaceFirst("^date 2024-04-04\\s+", "");
        Article article = Article.of("us-china-call", LocalDate.of(2024, 4, 4), text);
        assertSameEvents(article);
    }

    @Test
    void referencesAcrossAnUnparsedSentenceStillResolve() {
        Article article = Article.of("pronoun", LocalDate.of(2024, 5, 2),
                "Kenyan Foreign Minister Amara Odhiambo arrived on Tuesday. The weather was warm and the streets "
                        + "were quiet. She met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa. Later she praised "
                        + "the hosts for a frank exchange. Odhiambo also visited Egypt.");
        assertSameEvents(article);
        CodedArticle coded = SharedCoder.get().code(article);
        assertThat(coded.events()).anyMatch(e -> e.source().text().equals("Odhiambo")
                && "KEN".equals(e.source().country()));
        assertThat(coded.events()).anyMatch(e -> e.source().text().equals("she"));
    }

    @Test
    void sentencesWithoutActorOrActAreNotParsed() {
        Doc doc = SharedCoder.get().annotate("The weather was warm and the streets were quiet. "
                + "China and India signed a border agreement on Monday. Rain fell in the afternoon.");
        List<Sentence> sentences = doc.sentences();
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0).graph().isEmpty()).isTrue();
        assertThat(sentences.get(1).graph().isEmpty()).isFalse();
        assertThat(sentences.get(2).graph().isEmpty()).isTrue();
    }

    @Test
    void aTriggerWithAPronounIsParsedEvenWithoutANamedActor() {
        Doc doc = SharedCoder.get().annotate("He praised the agreement. The talks praised nothing.");
        assertThat(doc.sentences().get(0).graph().isEmpty()).isFalse();
    }

    @Test
    void anUnlistedOrganisationTheTaggerDoesNotMarkAsProperNounIsParsed() {
        Article article = Article.of("campaign", LocalDate.of(2024, 5, 2),
                "The Global Campaign for Equal Nationality Rights called for reform of nationality laws.");
        assertSameEvents(article);
        assertThat(SharedCoder.get().code(article).events()).isNotEmpty();
    }

    @Test
    void theUnfilteredCoderParsesEverySentence() {
        Doc doc = SharedCoder.get().parsingEverySentence().annotate("The weather was warm. Rain fell.");
        assertThat(doc.sentences()).allMatch(sentence -> !sentence.graph().isEmpty());
    }

    private void assertSameEvents(Article article) {
        List<String> filtered = SharedCoder.get().code(article).events().stream().map(json::toJson).toList();
        List<String> everything = SharedCoder.get().parsingEverySentence().code(article).events().stream()
                .map(json::toJson).toList();
        assertThat(filtered).isNotEmpty().isEqualTo(everything);
    }
}
