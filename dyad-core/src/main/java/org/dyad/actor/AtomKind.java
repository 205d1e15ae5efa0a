package org.dyad.actor;

/** What a dictionary match in the text stands for. */
public enum AtomKind {
    /** A person with terms of office: "Joe Biden", "Xi". */
    PERSON,
    /** An organisation: "the United Nations", "NATO", "Hamas". */
    ORGANISATION,
    /** A capital or seat of power standing for a government: "Beijing", "the Kremlin". */
    SEAT,
    /** A country by name: "China", "the United States". */
    COUNTRY,
    /** An adjective, demonym or combining form of a country: "Chinese", "Sino". */
    NATIONALITY,
    /** A title that makes its holder an actor of a sector: "Foreign Minister", "counterpart". */
    TITLE,
    /** A noun for a group of a sector: "troops", "Congress". */
    SECTOR
}
