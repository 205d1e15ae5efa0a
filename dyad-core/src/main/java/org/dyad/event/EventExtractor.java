package org.dyad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.actor.Actor;
import org.dyad.actor.ActorMention;
import org.dyad.actor.AtomKind;
import org.dyad.actor.Coreference;
import org.dyad.actor.DocumentActors;
import org.dyad.article.Article;
import org.dyad.nlp.Doc;
import org.dyad.nlp.Sentence;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.place.Location;
import org.dyad.place.PlaceResolver;
import org.dyad.time.DateMention;
import org.dyad.time.EventDate;

/**
 * Reads the events of one analysed article: for every trigger, its participants, modality, date and place,
 * one event per source-target pair. Stateless apart from its immutable parts; safe to share between threads.
 */
public final class EventExtractor {
    private static final String VISIT = "042";
    private static final int MATERIAL_CONFLICT = 14;
    /** Demands, disapproval, threats and force: acts a grievance can be about. */
    private static final int HOSTILE = 10;
    /** Possessives that name one actor's own things ("its borders", "for his part"), never a target of its acts. */
    private static final Set<String> OWN = Set.of("its", "his", "her");
    private static final Set<AtomKind> NAMES = Set.of(AtomKind.ORGANISATION, AtomKind.PERSON, AtomKind.COUNTRY,
            AtomKind.SEAT);

    private final TriggerFinder triggers;
    private final ArgumentReader arguments = new ArgumentReader();
    private final ModalityDetector modality;
    private final CameoOntology ontology;
    private final PlaceResolver places;
    private final SentenceRefinement refinement;
    private final KindCountries kinds;
    private final CodeNarrowing narrowing;
    private final HomeTargets home = new HomeTargets();
    private final EventSources eventSources;

    public EventExtractor(TriggerLexicon lexicon, ModalityDetector modality, CameoOntology ontology,
                          PlaceResolver places) {
        this.triggers = new TriggerFinder(lexicon);
        this.modality = modality;
        this.ontology = ontology;
        this.places = places;
        this.narrowing = CodeNarrowing.load(ontology);
        this.refinement = new SentenceRefinement(ontology);
        this.kinds = new KindCountries(places);
        this.eventSources = new EventSources(GroupNouns.load(), new ImplicitAgents(places));
    }

