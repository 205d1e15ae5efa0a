package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The foreign and defence ministers of the second half of the states of issue #3 (Myanmar to Yemen, and Belarus),
 * checked through the real knowledge files: names resolve to the right state, office and term on a date.
 */
class MinistersOfMoreStatesTest {
    private static final List<String> STATES = List.of("MMR", "NLD", "NGA", "PRK", "PAK", "PSE", "PHL", "POL",
            "QAT", "ESP", "SYR", "TWN", "THA", "ARE", "VEN", "VNM", "YEM", "BLR");

    private static final List<LocalDate> CHECKED_DATES = List.of(LocalDate.of(2000, 6, 1), LocalDate.of(2010, 6, 1),
            LocalDate.of(2024, 6, 1));

    /**
     * State, office and date without a recorded holder, each with the reason. Palestine and Qatar had no such
     * post then; for the others the holder's dates are not known well enough to be written down.
     */
    private static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("PSE Foreign Minister 2000-06-01", "the Palestinian Authority had no foreign minister before 2003"),
            Map.entry("PSE Defence Minister 2000-06-01", "the Palestinian Authority has no defence ministry"),
            Map.entry("PSE Defence Minister 2010-06-01", "the Palestinian Authority has no defence ministry"),
            Map.entry("PSE Defence Minister 2024-06-01", "the Palestinian Authority has no defence ministry"),
            Map.entry("QAT Defence Minister 2000-06-01", "the emir kept the defence ministry himself until 2013"),
            Map.entry("QAT Defence Minister 2010-06-01", "the emir kept the defence ministry himself until 2013"),
            Map.entry("PAK Defence Minister 2000-06-01", "under Musharraf's military rule; holder not certain"),
            Map.entry("VEN Defence Minister 2000-06-01", "the dates of Chávez's first defence ministers are not certain"),
            Map.entry("YEM Defence Minister 2000-06-01", "the dates of Saleh's defence minister are not certain"),
            Map.entry("BLR Foreign Minister 2000-06-01", "the dates of Ural Latypov's term are not certain"),
            Map.entry("BLR Defence Minister 2000-06-01", "the dates of Alexander Chumakov's term are not certain"));

    private static ActorKnowledge knowledge;
    private static ActorDirectory directory;

    @BeforeAll
    static void load() {
        knowledge = ActorKnowledge.load();
        directory = new ActorDirectory(knowledge);
    }

    @Test
    void dutchDefenceMinisterResolvesToTheDutchGovernmentInHerTerm() {
        var ollongren = onlyPerson("Ollongren");
        assertThat(ollongren.name()).isEqualTo("Kajsa Ollongren");
        var term = ollongren.termOn(LocalDate.of(2023, 3, 1)).orElseThrow();
        assertThat(term.code()).isEqualTo("NLDGOV");
        assertThat(term.office()).isEqualTo("Defence Minister");
        assertThat(ollongren.termOn(LocalDate.of(2024, 8, 1))).isEmpty();
    }

    @Test
    void spellingsWithoutDiacriticsFindTheSamePerson() {
        var yesilgoz = onlyPerson("Dilan Yesilgoz");
        assertThat(yesilgoz.name()).isEqualTo("Dilan Yeşilgöz-Zegerius");
        assertThat(yesilgoz.termOn(LocalDate.of(2026, 6, 1))).get().extracting(Term::office)
                .isEqualTo("Defence Minister");
        assertThat(onlyPerson("Szmajdzinski").termOn(LocalDate.of(2003, 3, 20))).get().extracting(Term::code)
                .isEqualTo("POLGOV");
        assertThat(onlyPerson("Nguyen Dy Nien").termOn(LocalDate.of(2004, 1, 1))).get().extracting(Term::office)
                .isEqualTo("Foreign Minister");
    }

    @Test
    void oneNameHoldsTwoOfficesAtDifferentTimes() {
        var sikorski = onlyPerson("Radek Sikorski");
        assertThat(sikorski.termOn(LocalDate.of(2006, 6, 1))).get().extracting(Term::office)
                .isEqualTo("Defence Minister");
        assertThat(sikorski.termOn(LocalDate.of(2010, 6, 1))).get().extracting(Term::office)
                .isEqualTo("Foreign Minister");
        assertThat(sikorski.termOn(LocalDate.of(2020, 6, 1))).isEmpty();
        var kamp = onlyPerson("Henk Kamp");
        assertThat(kamp.termOn(LocalDate.of(2005, 1, 1))).isPresent();
        assertThat(kamp.termOn(LocalDate.of(2015, 1, 1))).isEmpty();
        assertThat(kamp.termOn(LocalDate.of(2021, 12, 1))).get().extracting(Term::office)
                .isEqualTo("Defence Minister");
    }

    @Test
    void datedHoldersAreTheRightOnes() {
        assertThat(holder("PRKGOV", "Defence Minister", LocalDate.of(2010, 6, 1))).isEqualTo("Kim Yong-chun");
        assertThat(holder("SYRGOV", "Defence Minister", LocalDate.of(2012, 8, 1))).isEqualTo("Fahd Jassem al-Freij");
        assertThat(holder("SYRGOV", "Defence Minister", LocalDate.of(2025, 6, 1))).isEqualTo("Murhaf Abu Qasra");
        assertThat(holder("VENGOV", "Defence Minister", LocalDate.of(2026, 1, 10))).isEqualTo("Vladimir Padrino López");
        assertThat(holder("VENGOV", "Defence Minister", LocalDate.of(2026, 6, 1))).isEqualTo("Gustavo González López");
        assertThat(holder("THAGOV", "Foreign Minister", LocalDate.of(2024, 6, 1))).isEqualTo("Maris Sangiampongsa");
        assertThat(holder("VNMGOV", "Foreign Minister", LocalDate.of(2025, 9, 15))).isEqualTo("Lê Hoài Trung");
        assertThat(holder("TWNGOV", "Prime Minister", LocalDate.of(2010, 6, 1))).isEqualTo("Wu Den-yih");
        assertThat(holder("TWNGOV", "Prime Minister", LocalDate.of(2018, 6, 1))).isEqualTo("Lai Ching-te");
        assertThat(holder("BLRGOV", "Prime Minister", LocalDate.of(2025, 6, 1))).isEqualTo("Alexander Turchin");
        assertThat(holder("MMRGOV", "Acting President", LocalDate.of(2023, 1, 1))).isEqualTo("Myint Swe");
        assertThat(holder("MMRGOV", "Acting President", LocalDate.of(2025, 1, 1))).isEqualTo("Min Aung Hlaing");
        assertThat(holder("PAKGOV", "Prime Minister", LocalDate.of(2007, 12, 27))).isEqualTo("Muhammad Mian Soomro");
        assertThat(holder("QATGOV", "Defence Minister", LocalDate.of(2024, 12, 1)))
                .isEqualTo("Saoud bin Abdulrahman Al Thani");
        assertThat(holder("NGAGOV", "Defence Minister", LocalDate.of(2026, 6, 1))).isEqualTo("Christopher Musa");
        assertThat(holder("NLDGOV", "Foreign Minister", LocalDate.of(2026, 6, 1))).isEqualTo("Tom Berendsen");
    }

    @Test
    void everyStateHasAForeignAndADefenceMinisterOnEachCheckedDate() {
        var missing = new ArrayList<String>();
        var needlessExceptions = new ArrayList<String>();
        for (String state : STATES) {
            assertThat(knowledge.country(state)).as(state).isPresent();
            for (String office : List.of("Foreign Minister", "Defence Minister")) {
                for (LocalDate date : CHECKED_DATES) {
                    String key = state + " " + office + " " + date;
                    boolean held = holder(state + "GOV", office, date) != null;
                    if (!held && !EXCEPTIONS.containsKey(key)) {
                        missing.add(key);
                    }
                    if (held && EXCEPTIONS.containsKey(key)) {
                        needlessExceptions.add(key);
                    }
                }
            }
        }
        assertThat(missing).as("offices without a holder").isEmpty();
        assertThat(needlessExceptions).as("exceptions that a recorded holder now covers").isEmpty();
        assertThat(STATES).hasSize(18).doesNotHaveDuplicates();
    }

    /** The one person a name or alias finds; fails when it finds none, several, or only a near miss. */
    private static Person onlyPerson(String name) {
        var people = directory.find(name).stream()
                .filter(entry -> entry.kind() == ActorDirectory.Kind.PERSON && entry.exact()).toList();
        assertThat(people).as(name).hasSize(1);
        return people.get(0).person();
    }

    /** The one person holding {@code office} for {@code code} on {@code date}, or null; fails on two. */
    private static String holder(String code, String office, LocalDate date) {
        var names = knowledge.people().stream()
                .filter(p -> p.terms().stream().anyMatch(t -> t.code().equals(code) && t.office().equals(office)
                        && t.covers(date)))
                .map(Person::name).toList();
        assertThat(names).as(code + " " + office + " on " + date).hasSizeLessThanOrEqualTo(1);
        return names.isEmpty() ? null : names.get(0);
    }
}
