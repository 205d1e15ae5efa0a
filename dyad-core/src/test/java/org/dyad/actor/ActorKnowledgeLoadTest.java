package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The loader on small hand-written files: what it builds, and where it says a bad row is. */
class ActorKnowledgeLoadTest {
    private static final String COUNTRIES = """
            # two states
            code\tname\taliases\tadjectives\tcapitals
            USA\tUnited States\tU.S.|America\tAmerican|Americans\tWashington
            CHN\tChina\tPRC\tChinese|Sino\tBeijing
            """;
    private static final String ORGANISATIONS = """
            code\tname\taliases\tcountry
            UNO\tUnited Nations\tUN|U.N.\t
            HMS\tHamas\t\tUSA
            """;
    private static final String SEATS = "phrase\tcode\nWhite House\tUSAGOV\n";
    private static final String TITLES = "phrase\tsector\nforeign minister\tGOV\ngeneral\tMIL\n";
    private static final String SECTORS = "phrase\tsector\tcountry\ntroops\tMIL\t\nCongress\tLEG\tUSA\n";
    private static final String PEOPLE = """
            name\taliases\tcountry\tcode\toffice\tstart\tend
            Wang Yi\t\tCHN\tCHNGOV\tForeign Minister\t2023-07-25\t
            Donald Trump\tTrump\tUSA\tUSAGOV\tPresident\t2017-01-20\t2021-01-20
            Wang Yi\tWang\tCHN\tCHNGOV\tForeign Minister\t2013-03-16\t2022-12-30
            Ban Ki-moon\t\t\tUNO\tSecretary-General\t2007-01-01\t2017-01-01
            """;

    private static Map<String, String> files() {
        var files = new HashMap<String, String>();
        files.put("countries.tsv", COUNTRIES);
        files.put("organisations.tsv", ORGANISATIONS);
        files.put("seats.tsv", SEATS);
        files.put("titles.tsv", TITLES);
        files.put("sectors.tsv", SECTORS);
        files.put("people.tsv", PEOPLE);
        return files;
    }

    private static ActorKnowledge load(Map<String, String> files) {
        return ActorKnowledge.load(name -> Optional.ofNullable(files.get(name)));
    }

    @Test
    void buildsRecordsFromEveryFile() {
        var knowledge = load(files());
        assertThat(knowledge.countries()).extracting(Country::code).containsExactly("USA", "CHN");
        assertThat(knowledge.country("CHN")).get().extracting(Country::adjectives)
                .isEqualTo(java.util.List.of("Chinese", "Sino"));
        assertThat(knowledge.organisations().get(0).country()).isNull();
        assertThat(knowledge.seats()).containsExactly(new Seat("White House", "USAGOV"));
        assertThat(knowledge.titles()).contains(new Title("general", "MIL"));
        assertThat(knowledge.sectorNouns()).containsExactly(new SectorNoun("troops", "MIL", null),
                new SectorNoun("Congress", "LEG", "USA"));
    }

