package org.dyad.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor named in a sentence, resolved as far as the words allow but not yet for a date: a person's code
 * depends on the office they held when the event happened.
 *
 * @param sentence index of the sentence
 * @param head     token index of the phrase's head
 * @param begin    character offset of the phrase in the article
 * @param end      character offset after the phrase
 * @param text     the phrase as written
 * @param person   the person named, or {@code null}
 * @param country  country tied to the phrase, or {@code null}
 * @param sector   sector the words imply, or {@code null}
 * @param code     a complete code given by the words (organisation, seat of power), or {@code null}
 * @param name     canonical name
 * @param certain  false when the actor was matched approximately or found through a pronoun
 */
public record ActorMention(int sentence, int head, int begin, int end, String text, Person person, String country,
                           String sector, String code, String name, boolean certain) {
    private static final String OUT_OF_OFFICE = "ELI";

    public ActorMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Whether the mention ties to a country, an organisation or at least a kind of actor ("protesters",
     * "gunmen"); "WE" and unknown names do not.
     */
    public boolean isResolved() {
        return person != null || code != null || country != null || sector != null;
    }

    /** The same actor as referred to by other words (a pronoun, "the two presidents"). */
    public ActorMention referredToAs(int atSentence, int atHead, int atBegin, int atEnd, String atText) {
        return new ActorMention(atSentence, atHead, atBegin, atEnd, atText, person, country, sector, code, name, false);
    }

    /** Whether the words name only a kind of actor ("protesters", "the interior ministry"), with no country. */
    public boolean isKindOnly() {
        return person == null && code == null && country == null && sector != null;
    }

    /**
     * The same kind of actor placed in a country the context gives ("protesters in Nairobi"); less certain than a
     * country the words name.
     */
    public ActorMention inCountry(String placed) {
        Objects.requireNonNull(placed, "placed");
        return new ActorMention(sentence, head, begin, end, text, person, placed, sector, code, name, false);
    }

    /** The actor as of {@code date}: a person who held no office then is an elite of their country. */
    public Actor on(LocalDate date) {
        if (person != null) {
            Optional<Term> term = person.termOn(date);
            if (term.isPresent()) {
                String termCode = term.get().code();
                String termCountry = termCode.length() >= 3 && person.country() != null ? person.country() : country;
                return new Actor(text, name, termCode, termCountry, sectorsOf(termCode, termCountry), begin, end);
            }
            String home = person.country() != null ? person.country() : country;
            return home == null
                    ? new Actor(text, name, null, null, List.of(), begin, end)
                    : new Actor(text, name, home + OUT_OF_OFFICE, home, List.of(OUT_OF_OFFICE), begin, end);
        }
        if (code != null) {
            return new Actor(text, name, code, country, sector == null ? List.of() : List.of(sector), begin, end);
        }
        if (country != null) {
            String full = sector == null ? country : country + sector;
            return new Actor(text, name, full, country, sector == null ? List.of() : List.of(sector), begin, end);
        }
        // A group with no country still has a CAMEO code of its own: "REB" for "insurgents", "CVL" for "protesters".
        return sector == null
                ? new Actor(text, name, null, null, List.of(), begin, end)
                : new Actor(text, name, sector, null, List.of(sector), begin, end);
    }

    private static List<String> sectorsOf(String code, String country) {
        if (country != null && code.startsWith(country) && code.length() > country.length()) {
            return List.of(code.substring(country.length()));
        }
        return List.of();
    }
}
