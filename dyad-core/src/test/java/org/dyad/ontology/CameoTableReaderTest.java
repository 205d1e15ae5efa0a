package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Reading small hand-written tables: located errors for bad rows, and PLOVER inheritance. */
class CameoTableReaderTest {

    private static final String HEADER = "code\tname\tgoldstein\tplover_event\tplover_mode\tplover_context\n";

    private static CameoOntology read(String table) {
        return CameoOntology.read(new BufferedReader(new StringReader(table)), "test.tsv");
    }

    @Test
    void skipsCommentsAndBlankLinesAndToleratesWindowsLineEnds() {
        CameoOntology ontology = read("# consultations only\r\n" + HEADER + "\r\n"
                + "04\tCONSULT\t1.0\tCONSULT\t\t\r\n"
                + "# the Bangkok talks were a meeting at a third location\n"
                + "044\tMeet at a third location\t2.5\tCONSULT\tthird-party\t\r\n");
        assertThat(ontology.codes()).extracting(CameoCode::code).containsExactly("04", "044");
        assertThat(ontology.get("044").ploverMode()).isEqualTo("third-party");
    }

    @Test
    void aGoldsteinValueThatIsNotANumberNamesFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "04\tCONSULT\t1.0\tCONSULT\t\t\n"
                + "042\tMake a visit\thigh\tCONSULT\tvisit\t\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:3: ")
                .hasMessageContaining("'high'");
    }

    @Test
    void aMissingFieldNamesFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "04\tCONSULT\t1.0\tCONSULT\n"))
                .hasMessage("test.tsv:2: expected 6 tab-separated fields but found 4");
    }

    @Test
    void aGoldsteinValueOutOfRangeNamesFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "\n19\tFIGHT\t-12.0\tASSAULT\t\t\n"))
                .hasMessageStartingWith("test.tsv:3: ")
                .hasMessageContaining("-12.0");
    }

    @Test
    void aFiveDigitCodeIsRejected() {
        assertThatThrownBy(() -> read(HEADER + "19\tFIGHT\t-10.0\tASSAULT\t\t\n19301\tx\t-10.0\t\t\t\n"))
                .hasMessageStartingWith("test.tsv:3: ")
                .hasMessageContaining("'19301'");
    }

    @Test
    void aRootOutsideTheTwentyIsRejected() {
        assertThatThrownBy(() -> read(HEADER + "21\tINVENTED\t0.0\t\t\t\n"))
                .hasMessageStartingWith("test.tsv:2: ")
                .hasMessageContaining("outside 01-20");
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> read(HEADER + "04\t \t1.0\tCONSULT\t\t\n"))
                .hasMessageStartingWith("test.tsv:2: ")
                .hasMessageContaining("blank name");
    }

    @Test
    void aLowerCasePloverEventIsRejected() {
        assertThatThrownBy(() -> read(HEADER + "04\tCONSULT\t1.0\tconsult\t\t\n"))
                .hasMessageStartingWith("test.tsv:2: ")
                .hasMessageContaining("'consult'");
    }

    @Test
    void aRepeatedCodeNamesBothLines() {
        assertThatThrownBy(() -> read(HEADER + "04\tCONSULT\t1.0\tCONSULT\t\t\n04\tCONSULT\t1.0\tCONSULT\t\t\n"))
                .hasMessage("test.tsv:3: code 04 repeats the row on line 2");
    }

    @Test
    void aCodeWithoutItsParentRowNamesItsLine() {
        assertThatThrownBy(() -> read(HEADER + "04\tCONSULT\t1.0\tCONSULT\t\t\n"
                + "0441\tMeet in Bangkok\t2.5\tCONSULT\t\t\n"))
                .hasMessage("test.tsv:3: code 0441 has no parent row 044");
    }

    @Test
    void aWrongHeaderIsRejected() {
        assertThatThrownBy(() -> read("code\tname\tgoldstein\n04\tCONSULT\t1.0\n"))
                .hasMessageStartingWith("test.tsv:1: expected header");
    }

    @Test
    void aTableWithoutHeaderIsRejected() {
        assertThatThrownBy(() -> read("# nothing here\n"))
                .hasMessageStartingWith("test.tsv: no header line");
    }

    @Test
    void aCodeWithoutPloverEventTakesItsNearestPrefixes() {
        CameoOntology ontology = read(HEADER
                + "19\tFIGHT\t-10.0\tASSAULT\t\t\n"
                + "190\tUse conventional military force\t-10.0\t\t\tmilitary\n"
                + "191\tImpose blockade, restrict movement\t-9.5\tCOERCE\trestrict\tmilitary\n"
                + "1911\tBlockade a port\t-9.5\t\t\t\n"
                + "1901\tShell a border town\t-10.0\t\t\t\n"
                + "01\tMAKE PUBLIC STATEMENT\t0.0\t\t\t\n"
                + "010\tMake statement\t0.0\t\t\t\n");
        assertThat(ontology.get("190").ploverEvent()).isEqualTo("ASSAULT");
        assertThat(ontology.get("1911").ploverEvent()).isEqualTo("COERCE");
        assertThat(ontology.get("1901").ploverEvent()).isEqualTo("ASSAULT");
        assertThat(ontology.get("010").ploverEvent()).isEmpty();
    }

    @Test
    void inheritanceCarriesTheEventButNotModeOrContext() {
        CameoOntology ontology = read(HEADER
                + "19\tFIGHT\t-10.0\tASSAULT\t\t\n"
                + "191\tImpose blockade, restrict movement\t-9.5\tCOERCE\trestrict\tmilitary\n"
                + "1911\tBlockade a port\t-9.5\t\t\t\n");
        CameoCode port = ontology.get("1911");
        assertThat(port.ploverMode()).isEmpty();
        assertThat(port.ploverContexts()).isEmpty();
    }

    @Test
    void severalContextsAreSplitOnSemicolons() {
        CameoOntology ontology = read(HEADER + "19\tFIGHT\t-10.0\tASSAULT\t\t\n"
                + "196\tViolate ceasefire\t-9.5\tASSAULT\t\tlegal; military\n");
        assertThat(ontology.get("196").ploverContexts()).containsExactly("legal", "military");
    }
}
