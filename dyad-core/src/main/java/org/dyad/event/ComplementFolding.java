package org.dyad.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.ontology.CameoOntology;

/**
 * Folds an act into the appeal, intent, demand, rejection or threat whose complement it is: "threatened to impose
 * tariffs on Mexico" is a threat against Mexico, "agreed to hold a summit with Trump" an intent towards Trump,
 * "urged the EU to mediate" an appeal, "refused to meet the farmers" a rejection of them. The frame takes the act's
 * targets when it has none of its own; a threat so targeted is 138 when the act is violent, 131 otherwise, and a promise
 * of violence ("vowed to attack Israel") is a threat of force, 138. An act
 * whose modality the frame decided ("refused to meet" is a negated meeting, "threatened to attack" a hypothetical
 * attack) stays an event with that modality; an act the frame left asserted ("urged Iran to release the crew",
 * "offered to mediate") did not happen and is dropped. An act of the same family in the purpose or manner of
 * another ("met in Vienna to discuss", "arrived for talks", "shelled the city, killing two") is the same act
 * and folds into it too.
 */
final class ComplementFolding {
    private static final Set<String> FRAMING_ROOTS = Set.of("02", "03", "10", "12", "13");
    private static final Set<String> COMPLEMENT_LINKS = Set.of("xcomp", "ccomp", "acl", "conj");
    /** Purpose and manner clauses: "met to discuss", "shelled the town, killing four". */
    private static final Set<String> MANNER_LINKS = Set.of("advcl", "dep");
    private static final int MAX_CLIMB = 3;
    private static final String THREATEN = "130";
    private static final String THREATEN_FORCE = "138";
    private static final String THREATEN_NON_FORCE = "131";
    private static final String INTENT_ROOT = "03";
    private static final String PLAIN_STATEMENT = "010";
    /** The first root of violence: assault, fight, mass violence (18-20). */
    private static final int VIOLENCE = 18;

    private final CameoOntology ontology;

