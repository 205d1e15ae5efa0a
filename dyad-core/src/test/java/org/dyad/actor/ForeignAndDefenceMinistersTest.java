package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #3 on the real people.tsv: foreign and defence ministers of the 36 states added for it are on file across
 * 2000-2024, and the names news uses resolve to the right holder on a date.
 */
class ForeignAndDefenceMinistersTest {
    /** The states whose ministers were added for issue #3, in the file's order (Brazil to Libya, Myanmar to Yemen). */
    private static final List<String> STATES = List.of("BRA", "ARG", "ZAF", "MEX", "KOR", "TUR", "SAU", "IDN",
            "AFG", "CUB", "EGY", "ETH", "HUN", "IRQ", "JOR", "KEN", "LBN", "LBY", "MMR", "NLD", "NGA", "PRK", "PAK",
            "PSE", "PHL", "POL", "QAT", "ESP", "SYR", "TWN", "THA", "ARE", "VEN", "VNM", "YEM", "BLR");

    private static final List<LocalDate> CHECKED_DATES = List.of(LocalDate.of(2000, 6, 1),
            LocalDate.of(2010, 6, 1), LocalDate.of(2024, 6, 1));

    private static final String FOREIGN = "Foreign Minister";
    private static final String DEFENCE = "Defence Minister";

