package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.ontology.CameoOntology;

/**
 * Reads acts that are only announced as intents (CAMEO 03): "Iran is ready to resume talks with the US" and
 * "Peru said it would deepen cooperation with Chile" report no talks and no cooperation, but that the actor means
 * to take them up. An act is an intent when readiness ("ready", "willing", "prepared") frames it, or when it is
 * in the conditional ("would"), when the actor intends it ("intends to buy"), or in the future ("will") as the actor's own words, and a plain statement of the
 * same actor's country reports it before it ("Hamas said it will release two hostages"). The intent keeps
 * the act's actors; its code is the intent of the act's family ("to meet" 036, "to cooperate materially" 031).
 * A negated act ("said it would not send weapons") stays what it is.
 */
final class IntentReading {
    /** Words of readiness; as predicates ("said it was ready to work with China") they are intents themselves. */
    static final Set<String> READINESS = Set.of("ready", "willing", "prepared", "eager", "keen");
    /** "Poland intends to buy tanks": a declared intention is an intent, whoever reports it. */
    private static final Set<String> INTENTION = Set.of("intend", "intends", "intended", "intending");
    /** "said it would", and the same report not shifted back: "said it will". */
    private static final Set<String> REPORTED_FUTURE = Set.of("would", "will");
    private static final String PLAIN_STATEMENT = "010";
    private static final int MATERIAL_CONFLICT = 14;
    private static final String INTENT = "030";
    /** The intent of each act family that has one of its own. */
    static final Map<String, String> INTENT_OF_ROOT = Map.of("04", "036", "05", "032", "06", "031",
            "07", "033", "08", "035");
    /** Acts that are themselves words, frames or force: no intent of cooperation to read in them. */
    private static final Set<String> NOT_INTENDED = Set.of("01", "02", "03", "10", "11", "12", "13");

    private final CameoOntology ontology;

    IntentReading(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The sentence's events with every announced act read as an intent. */
    List<Event> read(List<Event> events) {
        List<Event> result = new ArrayList<>();
        for (Event event : events) {
            if (!isIntended(event, events)) {
                result.add(event);
            } else if (!isPartnersMirror(event, events)) {
                result.add(asIntent(event));
            }
        }
        return result;
    }

    /**
     * "Iran is ready to hold talks with Egypt": talks go both ways, the intent only from who is ready; the mirror
     * event's source is named after the trigger, the intending subject before it.
     */
    private static boolean isPartnersMirror(Event act, List<Event> events) {
        return act.source().begin() > act.triggerBegin() && events.stream()
                .anyMatch(other -> other != act && other.triggerBegin() == act.triggerBegin()
                        && other.source().begin() < act.triggerBegin());
    }

    private static boolean isIntended(Event act, List<Event> events) {
        if (act.cameo().root().equals(INTENT.substring(0, 2))) {
            // "Ukraine said it would accept Turkish mediation": an intent reported as the actor's own words.
            return isReportedFuture(act, events);
        }
        if (NOT_INTENDED.contains(act.cameo().root()) || act.modalityCue() == null
                || act.modality() != Modality.HYPOTHETICAL && act.modality() != Modality.FUTURE) {
            return false;
        }
        String cue = act.modalityCue().toLowerCase(Locale.ROOT);
        if (INTENTION.contains(cue)) {
            return true;
        }
        if (READINESS.contains(cue) && act.modality() == Modality.HYPOTHETICAL) {
            // "ready to attack Israel" is no intent to cooperate: the readiness itself is the threat (138).
            return Integer.parseInt(act.cameo().root()) < MATERIAL_CONFLICT;
        }
        return isReportedFuture(act, events);
    }

    private static boolean isReportedFuture(Event act, List<Event> events) {
        if (act.modalityCue() == null
                || act.modality() != Modality.HYPOTHETICAL && act.modality() != Modality.FUTURE) {
            return false;
        }
        String cue = act.modalityCue().toLowerCase(Locale.ROOT);
        return REPORTED_FUTURE.contains(cue) && act.source().country() != null && events.stream()
                .anyMatch(statement -> statement.cameo().code().equals(PLAIN_STATEMENT)
                        && statement.triggerBegin() < act.triggerBegin()
                        && Objects.equals(statement.source().country(), act.source().country()));
    }

    private Event asIntent(Event act) {
        String root = act.cameo().root();
        String code = root.equals(INTENT.substring(0, 2)) ? act.cameo().code() : INTENT_OF_ROOT.getOrDefault(root, INTENT);
        Actor target = act.target();
        return act.reread(target, ontology.get(code), Modality.ASSERTED, null, "intent");
    }
}
