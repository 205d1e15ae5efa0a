package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.testing.SharedCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The atoms a sentence holds: dictionary matches by kind, case-sensitive names, approximate person names. */
class AtomFinderTest {
    private static AtomFinder finder;

    @BeforeAll
    static void loadKnowledge() {
        finder = new AtomFinder(ActorLexicon.of(ActorKnowledge.load()));
    }

    @Test
    void aTitledForeignMinisterIsANationalityATitleAndAPerson() {
        Sentence sentence = sentence("Chinese Foreign Minister Wang Yi arrived in Jakarta on Sunday.");
        List<ActorAtom> atoms = finder.find(sentence);

        assertThat(atoms).extracting(ActorAtom::kind).startsWith(AtomKind.NATIONALITY, AtomKind.TITLE, AtomKind.PERSON);
        ActorAtom nationality = atoms.get(0);
        assertThat(nationality.country()).isEqualTo("CHN");
        assertThat(nationality.start()).isEqualTo(index(sentence, "Chinese"));
        ActorAtom title = atoms.get(1);
        assertThat(title.sector()).isEqualTo("GOV");
        assertThat(title.start()).isEqualTo(index(sentence, "Foreign"));
        assertThat(title.end()).isEqualTo(index(sentence, "Minister") + 1);
        ActorAtom person = atoms.get(2);
        assertThat(person.name()).isEqualTo("Wang Yi");
        assertThat(person.person().name()).isEqualTo("Wang Yi");
        assertThat(person.country()).isEqualTo("CHN");
        assertThat(person.exact()).isTrue();
        assertThat(person.start()).isEqualTo(index(sentence, "Wang"));
        assertThat(person.end()).isEqualTo(index(sentence, "Yi") + 1);
    }

    @Test
    void theKremlinIsASeatOfTheRussianGovernment() {
        Sentence sentence = sentence("The Kremlin dismissed the report as propaganda.");
        ActorAtom seat = onlyAtomAt(sentence, index(sentence, "Kremlin"));

        assertThat(seat.kind()).isEqualTo(AtomKind.SEAT);
        assertThat(seat.code()).isEqualTo("RUSGOV");
        assertThat(seat.country()).isEqualTo("RUS");
    }

    @Test
    void thePronounUsIsNotTheUnitedStatesButTheAbbreviationIs() {
        Sentence sentence = sentence("The envoy told us that US officials would attend.");
        List<ActorAtom> atoms = finder.find(sentence);

        int pronoun = index(sentence, "us");
        int abbreviation = index(sentence, "US");
        assertThat(atoms).noneMatch(atom -> atom.covers(pronoun));
        ActorAtom country = onlyAtomAt(sentence, abbreviation);
        assertThat(country.kind()).isEqualTo(AtomKind.COUNTRY);
        assertThat(country.country()).isEqualTo("USA");
    }

    @Test
    void aMisspeltNameMatchesItsPersonApproximately() {
        Sentence sentence = sentence("Flood victims appealed to Xi Jingping for help.");
        ActorAtom person = onlyAtomAt(sentence, index(sentence, "Xi"));

        assertThat(person.kind()).isEqualTo(AtomKind.PERSON);
        assertThat(person.name()).isEqualTo("Xi Jinping");
        assertThat(person.country()).isEqualTo("CHN");
        assertThat(person.exact()).isFalse();
        assertThat(person.end()).isEqualTo(index(sentence, "Jingping") + 1);
    }

    @Test
    void aSurnameMisspeltByALetterMatchesItsPerson() {
        Sentence sentence = sentence("Zelenskyi thanked the allies for the air defence systems.");
        ActorAtom person = onlyAtomAt(sentence, index(sentence, "Zelenskyi"));

        assertThat(person.kind()).isEqualTo(AtomKind.PERSON);
        assertThat(person.name()).isEqualTo("Volodymyr Zelensky");
        assertThat(person.country()).isEqualTo("UKR");
        assertThat(person.exact()).isFalse();
    }

    @Test
    void aProperNounTwoLettersFromASurnameStaysUnmatched() {
        Sentence sentence = sentence("Zelenskaia thanked the allies for the air defence systems.");

        assertThat(finder.find(sentence)).noneMatch(atom -> atom.kind() == AtomKind.PERSON);
    }

    @Test
    void theCorrectlySpeltNameMatchesExactly() {
        Sentence sentence = sentence("Xi Jinping received the delegation in Beijing.");
        ActorAtom person = onlyAtomAt(sentence, index(sentence, "Xi"));

        assertThat(person.name()).isEqualTo("Xi Jinping");
        assertThat(person.exact()).isTrue();
    }

    @Test
    void capitalisedCommonWordsGiveNoAtoms() {
        Sentence sentence = sentence("WE demand justice, said Victims of the collapse.");

        assertThat(finder.find(sentence)).isEmpty();
    }

    @Test
    void atomsDoNotOverlapAndAreInTokenOrder() {
        Sentence sentence = sentence("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing.");
        List<ActorAtom> atoms = finder.find(sentence);

        assertThat(atoms).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < atoms.size(); i++) {
            assertThat(atoms.get(i).start()).isGreaterThanOrEqualTo(atoms.get(i - 1).end());
        }
        assertThat(atoms).filteredOn(atom -> atom.kind() == AtomKind.PERSON).extracting(ActorAtom::name)
                .containsExactly("Antony Blinken", "Xi Jinping");
    }

    private static ActorAtom onlyAtomAt(Sentence sentence, int token) {
        List<ActorAtom> covering = finder.find(sentence).stream().filter(atom -> atom.covers(token)).toList();
        assertThat(covering).as("atoms covering token %d", token).hasSize(1);
        return covering.get(0);
    }

    @Test
    void aLongerNameStartingInsideAShorterOneWins() {
        Sentence sentence = sentence("Chile appealed to the UN Security Council on Monday.");

        assertThat(finder.find(sentence)).extracting(ActorAtom::name)
                .containsExactly("Chile", "United Nations Security Council");
    }

    @Test
    void thePopeIsTheVaticansGovernment() {
        Sentence sentence = sentence("The Pope met refugees on Lesbos.");

        assertThat(finder.find(sentence)).filteredOn(atom -> atom.kind() == AtomKind.SEAT)
                .extracting(ActorAtom::code).containsExactly("VATGOV");
    }

    private static Sentence sentence(String text) {
        List<Sentence> sentences = SharedCoder.annotate(text).sentences();
        assertThat(sentences).hasSize(1);
        return sentences.get(0);
    }

    private static int index(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(token -> token.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "'")).index();
    }
}
