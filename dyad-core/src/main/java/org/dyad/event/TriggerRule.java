package org.dyad.event;

import java.util.Objects;

/**
 * One row of the trigger lexicon.
 *
 * @param lemma       the word's dictionary form
 * @param wordClass   verb or noun
 * @param cameo       the CAMEO code it reports
 * @param requirement what else the sentence must show
 * @param symmetric   whether "X and Y [trigger]" means each acted towards the other
 * @param line        line of the lexicon file, for explanations
 */
public record TriggerRule(String lemma, WordClass wordClass, String cameo, Requirement requirement,
                          boolean symmetric, int line) {
    public TriggerRule {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(wordClass, "wordClass");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(requirement, "requirement");
    }

    /** A short name for the rule, used in the event record: "consult/meet", "reduce/impose+obj". */
    public String name() {
        return cameo + "/" + lemma + requirement.suffix();
    }
}
