package org.dyad.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.ActorMention;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.place.Location;
import org.dyad.place.PlaceResolver;
import org.dyad.resource.TsvTable;

/**
 * The agent of a passive that names none, where news convention makes it clear: an act of authority is done by
 * the state of its place ("was arrested in Niger" is Niger's police, "have been expelled from North Korea" North
 * Korea's government, "was tortured in a secret CIA prison" the CIA), and a measure is lifted or imposed by the
 * actor named on it ("UN sanctions against Iran were lifted"). The agent is found by inference, so it is read as
 * an uncertain actor (its events are weaker) and the argument pattern says it was implicit. A passive with neither
 * a place nor a named owner keeps no agent. Which verbs follow which convention is in {@code implicit-agents.tsv}.
 */
final class ImplicitAgents {
    static final String OWNER = "owner";
    static final Set<String> STATE_SECTORS = Set.of("COP", "JUD", "GOV");
    private static final String RESOURCE = "implicit-agents.tsv";
    private static final List<String> COLUMNS = List.of("lemma", "cameo", "agent");
    private static final Set<String> PASSIVE_LABELS = Set.of("pass", "participle");
    /** "arrested in Niger", "detained at a base in Syria", "expelled from Russia": places the acting state holds. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from");
    /** "an Israeli prison", "a CIA prison", "Syria's Idlib": a place named after whoever holds it. */
    private static final Set<String> HOLDER_LINKS = Set.of("amod", "compound", "nmod:poss");
    /** "a prison in Afghanistan", "the airport of Kabul": the named place a facility is in. */
    private static final Set<String> WITHIN_LINKS = Set.of("nmod:in", "nmod:of", "nmod:at");

    /** One row of the file: the verb, the code prefix its rule must have, and who acts. */
    record Row(String lemma, String cameo, boolean owner, String sector, int line) {
    }

    /** The implicit agents and the arguments left once the agent's own place is no longer read as a target. */
    record Agency(List<ActorMention> agents, Arguments arguments) {
        Agency {
            agents = List.copyOf(agents);
        }
    }

    private final List<Row> rows;
    private final PlaceResolver places;

    ImplicitAgents(PlaceResolver places) {
        this.rows = rows();
        this.places = places;
    }

    /** The rows of {@code implicit-agents.tsv}, each checked for its form. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.load(ImplicitAgents.class, RESOURCE, COLUMNS).rows()) {
            String lemma = row.get(0);
            String cameo = row.get(1);
            if (!lemma.matches("[a-z]+") || !cameo.matches("\\d{2,4}")) {
                throw row.error("lemma must be a lower-case word and cameo a code prefix: '" + lemma + "', '"
                        + cameo + "'");
            }
            List<String> agent = Arrays.asList(row.get(2).split("\\|"));
            boolean owner = agent.get(0).equals(OWNER);
            List<String> sectors = owner ? agent.subList(1, agent.size()) : agent;
            if (sectors.size() > 1 || !sectors.stream().allMatch(STATE_SECTORS::contains) || !owner && sectors.isEmpty()) {
                throw row.error("agent must be owner, a sector of " + STATE_SECTORS + " or owner|SECTOR: '"
                        + row.get(2) + "'");
            }
            rows.add(new Row(lemma, cameo, owner, sectors.isEmpty() ? null : sectors.get(0), row.line()));
        }
        return List.copyOf(rows);
    }

    /** The implicit agent of an agentless passive trigger, if its verb and its words make one clear. */
    Optional<Agency> of(String text, Sentence sentence, Trigger trigger, Arguments args, Participants participants,
                        Set<String> context) {
        // "was arrested by unknown men": a named agent, even one no actor matches, is no implicit one.
        boolean agentless = args.sources().isEmpty() || args.inherited();
        if (!agentless || !trigger.rule().wordClass().predicative()
                || Arrays.stream(args.pattern().split("-")).noneMatch(PASSIVE_LABELS::contains)) {
            return Optional.empty();
        }
        Optional<Row> row = rows.stream().filter(r -> r.lemma().equals(trigger.rule().lemma())
                && trigger.rule().cameo().startsWith(r.cameo())).findFirst();
        int patient = patient(sentence, trigger.token(), args);
        if (row.isEmpty() || patient < 0) {
            return Optional.empty();
        }
        if (row.get().owner()) {
            // "EU sanctions on Belarus": the owner of the measure is who lifts or imposes it; "a batch of Nigerian
            // peacekeepers were withdrawn": the owner of the forces is who withdraws them.
            List<ActorMention> owners = participants.resolveSources(sentence, List.of(patient)).stream()
                    .filter(mention -> mention.person() == null && (mention.country() != null || mention.code() != null))
                    .map(ImplicitAgents::uncertain).toList();
            if (!owners.isEmpty()) {
                // "Hundreds of US troops were pulled out": the troops the rule asked for are the owner's own too.
                Arguments left = without(without(args, patient, ""), trigger.partner(), "implicit-owner");
                return Optional.of(new Agency(owners, left));
            }
        }
        String sector = row.get().sector();
        // "arrested in Niger" says who arrested only when someone was: "the rally was banned" names no one acted on.
        boolean someone = patient == trigger.partner() || participants.resolveTargets(sentence, List.of(patient),
                Set.of()).stream().anyMatch(ActorMention::isResolved);
        if (sector == null || !someone) {
            return Optional.empty();
        }
        for (int place : placeHeads(sentence, trigger.token(), patient)) {
            Optional<ActorMention> state = state(text, sentence, place, sector, participants, context);
            if (state.isPresent()) {
                return Optional.of(new Agency(List.of(state.get()), without(args, place, "implicit-place")));
            }
        }
        return Optional.empty();
    }

