package org.dyad.actor;

import java.util.Objects;

/**
 * A dictionary match in a sentence: tokens {@code [start, end)} that name a person, a country, a title...
 * Atoms compose into actors: "Chinese" + "Foreign Minister" + "Wang Yi".
 *
 * @param start   first token index in the sentence
 * @param end     token index after the last token
 * @param kind    what the words stand for
 * @param country ISO alpha-3 code the words tie to, or {@code null}
 * @param sector  CAMEO sector code (GOV, MIL, ...) the words imply, or {@code null}
 * @param code    a complete actor code (organisations, seats of power), or {@code null}
 * @param person  the person named, or {@code null}
 * @param name    canonical name of what was matched
 * @param exact   false when the words matched a known name only approximately ("Xi Jingping")
 */
public record ActorAtom(int start, int end, AtomKind kind, String country, String sector, String code,
                        Person person, String name, boolean exact) {
    public ActorAtom {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad atom span [" + start + ", " + end + ")");
        }
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    /** The same atom at another position. */
    ActorAtom at(int newStart, int newEnd, boolean isExact) {
        return new ActorAtom(newStart, newEnd, kind, country, sector, code, person, name, isExact);
    }
}