    /** Every event reported in the article, in reading order, before merging repeated reports. */
    public List<Event> extract(Article article, Doc doc, DocumentActors actors, List<DateMention> dates) {
        Participants participants = new Participants(actors, new Coreference(actors));
        // "Paris" in an article about Texas politics: other actors' countries decide between places of a name.
        Set<String> context = actors.phrases().stream().map(ActorMention::country).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<DateMention> sentenceDates = dates.stream()
                    .filter(d -> d.begin() >= sentence.begin() && d.begin() < sentence.end()).toList();
            List<Trigger> found = triggers.find(sentence).stream()
                    .filter(trigger -> !insideName(actors, sentence, trigger.token())).toList();
            Map<String, EventDate> datedRoots = new HashMap<>();
            Map<Trigger, Optional<EventDate>> ownDates = new HashMap<>();
            for (Trigger trigger : found) {
                Optional<EventDate> own = ownDate(sentence, trigger, sentenceDates);
                ownDates.put(trigger, own);
                own.ifPresent(date -> datedRoots.putIfAbsent(root(trigger), date));
            }
            Set<Integer> eventNouns = found.stream().filter(t -> t.rule().wordClass() == WordClass.NOUN)
                    .map(Trigger::token).collect(Collectors.toUnmodifiableSet());
            // "on Tuesday" says when, never whom or where: the tokens of the sentence's date expressions.
            Set<Integer> when = sentence.tokens().stream()
                    .filter(token -> sentenceDates.stream().anyMatch(date -> date.begin() <= token.begin()
                            && token.end() <= date.end()))
                    .map(token -> token.index()).collect(Collectors.toUnmodifiableSet());
            Map<Trigger, List<Event>> sentenceEvents = new LinkedHashMap<>();
            for (Trigger trigger : found) {
                Optional<EventDate> date = ownDates.get(trigger).or(() -> Optional.ofNullable(datedRoots.get(root(trigger))));
                sentenceEvents.put(trigger, eventsOf(article, doc, sentence, trigger, participants, sentenceDates, date, context,
                        eventNouns, when));
            }
            events.addAll(narrowing.narrow(sentence, refinement.refine(sentence, sentenceEvents)));
        }
        return List.copyOf(events);
    }

    private List<Event> eventsOf(Article article, Doc doc, Sentence sentence, Trigger trigger,
                                 Participants participants, List<DateMention> sentenceDates,
                                 Optional<EventDate> triggerDate, Set<String> context, Set<Integer> eventNouns,
                                 Set<Integer> when) {
        Arguments read = arguments.read(sentence, trigger, when);
        EventSources.Found found = eventSources.of(doc.text(), sentence, trigger, read, participants, eventNouns, context);
        if (found.sources().isEmpty()) {
            return List.of();
        }
        List<ActorMention> sources = found.sources();
        Arguments args = found.arguments();
        int takingPart = found.takingPart();
        List<ActorMention> targets = participants.resolveTargets(sentence, args.targets(), eventNouns);
        List<ActorMention> joined = targets.stream().noneMatch(ActorMention::isResolved) && takingPart >= 0
                ? participants.resolveTargets(sentence, Participation.partners(sentence, takingPart), eventNouns)
                : List.of();
        if (!joined.isEmpty()) {
            targets = joined;
        }
        if (targets.isEmpty() && trigger.partner() >= 0 && trigger.rule().wordClass().predicative()
                && !(trigger.rule().requirement() instanceof Requirement.Subject)) {
            // "received the US ambassador", "released two American hostages": the object the rule asked for is
            // who was acted upon when it names a country's or an organisation's people.
            // "will examine reports of abuses by the RSF": what the object asked for is about names its author.
            List<Integer> partner = List.of(trigger.partner());
            // "Armenia and Azerbaijan signed an agreement brokered by the US" stays an act between the two.
            boolean mutual = trigger.rule().symmetric() && sources.size() > 1;
            targets = (trigger.rule().requirement() instanceof Requirement.Object && !mutual
                    ? participants.resolveTargets(sentence, partner, eventNouns)
                    : participants.resolve(sentence, partner)).stream()
                    .filter(mention -> mention.country() != null || mention.code() != null).toList();
        }
        if (targets.isEmpty() && Integer.parseInt(root(trigger)) >= HOSTILE) {
            // "placed its forces on alert after the Ukrainian strike": a reaction is aimed at whom it answers.
            int head = trigger.hasLightVerb() ? trigger.lightVerb() : trigger.token();
            targets = participants.resolveTargets(sentence, Retaliation.answeredAuthors(sentence, head, eventNouns),
                    eventNouns);
        }
        List<Location> locations = new ArrayList<>();
        List<Integer> placeHeads = new ArrayList<>();
        for (int head : args.places()) {
            places.at(doc.text(), sentence, head, context).ifPresent(location -> {
                locations.add(location);
                placeHeads.add(head);
            });
        }
        ModalityCue cue = modality.detect(sentence, trigger);
        boolean distribute = args.respectively() && locations.size() == sources.size() && sources.size() > 1;
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Location first = distribute ? locations.get(i) : locations.isEmpty() ? null : locations.get(0);
            List<Location> spread = distribute ? List.of() : locations;
            for (Placed placed : placed(doc.text(), sentence, participants, sources.get(i), targets, first, spread,
                    context)) {
                ActorMention source = placed.source();
                Location location = placed.location();
                Optional<EventDate> placeDate = distribute
                        ? EventDating.within(sentence, placeHeads.get(i), sentenceDates) : Optional.empty();
                EventDate date = EventDating.orArticle(placeDate.or(() -> triggerDate), article.date());
                for (ActorMention named : targetsFor(args, trigger, sources.get(i), sources, targets)) {
                    ActorMention target = kinds.target(doc.text(), sentence, participants.actors(), source, named,
                            trigger.rule().cameo(), location, context);
                    eventOf(article, doc, sentence, trigger, args, cue, source, target, date, location)
                            .ifPresent(events::add);
                    // "talked on the phone with Biden": a consultation with someone goes both ways.
                    boolean mutual = trigger.rule().symmetric() && root(trigger).equals("04") && !args.pairwise()
                            && target != null
                            && target.isResolved() && args.pattern().contains("with");
                    if (mutual) {
                        eventOf(article, doc, sentence, trigger, args, cue, target, source, date, location)
                                .ifPresent(events::add);
                    }
                }
            }
        }
        return events;
    }

    /** A source placed in a country, with the place that placed it. */
    private record Placed(ActorMention source, Location location) {
    }

    /**
     * The source placed by the event's first place; or, for a kind acting in places of several countries ("farmers
     * blocked motorways across France and Belgium"), the kind of each country, each with its place.
     */
    private List<Placed> placed(String text, Sentence sentence, Participants participants, ActorMention source,
                                List<ActorMention> targets, Location first, List<Location> locations,
                                Set<String> context) {
        Placed single = new Placed(kinds.source(text, sentence, participants.actors(), source, targets, first, context),
                first);
        if (!source.isKindOnly() || locations.size() < 2) {
            return List.of(single);
        }
        Map<String, Placed> byCountry = new LinkedHashMap<>();
        for (Location location : locations) {
            ActorMention there = kinds.source(text, sentence, participants.actors(), source, targets, location, context);
            if (there.country() == null) {
                return List.of(single);
            }
            byCountry.putIfAbsent(there.country(), new Placed(there, location));
        }
        return byCountry.size() > 1 ? List.copyOf(byCountry.values()) : List.of(single);
    }

    private static List<ActorMention> targetsFor(Arguments args, Trigger trigger, ActorMention source,
                                                 List<ActorMention> sources, List<ActorMention> targets) {
        boolean pairwise = args.pairwise() || trigger.rule().symmetric() && targets.isEmpty() && sources.size() > 1;
        List<ActorMention> chosen = new ArrayList<>();
        if (pairwise) {
            sources.stream().filter(other -> other != source).forEach(chosen::add);
        } else {
            chosen.addAll(targets);
        }
        if (chosen.isEmpty()) {
            chosen.add(null);
        }
        return chosen;
    }

    private Optional<Event> eventOf(Article article, Doc doc, Sentence sentence, Trigger trigger, Arguments args,
                                    ModalityCue cue, ActorMention sourceMention, ActorMention targetMention,
                                    EventDate date, Location location) {
        Actor source = sourceMention.on(date.value());
        Actor target = targetMention == null ? null : targetMention.on(date.value());
        // An unknown but named source ("the Civil Liberty Organization") still acts; its event is less sure.
        if (source.code() != null && target != null && Objects.equals(source.code(), target.code())) {
            // "Britain agreed to open its borders": the actor's own things are no target; "Russia met Russia" is
            // no event.
            if (!OWN.contains(target.text().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            target = null;
        }
        String code = trigger.rule().cameo();
        if (target == null && code.equals(VISIT) && location != null) {
            target = placeActor(location);
        }
        if (location != null && target != null && target.code() != null && location.begin() >= target.begin()
                && location.end() <= target.end()) {
            // "attacked Ukraine": the country acted upon is the target, not also the place.
            location = null;
        }
        // "shelled residential areas of Kharkiv": violence against a place is against its country.
        boolean material = Integer.parseInt(code.substring(0, 2)) >= MATERIAL_CONFLICT;
        if (material && location != null && (target == null || target.code() == null)
                && !location.country().equals(source.country())) {
            target = placeActor(location);
        }
        if (target == null) {
            Location place = location;
            target = home.people(source, code, location)
                    .or(() -> home.ground(source, trigger, args, place)).orElse(null);
        }
        code = ParticipantCodes.of(code, trigger.rule().lemma(), source, target, location);
        if (target == null) {
            target = home.government(source, code, sentence.token(trigger.token())).orElse(null);
        }
        CameoCode cameo = ontology.get(code);
        Modality mode = cue.modality();
        String cueWord = cue.cue();
        if (mode == Modality.ASSERTED && date.start().isAfter(article.date())) {
            mode = Modality.FUTURE;
            cueWord = date.text();
        }
        double confidence = Confidence.of(trigger, args, sourceMention, targetMention, source, target, cameo, mode);
        String rule = trigger.rule().name() + ":" + (args.pattern().isEmpty() ? "bare" : args.pattern());
        var triggerToken = sentence.token(trigger.token());
        return Optional.of(new Event("", article, sentence.index(), doc.text(sentence), sentence.begin(), source,
                target, cameo, mode, cueWord, date, location, confidence, rule,
                doc.text().substring(triggerToken.begin(), triggerToken.end()),
                triggerToken.begin(), List.of(new Event.Mention(sentence.index(), sentence.begin(), sentence.end(),
                confidence))));
    }

    /** A place standing for its country as a participant ("a visit to Kyiv", "shelled areas of Kharkiv"). */
    private static Actor placeActor(Location location) {
        return new Actor(location.text(), location.name(), location.country(), location.country(), List.of(),
                location.begin(), location.end());
    }

    /** "the Rapid Support Forces", "Human Rights Watch": a word of a name reports no event. */
    private static boolean insideName(DocumentActors actors, Sentence sentence, int token) {
        return actors.atoms(sentence.index()).stream().anyMatch(atom -> atom.covers(token) && atom.end() - atom.start() > 1
                && NAMES.contains(atom.kind()));
    }

    private static Optional<EventDate> ownDate(Sentence sentence, Trigger trigger, List<DateMention> dates) {
        Optional<EventDate> date = EventDating.within(sentence, trigger.token(), dates);
        if (date.isEmpty() && trigger.hasLightVerb()) {
            date = EventDating.within(sentence, trigger.lightVerb(), dates);
        }
        return date.or(() -> EventDating.fromGoverningClause(sentence, trigger.token(), dates));
    }

    private static String root(Trigger trigger) {
        return trigger.rule().cameo().substring(0, 2);
    }

    /** What the extractor reads at one trigger, for explanations. */
    public record Reading(Trigger trigger, Arguments arguments, ModalityCue modality) {
    }

    /** The triggers of a sentence with their arguments and modality, as {@link #extract} reads them. */
    public List<Reading> readings(Sentence sentence) {
        return triggers.find(sentence).stream()
                .map(trigger -> new Reading(trigger, arguments.read(sentence, trigger), modality.detect(sentence, trigger)))
                .toList();
    }
}
