package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.actor.ActorMention;
import org.dyad.actor.DocumentActors;
import org.dyad.actor.Person;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.place.Location;
import org.dyad.place.PlaceResolver;

/**
 * Gives a country to an actor the words name only by its kind ("protesters", "police", "the interior ministry").
 * In order: a place its own phrase names ("protesters in Nairobi", "Tbilisi residents"); for kinds that stay
 * where they live (protesters, police, courts, rebels), the place of the event ("rallied outside the embassy in
 * London"); for a target of a domestic kind, the country of the state organ acting on it ("Georgian police
 * detained protesters", "the Indian government refused to meet farmers"); for a domestic kind, the one country
 * every actor of the sentence belongs to. Officials travel and troops fight abroad: a title alone ("President
 * X") is not placed by where the event happened, and troops never lend their country to whom they act on.
 */
final class KindCountries {
    /** Kinds that act at home far more often than abroad. */
    private static final Set<String> DOMESTIC = Set.of("GOV", "COP", "JUD", "LEG", "OPP", "CVL", "MED", "BUS",
            "PTY", "ELI", "REF");
    private static final Set<String> PLACE_LINKS = Set.of("nmod:in", "nmod:of", "nmod:from", "compound");

    /** Kinds that are where they live: the event's place is theirs. */
    private static final Set<String> LOCAL = Set.of("CVL", "COP", "JUD", "LEG", "OPP", "MED", "BUS", "PTY", "REF",
            "REB");
    /** State organs whose acts on an unnamed group are acts at home. */
    private static final Set<String> STATE_AT_HOME = Set.of("GOV", "COP", "JUD", "LEG");
    private static final int FIRST_VIOLENT_ROOT = 18;
    private static final String REBELS = "REB";

    private final PlaceResolver places;

    KindCountries(PlaceResolver places) {
        this.places = places;
    }

    /**
     * The source of an event, placed when it names only a kind; never in a country of {@code targets} by the
     * sentence rule ("Prime Minister X expressed condolences to Turkey" is not a Turkish minister).
     */
    ActorMention source(String text, Sentence sentence, DocumentActors actors, ActorMention source,
                        List<ActorMention> targets, Location location, Set<String> context) {
        if (!source.isKindOnly()) {
            return source;
        }
        Set<String> excluded = targets.stream().map(KindCountries::countryOf).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return ownPlace(text, sentence, source, context)
                .or(() -> local(source) ? Optional.ofNullable(location).map(Location::country) : Optional.empty())
                .or(() -> domestic(source) ? sentenceCountry(sentence, actors, excluded) : Optional.empty())
                .map(source::inCountry)
                .orElse(source);
    }

    /** The target of an event, placed when it names only a kind. */
    ActorMention target(String text, Sentence sentence, DocumentActors actors, ActorMention source,
                        ActorMention target, String cameo, Location location, Set<String> context) {
        if (target == null || !target.isKindOnly()) {
            return target;
        }
        // Violence by troops or armed groups is often abroad: only state organs act on a kind at home by force.
        // The sentence's one country still places a kind: "the Myanmar military killed civilians".
        boolean stateOrgan = source.sector() != null && STATE_AT_HOME.contains(source.sector());
        boolean domesticAct = stateOrgan || Integer.parseInt(cameo.substring(0, 2)) < FIRST_VIOLENT_ROOT;
        // A state organ acting on its own kind ("the ambassador paid a visit to the President") is not placed at
        // home: that would make the two sides one actor.
        boolean sameKind = Objects.equals(source.sector(), target.sector());
        // "Maoist rebels kidnapped two government engineers": rebels of a country act on its officials and people.
        boolean rebelsAtHome = REBELS.equals(source.sector()) && source.country() != null;
        boolean atHome = !sameKind && (source.sector() == null ? domesticAct : stateOrgan || rebelsAtHome);
        Set<String> excluded = sameKind ? countryOf(source).map(Set::of).orElse(Set.of()) : Set.of();
        return ownPlace(text, sentence, target, context)
                .or(() -> local(target) ? Optional.ofNullable(location).map(Location::country) : Optional.empty())
                .or(() -> domestic(target) && atHome ? countryOf(source) : Optional.empty())
                .or(() -> domestic(target) ? sentenceCountry(sentence, actors, excluded) : Optional.empty())
                .map(target::inCountry)
                .orElse(target);
    }

    private Optional<String> ownPlace(String text, Sentence sentence, ActorMention mention, Set<String> context) {
        if (mention.sentence() != sentence.index()) {
            return Optional.empty();
        }
        List<Integer> candidates = new ArrayList<>();
        for (Dependency edge : sentence.graph().children(mention.head())) {
            if (PLACE_LINKS.contains(edge.relation()) && sentence.token(edge.dependent()).isProperNoun()) {
                candidates.add(edge.dependent());
            }
        }
        candidates.addAll(relativeClausePlaces(sentence, mention.head()));
        for (int candidate : candidates) {
            Optional<String> country = places.at(text, sentence, candidate, context).map(Location::country);
            if (country.isPresent()) {
                return country;
            }
        }
        return Optional.empty();
    }

    /**
     * "the soldiers who stormed the parliament in Khartoum": the place of what a kind did in its relative clause,
     * read off the clause or its object, never the object itself ("the troops who attacked Ukraine").
     */
    private static List<Integer> relativeClausePlaces(Sentence sentence, int head) {
        List<Integer> found = new ArrayList<>();
        for (int clause : sentence.graph().children(head, "acl:relcl")) {
            found.addAll(PlacePhrases.places(sentence, clause));
            sentence.graph().children(clause, "obj")
                    .forEach(object -> found.addAll(PlacePhrases.places(sentence, object)));
        }
        return found;
    }

    /**
     * The one country all actors of the sentence that have one belong to, if there is exactly one and it is not
     * the other side's.
     */
    private static Optional<String> sentenceCountry(Sentence sentence, DocumentActors actors, Set<String> excluded) {
        List<String> countries = actors.phrases().stream()
                .filter(phrase -> phrase.sentence() == sentence.index())
                .map(KindCountries::countryOf)
                .flatMap(Optional::stream)
                .distinct()
                .collect(Collectors.toList());
        return countries.size() == 1 && !excluded.contains(countries.get(0)) ? Optional.of(countries.get(0))
                : Optional.empty();
    }

    private static Optional<String> countryOf(ActorMention mention) {
        if (mention.country() != null) {
            return Optional.of(mention.country());
        }
        return Optional.ofNullable(mention.person()).map(Person::country);
    }

    private static boolean local(ActorMention mention) {
        return LOCAL.contains(mention.sector());
    }

    private static boolean domestic(ActorMention mention) {
        return DOMESTIC.contains(mention.sector());
    }
}
