package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates every row of refinements.tsv against the CAMEO ontology. */
class RefinementsFileTest {
    private static List<CodeNarrowing.Rule> rules;
    private static CameoOntology ontology;

    @BeforeAll
    static void load() {
        rules = CodeNarrowing.rules();
        ontology = CameoOntology.load();
    }

    @Test
    void everyParentAndChildIsACameoCode() {
        assertThat(rules).isNotEmpty();
        for (CodeNarrowing.Rule rule : rules) {
            assertThat(ontology.find(rule.parent())).as("refinements.tsv:%d parent", rule.line()).isPresent();
            assertThat(ontology.find(rule.child())).as("refinements.tsv:%d child", rule.line()).isPresent();
        }
    }

    @Test
    void everyChildNarrowsItsParentWithinTheRoot() {
        for (CodeNarrowing.Rule rule : rules) {
            String root = rule.parent().substring(0, 2);
            boolean below = rule.child().startsWith(rule.parent());
            boolean unspecifiedParent = rule.parent().equals(root + "0") && rule.child().startsWith(root);
            assertThat(below || unspecifiedParent)
                    .as("refinements.tsv:%d %s -> %s", rule.line(), rule.parent(), rule.child()).isTrue();
        }
    }

    @Test
    void cuesAreLowerCaseLemmas() {
        for (CodeNarrowing.Rule rule : rules) {
            assertThat(rule.cues()).as("refinements.tsv:%d cues", rule.line()).isNotEmpty()
                    .allMatch(cue -> cue.matches("[a-z][a-z-]*"));
            assertThat(rule.with()).as("refinements.tsv:%d with", rule.line())
                    .allMatch(word -> word.matches("[a-z][a-z-]*"));
        }
    }

    @Test
    void noRowIsRepeated() {
        List<String> keys = rules.stream()
                .map(rule -> rule.parent() + " " + rule.child() + " " + rule.cues() + " " + rule.with()).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void everyFamilyWithFourDigitCodesHasRows() {
        Set<String> parents = rules.stream().map(CodeNarrowing.Rule::parent).collect(Collectors.toSet());
        Set<String> families = ontology.codes().stream().map(CameoCode::code).filter(code -> code.length() == 4)
                .map(code -> code.substring(0, 3)).collect(Collectors.toSet());
        assertThat(parents).containsAll(families);
    }
}
