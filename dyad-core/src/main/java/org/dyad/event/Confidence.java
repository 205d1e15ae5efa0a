package org.dyad.event;

import org.dyad.actor.Actor;
import org.dyad.actor.ActorMention;
import org.dyad.ontology.CameoCode;

/**
 * How likely an event record is right: the chance that its source country, target country and CAMEO root are
 * those a trained annotator would write. Every event starts at {@link #START} and loses a fixed amount for each
 * weakness its evidence shows. The amounts were fitted to Dyad's own gold sentences (least squares of "this
 * event matched a gold event" on the weaknesses, rounded); the README's "Confidence" section gives the fit and
 * how well the scale matches the outcomes.
 */
final class Confidence {
    static final double START = 0.95;
    /** The trigger is an event noun ("the attack on"), not a verb. */
    static final double NOUN_TRIGGER = 0.05;
    /** The subject was borrowed from another clause ("by imposing"). */
    static final double BORROWED_SUBJECT = 0.30;
    /** An actor found through a pronoun or "the two presidents", or a name matched only approximately; each. */
    static final double UNCERTAIN_ACTOR = 0.10;
    /** The source names no known actor at all. */
    static final double UNRESOLVED_SOURCE = 0.40;
    /** An act (any root but 01, statements) aimed at no one: annotators usually found a target the coder missed. */
    static final double ACT_WITHOUT_TARGET = 0.50;
    /** A target with no country ("TikTok", an unlisted group). */
    static final double TARGET_WITHOUT_COUNTRY = 0.20;
    /** A source known only by its kind, with no country ("protesters"). */
    static final double SOURCE_WITHOUT_COUNTRY = 0.10;
    /** Negated, hypothetical or future: the cue and its scope are read less surely than a plain report. */
    static final double NOT_ASSERTED = 0.10;
    static final double FLOOR = 0.05;
    private static final String STATEMENT_ROOT = "01";

    private Confidence() {
    }

    static double of(Trigger trigger, Arguments arguments, ActorMention sourceMention, ActorMention targetMention,
                     Actor source, Actor target, CameoCode cameo, Modality modality) {
        double value = START;
        if (trigger.rule().wordClass() == WordClass.NOUN) {
            value -= NOUN_TRIGGER;
        }
        if (arguments.inherited()) {
            value -= BORROWED_SUBJECT;
        }
        if (!sourceMention.certain()) {
            value -= UNCERTAIN_ACTOR;
        }
        if (!sourceMention.isResolved()) {
            value -= UNRESOLVED_SOURCE;
        }
        if (targetMention != null && !targetMention.certain()) {
            value -= UNCERTAIN_ACTOR;
        }
        if (target == null && !cameo.root().equals(STATEMENT_ROOT)) {
            value -= ACT_WITHOUT_TARGET;
        }
        if (target != null && target.country() == null) {
            value -= TARGET_WITHOUT_COUNTRY;
        }
        if (source.country() == null) {
            value -= SOURCE_WITHOUT_COUNTRY;
        }
        if (modality != Modality.ASSERTED) {
            value -= NOT_ASSERTED;
        }
        return round(Math.max(FLOOR, value));
    }

    /** Several independent reports of one event make it surer: 1 - product of (1 - c). */
    static double combined(double a, double b) {
        return round(Math.min(0.99, 1 - (1 - a) * (1 - b)));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
