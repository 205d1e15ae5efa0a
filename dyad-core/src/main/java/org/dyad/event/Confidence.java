package org.dyad.event;

import org.dyad.actor.ActorMention;

/**
 * How likely an event record is right, from what its evidence looks like. Every event starts at 0.9 and loses
 * a fixed amount for each weakness: an event noun instead of a verb, a subject borrowed from another clause, an
 * actor found through a pronoun or an approximate name, a missing or unresolved target. The README's
 * "Confidence" section is the reference for these numbers.
 */
final class Confidence {
    static final double START = 0.9;
    static final double NOUN_TRIGGER = 0.1;
    static final double BORROWED_SUBJECT = 0.15;
    static final double UNCERTAIN_ACTOR = 0.1;
    static final double NO_TARGET = 0.1;
    static final double UNRESOLVED_TARGET = 0.1;
    static final double UNRESOLVED_SOURCE = 0.2;
    static final double FLOOR = 0.05;

    private Confidence() {
    }

    static double of(Trigger trigger, Arguments arguments, ActorMention source, ActorMention target) {
        double value = START;
        if (trigger.rule().wordClass() == WordClass.NOUN) {
            value -= NOUN_TRIGGER;
        }
        if (arguments.inherited()) {
            value -= BORROWED_SUBJECT;
        }
        if (!source.certain()) {
            value -= UNCERTAIN_ACTOR;
        }
        if (!source.isResolved()) {
            value -= UNRESOLVED_SOURCE;
        }
        if (target == null) {
            value -= NO_TARGET;
        } else {
            if (!target.certain()) {
                value -= UNCERTAIN_ACTOR;
            }
            if (!target.isResolved()) {
                value -= UNRESOLVED_TARGET;
            }
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
