package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Looks actors up by name, for people asking what Dyad knows ({@code dyad actors "Wang Yi"}): every person,
 * country, organisation and seat of power whose name or alias is the query, ignoring case; failing that, the
 * people whose name is within two letters of it ("Xi Jingping").
 */
public final class ActorDirectory {
    private static final int MAX_NAME_EDITS = 2;

    /** What kind of actor an entry is. */
    public enum Kind { PERSON, COUNTRY, ORGANISATION, SEAT }

    /**
     * One known actor.
     *
     * @param kind    person, country, organisation or seat of power
     * @param name    canonical name
     * @param aliases other names it is known by
     * @param code    its code when it does not depend on a date (countries, organisations, seats), else null
     * @param country its country, or null
     * @param person  the person with their terms of office, or null
     * @param exact   false when only a name within two letters of the query matched
     */
    public record Entry(Kind kind, String name, List<String> aliases, String code, String country, Person person,
                        boolean exact) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
        }
    }

    private final ActorKnowledge knowledge;

    public ActorDirectory(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    public List<Entry> find(String query) {
        String wanted = query.strip();
        List<Entry> found = new ArrayList<>();
        for (Person person : knowledge.people()) {
            if (named(wanted, person.name(), person.aliases())) {
                found.add(new Entry(Kind.PERSON, person.name(), person.aliases(), null, person.country(), person, true));
            }
        }
        for (Country country : knowledge.countries()) {
            List<String> names = new ArrayList<>(country.aliases());
            names.addAll(country.adjectives());
            if (named(wanted, country.name(), names) || wanted.equalsIgnoreCase(country.code())) {
                found.add(new Entry(Kind.COUNTRY, country.name(), names, country.code(), country.code(), null, true));
            }
            if (named(wanted, "", country.capitals())) {
                found.add(new Entry(Kind.SEAT, wanted, country.capitals(), country.code() + "GOV", country.code(),
                        null, true));
            }
        }
        for (Organisation org : knowledge.organisations()) {
            if (named(wanted, org.name(), org.aliases()) || wanted.equalsIgnoreCase(org.code())) {
                found.add(new Entry(Kind.ORGANISATION, org.name(), org.aliases(), org.code(), org.country(), null,
                        true));
            }
        }
        for (Seat seat : knowledge.seats()) {
            if (named(wanted, seat.phrase(), List.of())) {
                found.add(new Entry(Kind.SEAT, seat.phrase(), List.of(), seat.code(), seat.code().substring(0, 3),
                        null, true));
            }
        }
        if (found.isEmpty()) {
            for (Person person : knowledge.people()) {
                if (NameSimilarity.distance(person.name(), wanted, MAX_NAME_EDITS) <= MAX_NAME_EDITS) {
                    found.add(new Entry(Kind.PERSON, person.name(), person.aliases(), null, person.country(), person,
                            false));
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean named(String query, String name, List<String> aliases) {
        if (query.equalsIgnoreCase(name) || query.equalsIgnoreCase(stripArticle(name))) {
            return true;
        }
        return aliases.stream().anyMatch(alias -> query.equalsIgnoreCase(alias)
                || query.equalsIgnoreCase(stripArticle(alias)));
    }

    private static String stripArticle(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("the ") ? name.substring(4) : name;
    }
}
