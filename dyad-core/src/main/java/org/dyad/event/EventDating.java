package org.dyad.event;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;
import org.dyad.time.DateMention;
import org.dyad.time.EventDate;

/**
 * Gives an event the date its words attach to: a date expression inside the trigger's own phrase ("talked on
 * the phone this week"), else one hanging from a clause that governs the trigger ("became apparent in late
 * March when ... Russia vetoed"), else the article's date.
 */
final class EventDating {
    private static final int SUBTREE_DEPTH = 3;
    private static final int ANCESTOR_STEPS = 4;

    private EventDating() {
    }

    /** A date inside the subtree of {@code head} (the trigger, or a place paired with it). */
    static Optional<EventDate> within(Sentence sentence, int head, List<DateMention> dates) {
        Set<Integer> subtree = subtree(sentence, head);
        return dates.stream().filter(date -> covers(sentence, date, subtree)).findFirst().map(DateMention::date);
    }

    /** A date hanging directly from a clause above the trigger. */
    static Optional<EventDate> fromGoverningClause(Sentence sentence, int trigger, List<DateMention> dates) {
        int current = trigger;
        for (int step = 0; step < ANCESTOR_STEPS; step++) {
            Optional<Dependency> up = sentence.graph().parents(current).stream()
                    .filter(edge -> edge.governor() >= 0).findFirst();
            if (up.isEmpty()) {
                return Optional.empty();
            }
            int governor = up.get().governor();
            Set<Integer> direct = new HashSet<>();
            direct.add(governor);
            sentence.graph().children(governor).stream()
                    .filter(edge -> edge.dependent() != trigger)
                    .filter(edge -> edge.relation().contains("tmod") || edge.baseRelation().equals("obl"))
                    .forEach(edge -> direct.add(edge.dependent()));
            direct.remove(governor);
            Optional<EventDate> found = dates.stream().filter(date -> covers(sentence, date, direct)).findFirst()
                    .map(DateMention::date);
            if (found.isPresent()) {
                return found;
            }
            current = governor;
        }
        return Optional.empty();
    }

    static EventDate orArticle(Optional<EventDate> date, LocalDate articleDate) {
        return date.orElseGet(() -> EventDate.ofArticle(articleDate));
    }

    private static boolean covers(Sentence sentence, DateMention date, Set<Integer> tokens) {
        for (int token : tokens) {
            int begin = sentence.token(token).begin();
            if (begin >= date.begin() && begin < date.end()) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> subtree(Sentence sentence, int head) {
        Set<Integer> seen = new HashSet<>();
        Deque<int[]> frontier = new ArrayDeque<>();
        frontier.push(new int[] {head, 0});
        while (!frontier.isEmpty()) {
            int[] next = frontier.pop();
            if (!seen.add(next[0]) || next[1] >= SUBTREE_DEPTH) {
                continue;
            }
            for (Dependency edge : sentence.graph().children(next[0])) {
                String base = edge.baseRelation();
                boolean temporal = base.equals("obl") || base.equals("nmod") || edge.relation().contains("tmod")
                        || base.equals("compound") || base.equals("dep") || base.equals("amod")
                        || base.equals("nummod") || base.equals("advmod");
                // "Tuesday's strike": only the trigger's own possessive can be its day, not a possessor deeper down.
                boolean possessive = edge.relation().equals("nmod:poss");
                if (temporal && !possessive || possessive && next[0] == head) {
                    frontier.push(new int[] {edge.dependent(), next[1] + 1});
                }
            }
        }
        return seen;
    }
}