    ComplementFolding(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events, trigger by trigger, with every framed act folded into its frame. */
    List<Event> fold(Sentence sentence, Map<Trigger, List<Event>> byTrigger) {
        Map<Trigger, Trigger> frames = new LinkedHashMap<>();
        for (Trigger act : byTrigger.keySet()) {
            frameOf(sentence, act, byTrigger).ifPresent(frame -> frames.put(act, frame));
        }
        List<Event> folded = new ArrayList<>();
        for (Map.Entry<Trigger, List<Event>> entry : byTrigger.entrySet()) {
            Trigger trigger = entry.getKey();
            if (frames.containsKey(trigger)) {
                entry.getValue().stream().filter(act -> act.modality() != Modality.ASSERTED).forEach(folded::add);
                continue;
            }
            List<Event> framed = frames.entrySet().stream().filter(frame -> frame.getValue() == trigger)
                    .flatMap(frame -> byTrigger.get(frame.getKey()).stream()).toList();
            if (isReadinessForIntendedActs(trigger, framed)) {
                // "ready to resume talks with Chile": the talks are read as the finer intent (036) themselves.
                continue;
            }
            boolean readiness = isReadiness(trigger);
            for (Event frame : entry.getValue()) {
                // "said its forces were prepared to respond": readiness towards no one is no intent to cooperate.
                withActs(frame, framed).stream().filter(event -> !readiness || event.target() != null)
                        .forEach(folded::add);
            }
        }
        return folded;
    }

    /**
     * The nearest governing trigger that frames {@code act}, climbing complement links; a coordinated act
     * ("threatened to attack and destroy") shares the frame of its first conjunct, while a trigger coordinated
     * with the frame ("threatened and attacked") is an act of its own.
     */
    private static Optional<Trigger> frameOf(Sentence sentence, Trigger act, Map<Trigger, List<Event>> byTrigger) {
        if (act.hasLightVerb()) {
            // "arrived in Pyongyang for talks": the talks are what the visit was for.
            Optional<Trigger> carrier = triggerAt(act.lightVerb(), act, byTrigger);
            if (carrier.isPresent() && sameRoot(carrier.get(), act)) {
                return carrier;
            }
        }
        int current = act.hasLightVerb() ? act.lightVerb() : act.token();
        for (int step = 0; step < MAX_CLIMB; step++) {
            Optional<Dependency> link = sentence.graph().parents(current).stream()
                    .filter(up -> up.governor() >= 0 && (COMPLEMENT_LINKS.contains(up.baseRelation())
                            || MANNER_LINKS.contains(up.baseRelation())))
                    .findFirst();
            if (link.isEmpty()) {
                return Optional.empty();
            }
            int governor = link.get().governor();
            String relation = link.get().baseRelation();
            Optional<Trigger> there = triggerAt(governor, act, byTrigger);
            if (there.isPresent() && step == 0 && !relation.equals("conj") && sameRoot(there.get(), act)
                    && !reportsParticularComment(there.get(), act)) {
                // "met in Vienna to discuss arms control", "shelled the city, killing two people": one act.
                return there;
            }
            if (MANNER_LINKS.contains(relation) && !(relation.equals("dep") && there.isEmpty())) {
                // "urged Iran to stop arming the rebels": the parser's loose "dep" under a verb that is no act
                // ("stop") is that verb's complement, so the climb goes on to the appeal.
                return Optional.empty();
            }
            boolean coordinated = relation.equals("conj");
            if (there.isPresent() && !coordinated) {
                Trigger frame = there.get();
                boolean framing = FRAMING_ROOTS.contains(frame.rule().cameo().substring(0, 2))
                        && !byTrigger.get(frame).isEmpty();
                return framing ? there : Optional.empty();
            }
            if (there.isPresent() && FRAMING_ROOTS.contains(there.get().rule().cameo().substring(0, 2))) {
                return Optional.empty();
            }
            current = governor;
        }
        return Optional.empty();
    }

    private static Optional<Trigger> triggerAt(int token, Trigger act, Map<Trigger, List<Event>> byTrigger) {
        return byTrigger.keySet().stream()
                .filter(candidate -> candidate != act && candidate.token() == token && !byTrigger.get(candidate).isEmpty())
                .findFirst();
    }

    /**
     * "Modi said he was optimistic": the reported comment (011-019) says more than the plain statement reporting
     * it, so it is no part of that statement but a comment of its own.
     */
    private static boolean reportsParticularComment(Trigger statement, Trigger comment) {
        return statement.rule().cameo().equals(PLAIN_STATEMENT) && comment.rule().cameo().startsWith("01")
                && !comment.rule().cameo().equals(PLAIN_STATEMENT);
    }

    /**
     * "said it was ready to resume talks": readiness framing acts that {@link IntentReading} reads as intents of
     * their own family adds nothing to them; readiness with no such act ("ready to work with China") is the intent.
     */
    private static boolean isReadinessForIntendedActs(Trigger frame, List<Event> acts) {
        return isReadiness(frame) && !acts.isEmpty()
                && acts.stream().allMatch(act -> act.modality() == Modality.HYPOTHETICAL
                        && IntentReading.INTENT_OF_ROOT.containsKey(act.cameo().root()));
    }

    private static boolean isReadiness(Trigger frame) {
        return frame.rule().wordClass() == WordClass.ADJECTIVE && IntentReading.READINESS.contains(frame.rule().lemma());
    }

    private static boolean sameRoot(Trigger a, Trigger b) {
        return a.rule().cameo().substring(0, 2).equals(b.rule().cameo().substring(0, 2));
    }

    private List<Event> withActs(Event frame, List<Event> acts) {
        if (frame.target() != null) {
            boolean promisedViolence = frame.cameo().root().equals(INTENT_ROOT) && !acts.isEmpty()
                    && codeFor(frame, acts.get(0)).equals(THREATEN_FORCE);
            return List.of(promisedViolence ? retarget(frame, frame.target(), THREATEN_FORCE) : frame);
        }
        List<Event> result = new ArrayList<>();
        List<Actor> seen = new ArrayList<>();
        for (Event act : acts) {
            Actor target = act.target();
            boolean fresh = target != null && seen.stream().noneMatch(other -> sameActor(other, target))
                    && !Objects.equals(target.code(), frame.source().code());
            if (fresh) {
                seen.add(target);
                result.add(retarget(frame, target, codeFor(frame, act)));
            }
        }
        if (result.isEmpty() && !acts.isEmpty() && !codeFor(frame, acts.get(0)).equals(frame.cameo().code())) {
            result.add(retarget(frame, null, codeFor(frame, acts.get(0))));
        }
        return result.isEmpty() ? List.of(frame) : result;
    }

    private static String codeFor(Event frame, Event act) {
        int root = Integer.parseInt(act.cameo().root());
        if (frame.cameo().root().equals(INTENT_ROOT) && root >= VIOLENCE) {
            // "vowed to crush the rebels", "pledged to attack": a promise of violence is a threat of force.
            return THREATEN_FORCE;
        }
        if (!frame.cameo().code().equals(THREATEN)) {
            return frame.cameo().code();
        }
        return root >= VIOLENCE || root == 15 ? THREATEN_FORCE : THREATEN_NON_FORCE;
    }

    private static boolean sameActor(Actor a, Actor b) {
        return a.code() != null ? a.code().equals(b.code()) : a.begin() == b.begin() && a.end() == b.end();
    }

    private Event retarget(Event frame, Actor target, String code) {
        return frame.reread(target, ontology.get(code), frame.modality(), frame.modalityCue(), "act-target");
    }
}
