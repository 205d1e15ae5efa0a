package org.dyad.actor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Composes the atoms of a noun phrase into one actor, starting from the phrase's head token and following only
 * the modifiers that describe the head ("US President Joe Biden", "Chinese Foreign Minister Wang Yi",
 * "the American Secretary of the Treasury", "the US-sponsored resolution"). A known person decides the actor;
 * otherwise an organisation, a seat of power, or a country with the sector of a title or group noun.
 */
public final class ActorPhraseResolver {
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "dep",
            "det", "nummod");
    private static final Set<String> TITLE_MODIFIERS = Set.of("nmod:of", "nmod:for");
    private static final Set<String> EDGE_TRIM = Set.of("DT", "PRP$", ",", "POS", "HYPH", "IN", "CC");
    private static final int MAX_DEPTH = 3;

    /** The actor headed by token {@code head}, if the phrase names one or is a name at all. */
    public Optional<ActorMention> resolve(String text, Sentence sentence, List<ActorAtom> atoms, int head) {
        Set<Integer> phrase = phraseTokens(sentence, atoms, head);
        ActorAtom person = null;
        ActorAtom organisation = null;
        ActorAtom seat = null;
        ActorAtom country = null;
        ActorAtom sector = null;
        boolean exact = true;
        for (ActorAtom atom : atoms) {
            if (phrase.stream().noneMatch(atom::covers)) {
                continue;
            }
            exact &= atom.exact();
            switch (atom.kind()) {
                case PERSON -> person = person == null ? atom : person;
                case ORGANISATION -> organisation = organisation == null ? atom : organisation;
                case SEAT -> seat = seat == null ? atom : seat;
                case COUNTRY, NATIONALITY -> country = country == null ? atom : country;
                case TITLE, SECTOR -> sector = sector == null || atom.covers(head) ? atom : sector;
            }
            phrase.addAll(range(atom.start(), atom.end()));
        }
        int[] span = trimmedSpan(sentence, phrase, head);
        int begin = sentence.token(span[0]).begin();
        int end = sentence.token(span[1]).end();
        String written = text.substring(begin, end);
        String sectorCode = sector == null ? null : sector.sector();
        String countryCode = country != null ? country.country() : sector != null ? sector.country() : null;
        int index = sentence.index();
        if (person != null) {
            String home = person.person().country() != null ? person.person().country() : countryCode;
            return Optional.of(new ActorMention(index, head, begin, end, written, person.person(), home, sectorCode,
                    null, person.name(), exact));
        }
        if (organisation != null) {
            return Optional.of(new ActorMention(index, head, begin, end, written, null, organisation.country(),
                    null, organisation.code(), organisation.name(), exact));
        }
        boolean groupOfSeat = seat != null && country == null && sector != null && sector.kind() == AtomKind.SECTOR
                && sector.covers(head) && sector.country() == null;
        if (groupOfSeat) {
            // "Kremlin critics", "a Tehran court", "Nairobi teachers": a group named after a seat of power is of its
            // country, with the group's own sector; a title ("Pentagon officials") keeps the seat's.
            return Optional.of(new ActorMention(index, head, begin, end, written, null, seat.country(),
                    sector.sector(), null, seat.name(), exact));
        }
        if (seat != null && (country == null || sector == null)) {
            return Optional.of(new ActorMention(index, head, begin, end, written, null, seat.country(),
                    seat.sector(), seat.code(), seat.name(), exact));
        }
        if (countryCode != null) {
            String name = country != null ? country.name() : seat != null ? seat.name() : written;
            return Optional.of(new ActorMention(index, head, begin, end, written, null, countryCode, sectorCode,
                    null, name, exact));
        }
        boolean named = sentence.token(head).namesPersonOrOrganisation();
        // a group word that only modifies another noun is no actor: "military talks", "the president's plan"
        boolean sectorHeaded = sector != null && sector.covers(head);
        if (sectorHeaded || named) {
            return Optional.of(new ActorMention(index, head, begin, end, written, null, null, sectorCode, null,
                    written, exact));
        }
        return Optional.empty();
    }

    private static Set<Integer> phraseTokens(Sentence sentence, List<ActorAtom> atoms, int head) {
        Set<Integer> tokens = new TreeSet<>();
        Deque<int[]> frontier = new ArrayDeque<>();
        frontier.push(new int[] {head, 0});
        while (!frontier.isEmpty()) {
            int[] next = frontier.pop();
            if (!tokens.add(next[0]) || next[1] >= MAX_DEPTH) {
                continue;
            }
            boolean titled = atoms.stream().anyMatch(a -> a.covers(next[0])
                    && (a.kind() == AtomKind.TITLE || a.kind() == AtomKind.SECTOR));
            boolean adjective = sentence.token(next[0]).pos().startsWith("JJ") || sentence.token(next[0]).pos().equals("VBN");
            for (Dependency edge : sentence.graph().children(next[0])) {
                String relation = edge.relation();
                boolean follow = MODIFIERS.contains(relation)
                        || titled && TITLE_MODIFIERS.contains(relation)
                        || adjective && edge.baseRelation().equals("obl");
                if (follow && edge.dependent() != head && !isMisreadSubject(sentence, edge)) {
                    frontier.push(new int[] {edge.dependent(), next[1] + 1});
                }
            }
        }
        return tokens;
    }

    /**
     * "... of the Masalit in West Darfur, Human Rights Watch said": a name right before a finite verb is that
     * verb's subject, which the parser sometimes hangs on the place before it as an apposition. When the phrase
     * it hangs on is itself that verb's subject, the apposition still names the speaker.
     */
    private static boolean isMisreadSubject(Sentence sentence, Dependency edge) {
        int after = edge.dependent() + 1;
        return edge.relation().equals("appos") && after < sentence.size()
                && Set.of("VBD", "VBZ", "VBP").contains(sentence.token(after).pos())
                && !sentence.graph().children(after, "nsubj").contains(edge.governor());
    }

    private static int[] trimmedSpan(Sentence sentence, Set<Integer> phrase, int head) {
        int first = head;
        int last = head;
        for (int token : phrase) {
            first = Math.min(first, token);
            last = Math.max(last, token);
        }
        while (first < head && EDGE_TRIM.contains(sentence.token(first).pos())) {
            first++;
        }
        while (last > head && EDGE_TRIM.contains(sentence.token(last).pos())) {
            last--;
        }
        return new int[] {first, last};
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }
}