    /** Who the passive acts on: its subject, or the noun a reduced passive describes ("protesters held in Minsk"). */
    private static int patient(Sentence sentence, int verb, Arguments args) {
        for (Dependency edge : sentence.graph().children(verb)) {
            if (edge.relation().startsWith("nsubj:pass")) {
                return edge.dependent();
            }
        }
        int reduced = Participle.patient(sentence, verb);
        return args.targets().contains(reduced) ? reduced : -1;
    }

    /**
     * The place phrases of the verb, of verbs coordinated with it ("was tortured and killed in a prison"), and of a
     * clause describing the patient ("fishermen held captive in Libya have been freed").
     */
    private static List<Integer> placeHeads(Sentence sentence, int verb, int patient) {
        List<Integer> clauses = new ArrayList<>(List.of(verb));
        sentence.graph().children(verb, "conj").forEach(clauses::add);
        sentence.graph().parents(verb).stream().filter(edge -> edge.governor() >= 0 && edge.baseRelation().equals("conj"))
                .forEach(edge -> clauses.add(edge.governor()));
        for (Dependency acl : sentence.graph().children(patient)) {
            if (acl.baseRelation().equals("acl")) {
                // "held captive in Libya": the place may hang on the clause's predicate adjective.
                clauses.add(acl.dependent());
                sentence.graph().children(acl.dependent(), "xcomp").forEach(clauses::add);
            }
        }
        List<Integer> heads = new ArrayList<>();
        for (int clause : clauses) {
            for (Dependency edge : sentence.graph().children(clause)) {
                if (edge.baseRelation().equals("obl") && PLACE_PREPOSITIONS.contains(edge.specifier())
                        && !heads.contains(edge.dependent())) {
                    heads.add(edge.dependent());
                }
            }
        }
        return heads;
    }

    /** The state holding a place: whoever the place is named after, else the country the place is in. */
    private Optional<ActorMention> state(String text, Sentence sentence, int place, String sector,
                                         Participants participants, Set<String> context) {
        for (Dependency edge : sentence.graph().children(place)) {
            if (!HOLDER_LINKS.contains(edge.relation())) {
                continue;
            }
            Optional<ActorMention> holder = participants.resolve(sentence, List.of(edge.dependent())).stream()
                    .filter(mention -> mention.person() == null && (mention.country() != null || mention.code() != null))
                    .findFirst();
            if (holder.isPresent()) {
                ActorMention found = holder.get();
                return Optional.of(found.code() != null || found.sector() != null ? uncertain(found)
                        : new ActorMention(found.sentence(), found.head(), found.begin(), found.end(), found.text(),
                                null, found.country(), sector, null, found.name(), false));
            }
        }
        List<Integer> candidates = new ArrayList<>(List.of(place));
        sentence.graph().children(place).stream().filter(edge -> WITHIN_LINKS.contains(edge.relation()))
                .forEach(edge -> candidates.add(edge.dependent()));
        for (int candidate : candidates) {
            Optional<Location> location = places.at(text, sentence, candidate, context)
                    .filter(found -> found.country() != null);
            if (location.isPresent()) {
                Location at = location.get();
                return Optional.of(new ActorMention(sentence.index(), candidate, at.begin(), at.end(), at.text(), null,
                        at.country(), sector, null, at.name(), false));
            }
        }
        return Optional.empty();
    }

    private static ActorMention uncertain(ActorMention mention) {
        return mention.referredToAs(mention.sentence(), mention.head(), mention.begin(), mention.end(), mention.text());
    }

    private static Arguments without(Arguments args, int token, String label) {
        List<Integer> targets = args.targets().stream().filter(target -> target != token).toList();
        String pattern = label.isEmpty() ? args.pattern() : args.pattern().isEmpty() ? label
                : args.pattern() + "-" + label;
        return new Arguments(args.sources(), targets, args.places(), pattern, args.respectively(), args.pairwise(),
                args.inherited());
    }
}
