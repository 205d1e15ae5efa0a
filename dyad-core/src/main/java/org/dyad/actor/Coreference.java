package org.dyad.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Resolves words that point back to actors: "he" and "his" to the last person named, "they", "their", "both
 * sides" and "the two presidents" to the last pair of actors named together ("Xi and Biden"). Deliberately
 * cautious with "it" and "its", which refer to things more often than to states: only the state or organisation
 * that reports the clause ("Russia said it had expelled") or, for "its", the one that is the subject of the
 * clause the phrase belongs to ("Russia placed its forces on alert").
 */
public final class Coreference {
    private static final Set<String> SINGULAR = Set.of("he", "him", "his", "she", "her");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs");
    private static final Set<String> PAIR_NOUNS = Set.of("side", "party", "country", "president", "leader", "power",
            "nation", "government", "capital", "state", "leadership");
    private static final int SINGULAR_REACH = 3;
    /** Nouns that, owned by a pronoun, stand for the owner's state: "his country". */
    private static final Set<String> STATE_NOUNS = Set.of("country", "nation");
    private static final Set<String> REPORTED_CLAUSE = Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis");
    private static final int PAIR_REACH = 6;
    private static final int OWNER_REACH = 4;

    /** Actors named together, first the head of the coordination: "the US, Australia and Britain". */
    private record Pair(int sentence, int begin, List<ActorMention> members) {
        Pair {
            members = List.copyOf(members);
        }
    }

    private final DocumentActors actors;
    private final List<Pair> pairs;

    public Coreference(DocumentActors actors) {
        this.actors = actors;
        this.pairs = coordinatedPairs(actors);
    }