    /**
     * Holes the file leaves on purpose, each with its reason (no such post then, or a holder's dates not known well
     * enough to be written down); the test fails if a hole is filled without this list
     * being updated, so the list stays true.
     */
    private static final Map<String, String> KNOWN_GAPS = Map.ofEntries(
            Map.entry("AFG Defence Minister 2000-06-01",
                    "the Taliban's defence minister of 2000 is not known to the year with certainty"),
            Map.entry("ETH Defence Minister 2000-06-01",
                    "defence ministers before the cabinet of October 2010 are not known with certainty"),
            Map.entry("ETH Defence Minister 2010-06-01",
                    "defence ministers before the cabinet of October 2010 are not known with certainty"),
            Map.entry("KEN Foreign Minister 2000-06-01",
                    "Moi's foreign ministers of 2000-2002 are not known to the month with certainty"),
            Map.entry("KEN Defence Minister 2000-06-01",
                    "defence was run from the Office of the President under Moi"),
            Map.entry("LBY Defence Minister 2000-06-01", "Gaddafi had no defence minister"),
            Map.entry("LBY Defence Minister 2010-06-01", "Gaddafi had no defence minister"),
            Map.entry("LBY Foreign Minister 2024-06-01",
                    "after Najla Mangoush's suspension in 2023 only acting ministers held the post"),
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
    void everyStateHasBothMinistersOnEachCheckedDateExceptTheKnownGaps() {
        var gaps = new ArrayList<String>();
        for (String state : STATES) {
            for (String office : List.of(FOREIGN, DEFENCE)) {
                for (LocalDate date : CHECKED_DATES) {
                    if (holders(state + "GOV", office, date).isEmpty()) {
                        gaps.add(state + " " + office + " " + date);
                    }
                }
            }
        }
        assertThat(gaps).containsExactlyInAnyOrderElementsOf(KNOWN_GAPS.keySet());
    }

    @Test
    void noOfficeHasTwoHoldersOnAnyFirstOfMonth() {
        var doubles = new ArrayList<String>();
        for (String state : STATES) {
            for (String office : List.of(FOREIGN, DEFENCE)) {
                for (var date = LocalDate.of(2000, 1, 1); date.isBefore(LocalDate.of(2026, 12, 1));
                        date = date.plusMonths(1)) {
                    var names = holders(state + "GOV", office, date);
                    if (names.size() > 1) {
                        doubles.add(state + " " + office + " " + date + ": " + names);
                    }
                }
            }
        }
        assertThat(doubles).isEmpty();
    }

    @Test
    void aBrazilianDefenceMinisterResolvesToBrazilsGovernmentInHisTermOnly() {
        Term term = termOfTheOnePersonNamed("Jobim", LocalDate.of(2010, 6, 1));
        assertThat(term.code()).isEqualTo("BRAGOV");
        assertThat(term.office()).isEqualTo(DEFENCE);
        assertThat(onlyPerson("Jobim").termOn(LocalDate.of(2012, 1, 1))).isEmpty();
    }

    @Test
    void amorimWasForeignMinisterThenDefenceMinister() {
        var amorim = onlyPerson("Celso Amorim");
        assertThat(amorim.termOn(LocalDate.of(2008, 1, 1))).get().extracting(Term::office).isEqualTo(FOREIGN);
        assertThat(amorim.termOn(LocalDate.of(2013, 1, 1))).get().extracting(Term::office).isEqualTo(DEFENCE);
        assertThat(amorim.termOn(LocalDate.of(2011, 6, 1))).isEmpty();
    }

    @Test
    void transliteratedNamesResolveToTheHolderOfTheDay() {
        assertThat(termOfTheOnePersonNamed("Kim Kwan Jin", LocalDate.of(2013, 4, 1)).code()).isEqualTo("KORGOV");
        assertThat(termOfTheOnePersonNamed("Vecdi Gonul", LocalDate.of(2015, 10, 1)).office()).isEqualTo(DEFENCE);
        assertThat(termOfTheOnePersonNamed("Musa Kusa", LocalDate.of(2010, 1, 1)).code()).isEqualTo("LBYGOV");
        assertThat(termOfTheOnePersonNamed("Peter Szijjarto", LocalDate.of(2022, 3, 1)).office()).isEqualTo(FOREIGN);
        assertThat(termOfTheOnePersonNamed("Gebran Bassil", LocalDate.of(2017, 11, 4)).code()).isEqualTo("LBNGOV");
        assertThat(termOfTheOnePersonNamed("Wetang'ula", LocalDate.of(2009, 1, 1)).code()).isEqualTo("KENGOV");
    }

    @Test
    void datedHoldersAreTheRightOnes() {
        assertThat(holders("MEXGOV", DEFENCE, LocalDate.of(2020, 10, 16))).containsExactly("Luis Cresencio Sandoval");
        assertThat(holders("TURGOV", FOREIGN, LocalDate.of(2002, 9, 1))).containsExactly("Şükrü Sina Gürel");
        assertThat(holders("ZAFGOV", DEFENCE, LocalDate.of(2010, 6, 1))).containsExactly("Lindiwe Sisulu");
        assertThat(holders("IRQGOV", DEFENCE, LocalDate.of(2003, 3, 20))).containsExactly("Sultan Hashim Ahmad al-Tai");
        assertThat(holders("IRQGOV", DEFENCE, LocalDate.of(2003, 6, 1))).isEmpty();
        assertThat(holders("AFGGOV", DEFENCE, LocalDate.of(2024, 6, 1))).containsExactly("Mohammad Yaqoob");
        assertThat(holders("LBNGOV", FOREIGN, LocalDate.of(2007, 6, 1))).containsExactly("Tarek Mitri");
        assertThat(holders("JORGOV", DEFENCE, LocalDate.of(2022, 1, 1))).containsExactly("Bisher Khasawneh");
        assertThat(holders("JORGOV", "Prime Minister", LocalDate.of(2008, 1, 1))).containsExactly("Nader al-Dahabi");
        assertThat(holders("CUBGOV", DEFENCE, LocalDate.of(2000, 6, 1))).containsExactly("Raúl Castro");
        assertThat(holders("HUNGOV", DEFENCE, LocalDate.of(2016, 1, 1))).containsExactly("István Simicskó");
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
    void datedHoldersOfTheLaterStatesAreTheRightOnes() {
        assertThat(holders("PRKGOV", "Defence Minister", LocalDate.of(2010, 6, 1))).containsExactly("Kim Yong-chun");
        assertThat(holders("SYRGOV", "Defence Minister", LocalDate.of(2012, 8, 1))).containsExactly("Fahd Jassem al-Freij");
        assertThat(holders("SYRGOV", "Defence Minister", LocalDate.of(2025, 6, 1))).containsExactly("Murhaf Abu Qasra");
        assertThat(holders("VENGOV", "Defence Minister", LocalDate.of(2026, 1, 10))).containsExactly("Vladimir Padrino López");
        assertThat(holders("VENGOV", "Defence Minister", LocalDate.of(2026, 6, 1))).containsExactly("Gustavo González López");
        assertThat(holders("THAGOV", "Foreign Minister", LocalDate.of(2024, 6, 1))).containsExactly("Maris Sangiampongsa");
        assertThat(holders("VNMGOV", "Foreign Minister", LocalDate.of(2025, 9, 15))).containsExactly("Lê Hoài Trung");
        assertThat(holders("TWNGOV", "Prime Minister", LocalDate.of(2010, 6, 1))).containsExactly("Wu Den-yih");
        assertThat(holders("TWNGOV", "Prime Minister", LocalDate.of(2018, 6, 1))).containsExactly("Lai Ching-te");
        assertThat(holders("BLRGOV", "Prime Minister", LocalDate.of(2025, 6, 1))).containsExactly("Alexander Turchin");
        assertThat(holders("MMRGOV", "Acting President", LocalDate.of(2023, 1, 1))).containsExactly("Myint Swe");
        assertThat(holders("MMRGOV", "Acting President", LocalDate.of(2025, 1, 1))).containsExactly("Min Aung Hlaing");
        assertThat(holders("PAKGOV", "Prime Minister", LocalDate.of(2007, 12, 27))).containsExactly("Muhammad Mian Soomro");
        assertThat(holders("QATGOV", "Defence Minister", LocalDate.of(2024, 12, 1)))
                .containsExactly("Saoud bin Abdulrahman Al Thani");
        assertThat(holders("NGAGOV", "Defence Minister", LocalDate.of(2026, 6, 1))).containsExactly("Christopher Musa");
        assertThat(holders("NLDGOV", "Foreign Minister", LocalDate.of(2026, 6, 1))).containsExactly("Tom Berendsen");
    }

    @Test
    void akarNamesNeitherTurkishNorLebaneseMinisterAlone() {
        assertThat(directory.find("Akar")).extracting(ActorDirectory.Entry::kind)
                .doesNotContain(ActorDirectory.Kind.PERSON);
        assertThat(directory.find("Zeina Akar")).hasSize(1);
        assertThat(directory.find("Hulusi Akar")).hasSize(1);
    }

    private static List<String> holders(String code, String office, LocalDate date) {
        return knowledge.people().stream()
                .filter(p -> p.terms().stream().anyMatch(t -> t.code().equals(code) && t.office().equals(office)
                        && t.covers(date)))
                .map(Person::name).toList();
    }

    private static Person onlyPerson(String name) {
        var people = directory.find(name).stream().filter(e -> e.kind() == ActorDirectory.Kind.PERSON && e.exact())
                .map(ActorDirectory.Entry::person).toList();
        assertThat(people).as(name).hasSize(1);
        return people.get(0);
    }

    private static Term termOfTheOnePersonNamed(String name, LocalDate date) {
        return onlyPerson(name).termOn(date).orElseThrow(() -> new AssertionError(name + " holds no office on " + date));
    }
}
