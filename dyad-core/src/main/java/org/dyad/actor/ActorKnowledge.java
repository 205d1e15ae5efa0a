package org.dyad.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything Dyad knows about actors before it reads a word: states, organisations, seats of power, titles,
 * sector nouns and office holders with their terms. Immutable and safe to share between threads.
 *
 * <p>The facts live in TSV files beside this class ({@code countries.tsv}, {@code organisations.tsv},
 * {@code seats.tsv}, {@code titles.tsv}, {@code sectors.tsv}, {@code people.tsv}); each file is checked row
 * by row and across files when it loads.
 */
public final class ActorKnowledge {
    static final String COUNTRIES = "countries.tsv";
    static final String ORGANISATIONS = "organisations.tsv";
    static final String SEATS = "seats.tsv";
    static final String TITLES = "titles.tsv";
    static final String SECTORS = "sectors.tsv";
    static final String PEOPLE = "people.tsv";

    private final List<Country> countries;
    private final List<Organisation> organisations;
    private final List<Seat> seats;
    private final List<Title> titles;
    private final List<SectorNoun> sectorNouns;
    private final List<Person> people;
    private final Map<String, Country> countriesByCode;

    private ActorKnowledge(List<Country> countries, List<Organisation> organisations, List<Seat> seats,
                           List<Title> titles, List<SectorNoun> sectorNouns, List<Person> people,
                           Map<String, Country> countriesByCode) {
        this.countries = countries;
        this.organisations = organisations;
        this.seats = seats;
        this.titles = titles;
        this.sectorNouns = sectorNouns;
        this.people = people;
        this.countriesByCode = countriesByCode;
    }

    /**
     * Loads the knowledge files from the classpath. Call once and share the result.
     *
     * @throws KnowledgeFileException with a message "file:line: reason" at the first bad row or missing file
     */
    public static ActorKnowledge load() {
        return load(KnowledgeSource.classpath());
    }

    static ActorKnowledge load(KnowledgeSource source) {
        var countryRows = rows(source, COUNTRIES, RowParsers.COUNTRY_COLUMNS);
        var countries = parse(countryRows, RowParsers::country);
        var countriesByCode = new LinkedHashMap<String, Country>();
        for (int i = 0; i < countries.size(); i++) {
            if (countriesByCode.putIfAbsent(countries.get(i).code(), countries.get(i)) != null) {
                throw located(countryRows.get(i), "country code " + countries.get(i).code() + " appears twice");
            }
        }
        var references = new CodeReferences(countriesByCode.keySet());

        var organisationRows = rows(source, ORGANISATIONS, RowParsers.ORGANISATION_COLUMNS);
        var organisations = parse(organisationRows, RowParsers::organisation);
        for (int i = 0; i < organisations.size(); i++) {
            var organisation = organisations.get(i);
            check(organisationRows.get(i), () -> references.addOrganisation(organisation));
        }

        var seatRows = rows(source, SEATS, RowParsers.SEAT_COLUMNS);
        var seats = parse(seatRows, RowParsers::seat);
        for (int i = 0; i < seats.size(); i++) {
            var seat = seats.get(i);
            check(seatRows.get(i), () -> references.requireActorCode(seat.code()));
        }

        var titles = parse(rows(source, TITLES, RowParsers.TITLE_COLUMNS), RowParsers::title);

        var sectorRows = rows(source, SECTORS, RowParsers.SECTOR_COLUMNS);
        var sectorNouns = parse(sectorRows, RowParsers::sectorNoun);
        for (int i = 0; i < sectorNouns.size(); i++) {
            var noun = sectorNouns.get(i);
            check(sectorRows.get(i), () -> references.requireCountryOrNull(noun.country()));
        }

        var personRows = parse(rows(source, PEOPLE, RowParsers.PEOPLE_COLUMNS), RowParsers::personRow);
        for (var personRow : personRows) {
            check(personRow.row(), () -> {
                references.requireCountryOrNull(personRow.country());
                references.requireActorCode(personRow.term().code());
            });
        }
        var people = PeopleMerger.merge(personRows);

        return new ActorKnowledge(countries, List.copyOf(organisations), seats, titles, sectorNouns, people,
                Map.copyOf(countriesByCode));
    }

    private static List<TsvRow> rows(KnowledgeSource source, String file, List<String> columns) {
        String text = source.read(file)
                .orElseThrow(() -> new KnowledgeFileException(file, 0, "missing from " + ActorKnowledge.class.getPackageName()));
        return TsvFile.rows(file, text, columns);
    }

    private static <T> List<T> parse(List<TsvRow> rows, Function<TsvRow, T> parser) {
        var parsed = new ArrayList<T>(rows.size());
        for (TsvRow row : rows) {
            try {
                parsed.add(parser.apply(row));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw located(row, e.getMessage());
            }
        }
        return List.copyOf(parsed);
    }

    private static void check(TsvRow row, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw located(row, e.getMessage());
        }
    }

    private static KnowledgeFileException located(TsvRow row, String reason) {
        return new KnowledgeFileException(row.file(), row.line(), reason);
    }

    /** Every state, in file order. */
    public List<Country> countries() {
        return countries;
    }

    /** International bodies and armed groups, in file order. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** Seats of power such as "Kremlin", in file order. */
    public List<Seat> seats() {
        return seats;
    }

    /** Titles such as "foreign minister", in file order. */
    public List<Title> titles() {
        return titles;
    }

    /** Group nouns such as "troops" or "Knesset", in file order. */
    public List<SectorNoun> sectorNouns() {
        return sectorNouns;
    }

    /** Office holders, one per name, each with terms sorted by start. */
    public List<Person> people() {
        return people;
    }

    /** The state with ISO alpha-3 {@code code}, if known. */
    public Optional<Country> country(String code) {
        return Optional.ofNullable(code == null ? null : countriesByCode.get(code));
    }

    /** Checks codes that one file uses against the countries and organisations already loaded. */
    private static final class CodeReferences {
        private final Set<String> countryCodes;
        private final Set<String> organisationCodes = new HashSet<>();

        CodeReferences(Set<String> countryCodes) {
            this.countryCodes = Set.copyOf(countryCodes);
        }

        void addOrganisation(Organisation organisation) {
            requireCountryOrNull(organisation.country());
            if (countryCodes.contains(organisation.code())) {
                throw new IllegalArgumentException("organisation code " + organisation.code() + " is a country code");
            }
            if (!organisationCodes.add(organisation.code())) {
                throw new IllegalArgumentException("organisation code " + organisation.code() + " appears twice");
            }
        }

        void requireCountryOrNull(String code) {
            if (code != null && !countryCodes.contains(code)) {
                throw new IllegalArgumentException("unknown country code " + code);
            }
        }

        /** An organisation code, or a known country code followed by a known sector (USAGOV). */
        void requireActorCode(String code) {
            if (organisationCodes.contains(code)) {
                return;
            }
            boolean countryWithSector = code.length() == 6
                    && countryCodes.contains(code.substring(0, 3))
                    && Sector.isKnown(code.substring(3));
            if (!countryWithSector) {
                throw new IllegalArgumentException("code " + code
                        + " is neither an organisation nor a known country followed by a sector");
            }
        }
    }
}