    /**
     * Whether the word could be one that {@link #resolve} turns into actors, judged from the word alone (before
     * any parse): a pronoun it resolves, or the plural of a noun that "both sides" or "the two presidents" use.
     */
    public static boolean mayReferToActors(Token word) {
        String lower = word.word().toLowerCase(Locale.ROOT);
        return SINGULAR.contains(lower) || PLURAL.contains(lower)
                || word.pos().equals("NNS") && PAIR_NOUNS.contains(word.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The actors that the word at (sentence, token) stands for: one for a singular pronoun, two for a plural
     * reference, none when the word refers to no actor or nothing fits.
     */
    public List<ActorMention> resolve(int sentence, int token) {
        Sentence s = actors.doc().sentences().get(sentence);
        Token word = s.token(token);
        String lower = word.word().toLowerCase(Locale.ROOT);
        if (STATE_NOUNS.contains(word.lemma().toLowerCase(Locale.ROOT)) && word.pos().equals("NN")) {
            // "his country had forgiven Indonesia": the state of whoever "his" is.
            return s.graph().children(token).stream()
                    .filter(edge -> edge.relation().equals("nmod:poss")
                            && s.token(edge.dependent()).pos().equals("PRP$"))
                    .findFirst().map(edge -> resolve(sentence, edge.dependent())).orElse(List.of());
        }
        if (SINGULAR.contains(lower)) {
            return lastPerson(word.begin(), sentence).or(() -> titledSpeaker(s, token))
                    .map(person -> List.of(person.referredToAs(sentence, token, word.begin(), word.end(), word.word())))
                    .orElse(List.of());
        }
        if (lower.equals("it") || lower.equals("its")) {
            return speakerOf(s, token)
                    .or(() -> lower.equals("its") ? subjectOwning(s, token) : java.util.Optional.empty())
                    .map(speaker -> List.of(speaker.referredToAs(sentence, token, word.begin(), word.end(), word.word())))
                    .orElse(List.of());
        }
        if (PLURAL.contains(lower) || isPairNoun(s, token)) {
            int begin = isPairNoun(s, token) ? phraseBegin(s, token) : word.begin();
            String text = actors.doc().text().substring(begin, word.end());
            List<ActorMention> pair = lastPair(word.begin(), sentence)
                    .map(found -> found.members().stream()
                            .map(member -> member.referredToAs(sentence, token, begin, word.end(), text)).toList())
                    .orElse(List.of());
            if (pair.isEmpty() && lower.equals("they")) {
                // "the striking doctors said they would not return to work": a plural speaker speaks of itself, and
                // so does a movement or armed group ("the Taliban claimed that they had attacked the base").
                return speakerOf(s, token).filter(speaker -> s.token(speaker.head()).pos().startsWith("NNS")
                                || s.token(speaker.head()).pos().equals("NNPS") || isGroup(speaker))
                        .map(speaker -> List.of(speaker.referredToAs(sentence, token, word.begin(), word.end(),
                                word.word())))
                        .orElse(List.of());
            }
            return pair;
        }
        return List.of();
    }

    /**
     * The person "he" or "his" most likely means: the last person who was the subject of a clause before the
     * pronoun ("Biden ... will do little to allay Xi's concerns when he underlines" is Biden; "Biden hosted Xi.
     * He later praised Japan." is Biden); when no person was a subject, the last person named.
     */
    private java.util.Optional<ActorMention> lastPerson(int before, int sentence) {
        ActorMention last = null;
        ActorMention lastSubject = null;
        for (ActorMention phrase : actors.phrases()) {
            if (phrase.begin() >= before) {
                break;
            }
            if (phrase.person() == null || sentence - phrase.sentence() > SINGULAR_REACH) {
                continue;
            }
            last = phrase;
            if (isSubject(phrase)) {
                lastSubject = phrase;
            }
        }
        return java.util.Optional.ofNullable(lastSubject != null ? lastSubject : last);
    }

    /**
     * "Egypt's foreign minister said he was pessimistic", "the president said his country had forgiven": with no
     * person named, "he" in a clause reported by an official known only by title is that official.
     */
    private java.util.Optional<ActorMention> titledSpeaker(Sentence sentence, int pronoun) {
        int word = pronoun;
        java.util.Optional<Dependency> owner = sentence.graph().parents(pronoun).stream()
                .filter(edge -> edge.governor() >= 0 && edge.relation().equals("nmod:poss")).findFirst();
        if (owner.isPresent()) {
            // "his country", "his government": the clause is the one the owned noun belongs to.
            word = owner.get().governor();
        }
        return speakerOf(sentence, word).filter(speaker -> sentence.token(speaker.head()).pos().equals("NN"));
    }

    /**
     * "Russia said it had expelled diplomats": "it" in a clause reported by a state or organisation is that
     * speaker. Elsewhere "it" stays unresolved.
     */
    private java.util.Optional<ActorMention> speakerOf(Sentence sentence, int pronoun) {
        java.util.Optional<Dependency> own = sentence.graph().parents(pronoun).stream()
                .filter(edge -> edge.governor() >= 0).findFirst();
        if (own.isEmpty()) {
            return java.util.Optional.empty();
        }
        int clause = own.get().governor();
        for (int step = 0; step < 3; step++) {
            java.util.Optional<Dependency> up = sentence.graph().parents(clause).stream()
                    .filter(edge -> edge.governor() >= 0 && REPORTED_CLAUSE.contains(edge.baseRelation()))
                    .findFirst();
            if (up.isEmpty()) {
                return java.util.Optional.empty();
            }
            int speakerVerb = up.get().governor();
            java.util.Optional<ActorMention> speaker = sentence.graph().children(speakerVerb).stream()
                    .filter(edge -> edge.relation().equals("nsubj") && edge.dependent() != pronoun)
                    .findFirst()
                    .flatMap(edge -> actors.actorAt(sentence.index(), edge.dependent()))
                    .filter(mention -> mention.person() == null && mention.isResolved());
            if (speaker.isPresent()) {
                return speaker;
            }
            clause = speakerVerb;
        }
        return java.util.Optional.empty();
    }

    /**
     * "Russia placed its forces on alert", "Iran condemned the attack on its consulate": "its" in a phrase of a
     * clause whose subject is a state or organisation is that subject.
     */
    private java.util.Optional<ActorMention> subjectOwning(Sentence sentence, int pronoun) {
        int current = pronoun;
        for (int step = 0; step < OWNER_REACH; step++) {
            java.util.Optional<Dependency> up = sentence.graph().parents(current).stream()
                    .filter(edge -> edge.governor() >= 0).findFirst();
            if (up.isEmpty() || up.get().relation().startsWith("nsubj")) {
                return java.util.Optional.empty();
            }
            int governor = up.get().governor();
            java.util.Optional<Dependency> subject = sentence.graph().children(governor).stream()
                    .filter(edge -> edge.relation().equals("nsubj")).findFirst();
            if (subject.isPresent()) {
                return actors.actorAt(sentence.index(), subject.get().dependent())
                        .filter(mention -> mention.person() == null && mention.isResolved()
                                && (mention.country() != null || mention.code() != null));
            }
            current = governor;
        }
        return java.util.Optional.empty();
    }

    /** An organisation that is not a state's seat of power: "the Houthis", "UNITA", "Amnesty International". */
    private boolean isGroup(ActorMention speaker) {
        return speaker.code() != null && actors.atomAt(speaker.sentence(), speaker.head())
                .filter(atom -> atom.kind() == AtomKind.ORGANISATION).isPresent();
    }

    private boolean isSubject(ActorMention phrase) {
        Sentence sentence = actors.doc().sentences().get(phrase.sentence());
        return sentence.graph().parents(phrase.head()).stream()
                .anyMatch(edge -> edge.relation().startsWith("nsubj") || edge.relation().equals("root"));
    }

    private java.util.Optional<Pair> lastPair(int before, int sentence) {
        Pair last = null;
        for (Pair pair : pairs) {
            if (pair.begin() < before && sentence - pair.sentence() <= PAIR_REACH) {
                last = pair;
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    private static boolean isPairNoun(Sentence sentence, int token) {
        Token word = sentence.token(token);
        if (!PAIR_NOUNS.contains(word.lemma().toLowerCase(Locale.ROOT)) || !word.pos().equals("NNS")) {
            return false;
        }
        return sentence.graph().children(token).stream().anyMatch(edge -> {
            String modifier = sentence.token(edge.dependent()).word().toLowerCase(Locale.ROOT);
            return modifier.equals("both") || modifier.equals("two");
        });
    }

    private static int phraseBegin(Sentence sentence, int token) {
        int first = token;
        for (Dependency edge : sentence.graph().children(token)) {
            String relation = edge.baseRelation();
            if (relation.equals("det") || relation.equals("nummod") || relation.equals("amod")) {
                first = Math.min(first, edge.dependent());
            }
        }
        return sentence.token(first).begin();
    }

    private static List<Pair> coordinatedPairs(DocumentActors actors) {
        List<Pair> found = new ArrayList<>();
        List<ActorMention> phrases = actors.phrases();
        for (int i = 0; i < phrases.size(); i++) {
            ActorMention a = phrases.get(i);
            List<ActorMention> members = new ArrayList<>(List.of(a));
            for (int j = i + 1; j < phrases.size() && phrases.get(j).sentence() == a.sentence(); j++) {
                ActorMention b = phrases.get(j);
                Sentence sentence = actors.doc().sentences().get(a.sentence());
                boolean coordinated = sentence.graph().children(a.head()).stream()
                        .anyMatch(edge -> edge.dependent() == b.head() && edge.baseRelation().equals("conj"));
                if (coordinated && !Objects.equals(a.country(), b.country())) {
                    members.add(b);
                }
            }
            if (members.size() > 1) {
                found.add(new Pair(a.sentence(), members.get(members.size() - 1).begin(), members));
            }
        }
        return List.copyOf(found);
    }
}
