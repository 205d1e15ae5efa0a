package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validates every row of the bundled cameo.tsv and spot-checks facts an event coder relies on. */
class CameoOntologyTest {

    private static final Set<String> PLOVER_EVENTS = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    private final CameoOntology ontology = CameoOntology.load();

    @Test
    void holdsEveryCameoCodeOfTheGoldsteinAndPloverTables() {
        // 311 codes of the GDELT Goldstein table plus 1213 and 1214, which only PLOVER lists.
        assertThat(ontology.codes()).hasSize(313);
    }

    @Test
    void everyCodeIsTwoToFourDigitsUnderAnExistingParent() {
        for (CameoCode code : ontology.codes()) {
            assertThat(code.code()).as("code").matches("\\d{2,4}");
            assertThat(ontology.find(code.root())).as("root of %s", code.code()).isPresent();
            if (!code.isRoot()) {
                String parent = code.code().substring(0, code.code().length() - 1);
                assertThat(ontology.find(parent)).as("parent of %s", code.code()).isPresent();
            }
        }
    }

    @Test
    void everyRowHasANameAGoldsteinValueInRangeAndAKnownPloverEvent() {
        for (CameoCode code : ontology.codes()) {
            assertThat(code.name()).as("name of %s", code.code()).isNotBlank();
            assertThat(code.goldstein()).as("Goldstein of %s", code.code()).isBetween(-10.0, 10.0);
            if (!code.ploverEvent().isEmpty()) {
                assertThat(PLOVER_EVENTS).as("PLOVER event of %s", code.code()).contains(code.ploverEvent());
            }
        }
    }

    @Test
    void everyRootFrom01To20IsPresentAndNoOther() {
        List<String> roots = ontology.codes().stream().filter(CameoCode::isRoot).map(CameoCode::code).toList();
        List<String> expected = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(roots).isEqualTo(expected);
    }

    @Test
    void codesComeInCodeOrderWithEachRootFirst() {
        List<String> codes = ontology.codes().stream().map(CameoCode::code).toList();
        assertThat(codes).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(codes.subList(0, 3)).containsExactly("01", "010", "011");
        assertThat(codes.get(codes.size() - 1)).isEqualTo("2042");
    }

    @Test
    void everyCodeExceptStatementsAndAppealsHasAPloverEvent() {
        Set<String> rootsWithoutPlover = ontology.codes().stream()
                .filter(code -> code.ploverEvent().isEmpty())
                .map(CameoCode::root)
                .collect(Collectors.toSet());
        assertThat(rootsWithoutPlover).containsExactlyInAnyOrder("01", "02");
    }

    @ParameterizedTest(name = "{0} {2}: Goldstein {1}")
    @DisplayName("the six codes the two Goldstein tables disagree on take the value of the CAMEO 1.1b3 meaning")
    @CsvSource(delimiter = '|', textBlock = """
            016  | -2.0 | Deny responsibility
            022  |  3.2 | Appeal for diplomatic cooperation, such as policy support
            124  | -4.0 | Decline to yield
            163  | -8.0 | Impose embargo, boycott, or sanctions
            165  | -6.5 | Halt mediation
            166  | -7.0 | Expel or withdraw
            """)
    void disputedCodes(String code, double goldstein, String name) {
        assertThat(ontology.get(code).goldstein()).isEqualTo(goldstein);
        assertThat(ontology.get(code).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} {2}: Goldstein {1}")
    @DisplayName("spot checks against CAMEO 1.1b3 numbering")
    @CsvSource(delimiter = '|', textBlock = """
            040  |   1.0 | Consult
            018  |   3.4 | Make empathetic comment
            019  |   3.4 | Express accord
            0311 |   5.2 | Express intent to cooperate economically
            044  |   2.5 | Meet at a third location
            057  |   8.0 | Sign formal agreement
            0874 |  10.0 | Retreat or surrender militarily
            125  |  -5.0 | Reject proposal to meet, discuss, negotiate
            129  |  -5.0 | Veto
            164  |  -7.0 | Halt negotiations
            173  |  -5.0 | Arrest, detain, or charge with legal action
            190  | -10.0 | Use conventional military force
            2042 | -10.0 | Detonate nuclear weapons
            """)
    void spotChecks(String code, double goldstein, String name) {
        assertThat(ontology.get(code).name()).isEqualTo(name);
        assertThat(ontology.get(code).goldstein()).isEqualTo(goldstein);
    }

    @Test
    @DisplayName("'Washington imposed sanctions on three Iranian banks' codes 163, material conflict at -8.0")
    void sanctionsAreAnEmbargoCodedAsCoercion() {
        CameoCode embargo = ontology.get("163");
        assertThat(embargo.goldstein()).isEqualTo(-8.0);
        assertThat(embargo.quadClass()).isEqualTo(4);
        assertThat(embargo.ploverEvent()).isEqualTo("COERCE");
        assertThat(embargo.ploverMode()).isEqualTo("restrict");
        assertThat(embargo.ploverContexts()).containsExactly("diplomatic");
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3}")
    @DisplayName("PLOVER event, mode and contexts")
    @CsvSource(delimiter = '|', textBlock = """
            042  | CONSULT  | visit    | ''
            043  | CONSULT  | visit    | ''
            044  | CONSULT  | third-party | ''
            129  | REJECT   | yield    | diplomatic
            163  | COERCE   | restrict | diplomatic
            190  | ASSAULT  | ''       | military
            196  | ASSAULT  | ''       | legal;military
            0874 | RETREAT  | disarm   | military
            1712 | ASSAULT  | seize    | human_security
            010  | ''       | ''       | ''
            """)
    void ploverMapping(String code, String event, String mode, String contexts) {
        CameoCode cameo = ontology.get(code);
        assertThat(cameo.ploverEvent()).isEqualTo(event);
        assertThat(cameo.ploverMode()).isEqualTo(mode);
        assertThat(String.join(";", cameo.ploverContexts())).isEqualTo(contexts);
    }

    @ParameterizedTest(name = "root {0} is QuadClass {1}")
    @CsvSource({"01,1", "02,1", "03,1", "04,1", "05,1", "06,2", "07,2", "08,2", "09,3", "10,3", "11,3", "12,3",
            "13,3", "14,4", "15,4", "16,4", "17,4", "18,4", "19,4", "20,4"})
    void quadClassOfEachRootAndItsCodes(String root, int quadClass) {
        List<CameoCode> family = ontology.codes().stream().filter(code -> code.root().equals(root)).toList();
        assertThat(family).isNotEmpty().allSatisfy(code -> assertThat(code.quadClass()).isEqualTo(quadClass));
    }

    @Test
    void codesOnlyInTheMisnumberedNamesCopyAreNotCameo() {
        assertThat(ontology.find("0357")).isEmpty();
        assertThat(ontology.find("1641")).isEmpty();
    }

    @Test
    void unknownCodesAreReportedByName() {
        assertThat(ontology.find("999")).isEmpty();
        assertThat(ontology.find(null)).isEmpty();
        assertThatThrownBy(() -> ontology.get("0999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0999'");
    }

    @Test
    void codesCannotBeChangedByCallers() {
        assertThatThrownBy(() -> ontology.codes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
