package org.dyad.nlp;

import java.util.Objects;

/**
 * A typed edge of a sentence's dependency graph (Universal Dependencies, enhanced++).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  relation with its enhancement, e.g. "nsubj", "obl:with", "conj:and"
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
    }

    /** The relation without its enhancement: "obl" for "obl:with". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The enhancement after the colon ("with" for "obl:with"), or "" when there is none. */
    public String specifier() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
