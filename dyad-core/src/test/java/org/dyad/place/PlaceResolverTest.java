package org.dyad.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.nlp.DependencyGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.load());
    private static final Pattern WORD = Pattern.compile("[\\p{L}.'’-]+|\\S");

    /** A hand-tagged sentence: capitalised words after the first are proper nouns, the rest common nouns. */
    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean proper = !tokens.isEmpty() && Character.isUpperCase(word.charAt(0));
            tokens.add(new Token(tokens.size(), word, word, proper ? "NNP" : "NN", "O", m.start(), m.end()));
        }
        return new Sentence(0, 0, text.length(), tokens, DependencyGraph.empty());
    }

    private static Optional<Location> resolve(String text, String head, Set<String> context) {
        Sentence sentence = sentence(text);
        int index = sentence.tokens().stream().filter(t -> t.word().equals(head)).findFirst().orElseThrow().index();
        return RESOLVER.at(text, sentence, index, context);
    }

    @Test
    void withoutContextABareNameIsTheBestKnownPlace() {
        String text = "Thousands of farmers marched through Paris on Sunday to protest fuel taxes.";
        Sentence sentence = sentence(text);
        int paris = 5;
        assertThat(sentence.token(paris).word()).isEqualTo("Paris");
        Optional<Location> location = RESOLVER.at(text, sentence, paris);
        assertThat(location).map(Location::country).contains("FRA");
        assertThat(location).map(Location::text).contains("Paris");
        assertThat(location.get().begin()).isEqualTo(text.indexOf("Paris"));
        assertThat(resolve(text, "Paris", Set.of())).isEqualTo(location);
    }

    @Test
    void theCountriesOfTheArticleChooseAmongNamesakes() {
        String text = "A tornado tore through Paris late on Tuesday, the Lamar County sheriff said.";
        Location texas = resolve(text, "Paris", Set.of("USA")).orElseThrow();
        assertThat(texas.country()).isEqualTo("USA");
        assertThat(texas.lat()).isBetween(33.0, 34.0);
        assertThat(texas.name()).isEqualTo("Paris");

        assertThat(resolve(text, "Paris", Set.of("FRA", "USA"))).as("the more likely place when both fit")
                .map(Location::country).contains("FRA");
        assertThat(resolve(text, "Paris", Set.of("BRA"))).as("no Paris in Brazil: the default")
                .map(Location::country).contains("FRA");
    }

    @Test
    void otherAmbiguousCities() {
        String tripoli = "Clashes between rival militias broke out in Tripoli overnight, the army said.";
        assertThat(resolve(tripoli, "Tripoli", Set.of())).map(Location::country).contains("LBY");
        assertThat(resolve(tripoli, "Tripoli", Set.of("LBN", "SYR"))).map(Location::country).contains("LBN");

        String hyderabad = "Police in Hyderabad arrested two men after the bombing of a market.";
        assertThat(resolve(hyderabad, "Hyderabad", Set.of())).map(Location::country).contains("IND");
        assertThat(resolve(hyderabad, "Hyderabad", Set.of("PAK"))).map(Location::country).contains("PAK");

        String valencia = "Opposition supporters rallied in Valencia against the government of Nicolas Maduro.";
        assertThat(resolve(valencia, "Valencia", Set.of())).map(Location::country).contains("ESP");
        assertThat(resolve(valencia, "Valencia", Set.of("VEN"))).map(Location::country).contains("VEN");
    }

    @Test
    void theLongestNameStillWinsWithContext() {
        String text = "Talks resumed in Washington D.C. on Friday.";
        Sentence sentence = sentence(text);
        int head = sentence.tokens().stream().filter(t -> t.word().equals("D.C.")).findFirst().orElseThrow().index();
        Optional<Location> location = RESOLVER.at(text, sentence, head, Set.of("GBR"));
        assertThat(location).map(Location::name).contains("Washington");
        assertThat(location).map(Location::country).contains("USA");
    }

    @Test
    void aGeoNamesCityIsResolvedWithItsCoordinates() {
        String text = "Oil workers went on strike in Lubbock on Monday.";
        Location lubbock = resolve(text, "Lubbock", null).orElseThrow();
        assertThat(lubbock.country()).isEqualTo("USA");
        assertThat(lubbock.lat()).isBetween(33.0, 34.0);
        assertThat(lubbock.lon()).isBetween(-102.5, -101.5);
    }

    @Test
    void anUnknownNameResolvesToNothing() {
        String text = "Rebels seized Qwertyville after a week of fighting.";
        assertThat(resolve(text, "Qwertyville", Set.of("USA"))).isEmpty();
    }
}
