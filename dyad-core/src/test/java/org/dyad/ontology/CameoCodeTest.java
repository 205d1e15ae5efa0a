package org.dyad.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoCodeTest {

    private static CameoCode code(String code, double goldstein) {
        return new CameoCode(code, "name", goldstein, "", "", List.of());
    }

    @Test
    void rootIsTheFirstTwoDigits() {
        assertThat(code("0874", 10.0).root()).isEqualTo("08");
        assertThat(code("044", 2.5).root()).isEqualTo("04");
        assertThat(code("19", -10.0).root()).isEqualTo("19");
        assertThat(code("19", -10.0).isRoot()).isTrue();
        assertThat(code("190", -10.0).isRoot()).isFalse();
    }

    @Test
    void quadClassFollowsGdeltsRootBoundaries() {
        assertThat(code("057", 8.0).quadClass()).isEqualTo(1);
        assertThat(code("0601", 6.0).quadClass()).isEqualTo(2);
        assertThat(code("0874", 10.0).quadClass()).isEqualTo(2);
        assertThat(code("090", -2.0).quadClass()).isEqualTo(3);
        assertThat(code("139", -7.0).quadClass()).isEqualTo(3);
        assertThat(code("140", -6.5).quadClass()).isEqualTo(4);
    }

    @Test
    void rejectsValuesOutsideTheScale() {
        assertThatThrownBy(() -> code("190", -10.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("190");
        assertThatThrownBy(() -> code("190", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMalformedCodes() {
        assertThatThrownBy(() -> code("4", 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> code("04a", 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> code("00", 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheContexts() {
        List<String> contexts = new ArrayList<>(List.of("military"));
        CameoCode fight = new CameoCode("190", "Use conventional military force", -10.0, "ASSAULT", "", contexts);
        contexts.add("legal");
        assertThat(fight.ploverContexts()).containsExactly("military");
    }
}
