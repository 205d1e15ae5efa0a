package org.dyad.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.nlp.Doc;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The actors of a whole document: the atoms of every sentence, every actor phrase in reading order, and the
 * coordinated pairs ("Xi and Biden", "Beijing and Washington") that plural references point back to.
 */
public final class DocumentActors {
    private final Doc doc;
    private final List<List<ActorAtom>> atoms;
    private final List<ActorMention> phrases;
    private final ActorPhraseResolver resolver;

    private DocumentActors(Doc doc, List<List<ActorAtom>> atoms, List<ActorMention> phrases,
                           ActorPhraseResolver resolver) {
        this.doc = doc;
        this.atoms = atoms;
        this.phrases = phrases;
        this.resolver = resolver;
    }

    /** Finds the atoms and actor phrases of every sentence. */
    public static DocumentActors of(Doc doc, AtomFinder finder, ActorPhraseResolver resolver) {
        List<List<ActorAtom>> atoms = new ArrayList<>();
        List<ActorMention> phrases = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<ActorAtom> found = finder.find(sentence);
            atoms.add(found);
            phrases.addAll(phrasesOf(doc.text(), sentence, found, resolver));
        }
        return new DocumentActors(doc, List.copyOf(atoms), List.copyOf(phrases), resolver);
    }

    public Doc doc() {
        return doc;
    }

    public List<ActorAtom> atoms(int sentence) {
        return atoms.get(sentence);
    }

    /** Every actor phrase of the document in reading order. */
    public List<ActorMention> phrases() {
        return phrases;
    }

    /**
     * The actor whose phrase is headed by the token, if it names one. A bare name that the dictionaries do not
     * know is the person introduced earlier under that surname ("Kenyan Foreign Minister Amara Odhiambo ...
     * Odhiambo said").
     */
    public Optional<ActorMention> actorAt(int sentence, int head) {
        Sentence s = doc.sentences().get(sentence);
        Optional<ActorMention> direct = resolver.resolve(doc.text(), s, atoms.get(sentence), head);
        if (direct.isPresent() && direct.get().isResolved() || !s.token(head).isProperNoun()) {
            return direct;
        }
        Token name = s.token(head);
        Optional<ActorMention> introduced = introducedAs(name.word(), name.begin());
        return introduced.isPresent()
                ? introduced.map(earlier -> earlier.referredToAs(sentence, head, name.begin(), name.end(), name.word()))
                : direct;
    }

    private Optional<ActorMention> introducedAs(String surname, int before) {
        ActorMention found = null;
        for (ActorMention phrase : phrases) {
            if (phrase.end() > before) {
                break;
            }
            String text = phrase.text();
            if (text.length() > surname.length() && text.endsWith(" " + surname)) {
                found = phrase;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The atom covering a token, if any. */
    public Optional<ActorAtom> atomAt(int sentence, int token) {
        return atoms.get(sentence).stream().filter(atom -> atom.covers(token)).findFirst();
    }

    private static List<ActorMention> phrasesOf(String text, Sentence sentence, List<ActorAtom> atoms,
                                                ActorPhraseResolver resolver) {
        List<ActorMention> found = new ArrayList<>();
        for (ActorAtom atom : atoms) {
            if (atom.kind() == AtomKind.TITLE || atom.kind() == AtomKind.SECTOR) {
                continue;
            }
            int head = headOf(sentence, atom);
            resolver.resolve(text, sentence, atoms, head).filter(ActorMention::isResolved).ifPresent(mention -> {
                boolean covered = found.stream().anyMatch(other -> other.begin() <= mention.begin()
                        && mention.end() <= other.end());
                if (!covered) {
                    found.removeIf(other -> mention.begin() <= other.begin() && other.end() <= mention.end());
                    found.add(mention);
                }
            });
        }
        found.sort(Comparator.comparingInt(ActorMention::begin));
        return found;
    }

    /** The head of the noun phrase an atom sits in: climb compound and adjective links. */
    private static int headOf(Sentence sentence, ActorAtom atom) {
        int token = atom.end() - 1;
        for (int step = 0; step < 3; step++) {
            int current = token;
            Optional<Integer> up = sentence.graph().parents(current).stream()
                    .filter(edge -> edge.governor() >= 0)
                    .filter(edge -> edge.relation().equals("compound") || edge.relation().equals("amod")
                            || edge.relation().equals("flat"))
                    .map(edge -> edge.governor())
                    .findFirst();
            if (up.isEmpty() || !sentence.token(up.get()).isNoun()) {
                break;
            }
            token = up.get();
        }
        return token;
    }
}
