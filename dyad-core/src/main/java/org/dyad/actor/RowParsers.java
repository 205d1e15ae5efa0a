package org.dyad.actor;

import java.util.List;

/** Turns rows of each knowledge file into records; one method per file, columns in header order. */
final class RowParsers {
    static final List<String> COUNTRY_COLUMNS = List.of("code", "name", "aliases", "adjectives", "capitals");
    static final List<String> ORGANISATION_COLUMNS = List.of("code", "name", "aliases", "country");
    static final List<String> SEAT_COLUMNS = List.of("phrase", "code");
    static final List<String> TITLE_COLUMNS = List.of("phrase", "sector");
    static final List<String> SECTOR_COLUMNS = List.of("phrase", "sector", "country");
    static final List<String> PEOPLE_COLUMNS = List.of("name", "aliases", "country", "code", "office", "start", "end");

    private RowParsers() {
    }

    static Country country(TsvRow row) {
        return new Country(row.text(0), row.text(1), row.list(2), row.list(3), row.list(4));
    }

    static Organisation organisation(TsvRow row) {
        return new Organisation(row.text(0), row.text(1), row.list(2), row.textOrNull(3));
    }

    static Seat seat(TsvRow row) {
        return new Seat(row.text(0), row.text(1));
    }

    static Title title(TsvRow row) {
        return new Title(row.text(0), row.text(1));
    }

    static SectorNoun sectorNoun(TsvRow row) {
        return new SectorNoun(row.text(0), row.text(1), row.textOrNull(2));
    }

    /** One people row: the person's name, aliases and country, and the one term the row describes. */
    record PersonRow(TsvRow row, String name, List<String> aliases, String country, Term term) {
    }

    static PersonRow personRow(TsvRow row) {
        var start = row.dateOrNull(5);
        if (start == null) {
            throw new IllegalArgumentException("start date is empty");
        }
        var term = new Term(row.text(4), row.text(3), start, row.dateOrNull(6));
        return new PersonRow(row, row.text(0), row.list(1), row.textOrNull(2), term);
    }
}