    @Test
    void mergesRowsOfOnePersonIntoTermsSortedByStart() {
        var wang = load(files()).people().get(0);
        assertThat(wang.name()).isEqualTo("Wang Yi");
        assertThat(wang.aliases()).containsExactly("Wang");
        assertThat(wang.terms()).extracting(Term::start)
                .containsExactly(LocalDate.of(2013, 3, 16), LocalDate.of(2023, 7, 25));
        assertThat(wang.termOn(LocalDate.of(2024, 1, 27))).isPresent();
        assertThat(wang.termOn(LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(load(files()).people()).hasSize(3);
    }

    @Test
    void missingFileIsNamed() {
        var files = files();
        files.remove("titles.tsv");
        assertThatThrownBy(() -> load(files)).isInstanceOf(KnowledgeFileException.class)
                .hasMessageStartingWith("titles.tsv:0: missing");
    }

    @Test
    void wrongHeaderIsLocated() {
        var files = files();
        files.put("seats.tsv", "# comment\nphrase\tactor\nKremlin\tRUSGOV\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("seats.tsv:2: header");
    }

    @Test
    void rowWithTooManyCellsIsLocated() {
        var files = files();
        files.put("titles.tsv", "phrase\tsector\npresident\tGOV\nadmiral\tMIL\textra\n");
        assertThatThrownBy(() -> load(files)).hasMessage("titles.tsv:3: 3 cells but the header has 2 columns");
    }

    @Test
    void unknownSectorIsLocated() {
        var files = files();
        files.put("titles.tsv", "phrase\tsector\npresident\tGOV\n\nadmiral\tNAVY\n");
        assertThatThrownBy(() -> load(files)).hasMessage("titles.tsv:4: unknown sector 'NAVY'");
    }

    @Test
    void upperCaseTitleIsRejected() {
        var files = files();
        files.put("titles.tsv", "phrase\tsector\nForeign Minister\tGOV\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("titles.tsv:2: title phrase 'Foreign Minister'");
    }

    @Test
    void duplicateCountryCodeIsLocated() {
        var files = files();
        files.put("countries.tsv", COUNTRIES + "USA\tAmerica\t\t\t\n");
        assertThatThrownBy(() -> load(files)).hasMessage("countries.tsv:5: country code USA appears twice");
    }

    @Test
    void badCountryCodeIsLocated() {
        var files = files();
        files.put("countries.tsv", COUNTRIES + "Fr\tFrance\t\t\t\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("countries.tsv:5: country code 'Fr'");
    }

    @Test
    void emptyValueInAListIsLocated() {
        var files = files();
        files.put("countries.tsv", COUNTRIES + "FRA\tFrance\t\tFrench||Gallic\tParis\n");
        assertThatThrownBy(() -> load(files)).hasMessage("countries.tsv:5: column 4 has an empty value between '|'");
    }

    @Test
    void duplicateOrganisationCodeIsLocated() {
        var files = files();
        files.put("organisations.tsv", ORGANISATIONS + "UNO\tUnited Nations Organization\t\t\n");
        assertThatThrownBy(() -> load(files)).hasMessage("organisations.tsv:4: organisation code UNO appears twice");
    }

    @Test
    void seatForUnknownCountryIsLocated() {
        var files = files();
        files.put("seats.tsv", SEATS + "Kremlin\tRUSGOV\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("seats.tsv:3: code RUSGOV is neither");
    }

    @Test
    void badDateIsLocated() {
        var files = files();
        files.put("people.tsv", PEOPLE + "Joe Biden\tBiden\tUSA\tUSAGOV\tPresident\t2021-01-XX\t\n");
        assertThatThrownBy(() -> load(files))
                .hasMessage("people.tsv:6: column 6 '2021-01-XX' is not a YYYY-MM-DD date");
    }

    @Test
    void termEndingBeforeItStartsIsLocated() {
        var files = files();
        files.put("people.tsv", PEOPLE + "Joe Biden\t\tUSA\tUSAGOV\tPresident\t2025-01-20\t2021-01-20\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("people.tsv:6: term of President ends");
    }

    @Test
    void overlappingTermsOfOneOfficeAreLocatedAtTheLaterRow() {
        var files = files();
        files.put("people.tsv", PEOPLE + "Donald Trump\t\tUSA\tUSAGOV\tPresident\t2020-01-20\t\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("people.tsv:6: Donald Trump: terms as President");
    }

    @Test
    void codeOfAnotherCountryIsLocated() {
        var files = files();
        files.put("people.tsv", PEOPLE + "Xi Jinping\tXi\tCHN\tUSAGOV\tPresident\t2013-03-14\t\n");
        assertThatThrownBy(() -> load(files)).hasMessage("people.tsv:6: Xi Jinping: code USAGOV does not start with CHN");
    }

    @Test
    void conflictingCountriesForOnePersonAreLocated() {
        var files = files();
        files.put("people.tsv", PEOPLE + "Wang Yi\t\tUSA\tUSAGOV\tAmbassador\t2000-01-01\t2001-01-01\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("people.tsv:6: country USA differs from CHN");
    }

    @Test
    void missingStartIsLocated() {
        var files = files();
        files.put("people.tsv", PEOPLE + "Joe Biden\t\tUSA\tUSAGOV\tPresident\n");
        assertThatThrownBy(() -> load(files)).hasMessage("people.tsv:6: start date is empty");
    }
}
