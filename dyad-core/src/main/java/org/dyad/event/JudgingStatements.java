package org.dyad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.actor.Actor;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.resource.TsvTable;

/**
 * Reads a statement whose reported clause judges someone harshly as what it is, criticism (111) or an accusation
 * (112), not a plain statement: "Russia said the Israeli strikes were illegal", "Kyiv said Moscow was responsible
 * for the attack". The words that judge are in {@code judging-words.tsv}. The judgement is aimed at the author of
 * the act the clause reports, else at the statement's own target. A judging word that is negated ("were not
 * illegal") or said of the speakers themselves ("we made a mistake") leaves the statement plain.
 */
final class JudgingStatements {
    static final String RESOURCE = "judging-words.tsv";
    private static final List<String> COLUMNS = List.of("lemma", "cameo", "preposition");
    private static final Set<String> CODES = Set.of("111", "112");
    private static final String PLAIN_STATEMENT = "010";
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us");

    /** A judging word: the code it gives and the preposition it must govern, or empty. */
    record Judgement(CameoCode code, String preposition) {
        Judgement {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(preposition, "preposition");
        }
    }

    private final Map<String, Judgement> words;

    JudgingStatements(Map<String, Judgement> words) {
        this.words = Map.copyOf(words);
    }

    /** The words of the resource file, each row checked for its form and its code. */
    static JudgingStatements load(CameoOntology ontology) {
        Map<String, Judgement> words = new HashMap<>();
        for (TsvTable.Row row : TsvTable.load(JudgingStatements.class, RESOURCE, COLUMNS).rows()) {
            String lemma = row.get(0);
            if (lemma.isBlank() || !lemma.equals(lemma.toLowerCase(Locale.ROOT)) || lemma.contains(" ")) {
                throw row.error("lemma must be one lower-case word: '" + lemma + "'");
            }
            if (!CODES.contains(row.get(1))) {
                throw row.error("cameo must be one of " + new TreeSet<>(CODES) + ": '" + row.get(1) + "'");
            }
            if (words.put(lemma, new Judgement(ontology.get(row.get(1)), row.get(2))) != null) {
                throw row.error("repeated lemma '" + lemma + "'");
            }
        }
        return new JudgingStatements(words);
    }

    /** What a word judges when a reported clause says it of someone, if it judges at all. */
    Optional<Judgement> of(String lemma) {
        return Optional.ofNullable(words.get(lemma));
    }

    /** The sentence's events with every plain statement whose clause judges someone read as that judgement. */
    List<Event> read(Sentence sentence, List<Event> events) {
        List<Event> result = new ArrayList<>();
        for (Event event : events) {
            Optional<Event> judged = event.cameo().code().equals(PLAIN_STATEMENT)
                    ? sentence.tokenAt(event.triggerBegin()).map(Token::index)
                            .flatMap(statement -> judgement(sentence, statement))
                            .map(found -> event.reread(judgedActor(sentence, found.clause(), event, events),
                                    found.judgement().code(), event.modality(), event.modalityCue(),
                                    "judging:" + found.word()))
                    : Optional.empty();
            result.add(judged.orElse(event));
        }
        return result;
    }

    private record Found(int clause, String word, Judgement judgement) {
    }

    /** The first judging word of a clause the statement reports, with that clause's head. */
    private Optional<Found> judgement(Sentence sentence, int statement) {
        for (int clause : reportedClauses(sentence, statement)) {
            if (spokenOfSpeakers(sentence, clause)) {
                continue;
            }
            Set<Integer> inside = predicate(sentence, clause);
            for (int token : inside) {
                String lemma = sentence.token(token).lemma().toLowerCase(Locale.ROOT);
                Judgement judgement = words.get(lemma);
                if (judgement != null && governs(sentence, token, judgement.preposition())
                        && !negated(sentence, token) && !negated(sentence, clause)) {
                    return Optional.of(new Found(clause, lemma, judgement));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What a clause says of its subject: its head ("were illegal", "was responsible for", "is baseless
     * propaganda") and the heads coordinated with it ("biased and unfair"). A judging word elsewhere in the clause
     * is about something else ("ready to respond to any aggression", "a hostile environment").
     */
    private static Set<Integer> predicate(Sentence sentence, int clause) {
        Set<Integer> heads = new TreeSet<>(List.of(clause));
        heads.addAll(sentence.graph().children(clause, "conj"));
        return heads;
    }

    /**
     * "said the strikes were illegal": the clause the verb governs; "The strikes are illegal, the minister said":
     * the sentence the verb is set into.
     */
    private static List<Integer> reportedClauses(Sentence sentence, int statement) {
        List<Integer> clauses = new ArrayList<>(sentence.graph().children(statement, "ccomp"));
        sentence.graph().head(statement)
                .filter(edge -> edge.baseRelation().equals("parataxis") && edge.governor() >= 0)
                .map(Dependency::governor)
                .ifPresent(clauses::add);
        return clauses;
    }

    private static boolean governs(Sentence sentence, int token, String preposition) {
        return preposition.isEmpty() || sentence.graph().children(token).stream()
                .anyMatch(edge -> preposition.equals(edge.specifier()));
    }

    private static boolean negated(Sentence sentence, int token) {
        return sentence.graph().children(token).stream()
                .anyMatch(edge -> NEGATIONS.contains(sentence.token(edge.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    private static boolean spokenOfSpeakers(Sentence sentence, int clause) {
        return sentence.graph().children(clause).stream()
                .filter(edge -> edge.baseRelation().startsWith("nsubj"))
                .anyMatch(edge -> FIRST_PERSON.contains(sentence.token(edge.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /** The author of an act the clause reports, when it is not the speaker; else whom the statement was about. */
    private static Actor judgedActor(Sentence sentence, int clause, Event statement, List<Event> events) {
        Set<Integer> inside = sentence.graph().subtree(clause);
        return events.stream()
                .filter(other -> other != statement && !other.cameo().root().equals("01"))
                .filter(other -> sentence.tokenAt(other.triggerBegin()).map(Token::index).filter(inside::contains)
                        .isPresent())
                .map(Event::source)
                .filter(actor -> actor.code() == null || !Objects.equals(actor.code(), statement.source().code()))
                .findFirst().orElse(statement.target());
    }
}
