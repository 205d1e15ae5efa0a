package org.dyad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.actor.ActorMention;
import org.dyad.actor.AtomKind;
import org.dyad.actor.Coreference;
import org.dyad.actor.DocumentActors;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Sentence;

/**
 * Turns argument head tokens into actors: a pronoun or "the two presidents" through coreference, a name through
 * the actor phrase it heads, and every actor coordinated with it ("Xi and Biden", "China, Russia and Iran").
 */
final class Participants {
    private static final String PARTNER_LINK = "nmod:with";
    private static final Set<String> OWNER_LINKS = Set.of("nmod:poss", "amod", "compound", "nmod:of", "nmod:in",
            "nmod:near", "nmod:at", "nmod:from", "nmod:by", "nmod:with", "nmod:for", "nmod:to", "acl", "obl:to", "obl:for");
    private static final Set<String> EVENT_OWNER_LINKS = Set.of("nmod:from", "nmod:in", "nmod:near", "nmod:at",
            PARTNER_LINK);
    private static final Set<String> PLACE_LINKS = Set.of("nmod:in", "nmod:near", "nmod:at");
    private static final int MAX_OWNER_DEPTH = 3;
    /** Links by which a kind owns a thing: "government engineers", "the farmers' leaders". */
    private static final Set<String> KIND_LINKS = Set.of("compound", "nmod:poss");
    /** The other side of a shared thing, or whom a thing is for: "its border with Libya", "their funding for UNRWA". */
    private static final Set<String> PARTNER_LINKS = Set.of("nmod:with", "nmod:for", "nmod:to");

    private final DocumentActors actors;
    private final Coreference coreference;

    Participants(DocumentActors actors, Coreference coreference) {
        this.actors = actors;
        this.coreference = coreference;
    }

    DocumentActors actors() {
        return actors;
    }

    List<ActorMention> resolve(Sentence sentence, List<Integer> heads) {
        List<Integer> expanded = new ArrayList<>(heads);
        for (int head : heads) {
            for (Dependency edge : sentence.graph().children(head)) {
                if (edge.baseRelation().equals("conj") && !expanded.contains(edge.dependent())) {
                    expanded.add(edge.dependent());
                }
            }
        }
        List<ActorMention> found = new ArrayList<>();
        for (int head : expanded) {
            List<ActorMention> referred = coreference.resolve(sentence.index(), head);
            if (!referred.isEmpty()) {
                referred.forEach(mention -> addNew(found, mention));
            } else {
                actors.actorAt(sentence.index(), head).ifPresent(mention -> {
                    addNew(found, mention);
                    coordinatedNationalities(sentence, head, mention).forEach(other -> addNew(found, other));
                });
            }
        }
        return List.copyOf(found);
    }

    /**
     * Sources: like {@link #resolve}, but a head that names no actor stands for the group its "of" or "from" phrase
     * names: "a panel of UN experts", "thousands of Iranians", "former republics from the CIS".
     */
    List<ActorMention> resolveSources(Sentence sentence, List<Integer> heads) {
        List<ActorMention> direct = resolve(sentence, heads);
        if (!direct.isEmpty()) {
            return direct;
        }
        // "republics from the CIS", "delegates from the African Union": members named by where they come from.
        List<Integer> members = heads.stream()
                .flatMap(head -> Stream.concat(sentence.graph().children(head, "nmod:of").stream(),
                        sentence.graph().children(head, "nmod:from").stream())).toList();
        return members.isEmpty() ? direct : resolve(sentence, members);
    }

    /**
     * "Chinese and American diplomats", "the Polish and Lithuanian armies", "the armies of Brazil and Argentina":
     * one actor per nationality, each with the group's sector.
     */
    private List<ActorMention> coordinatedNationalities(Sentence sentence, int head, ActorMention first) {
        List<ActorMention> more = new ArrayList<>();
        List<Integer> owners = new ArrayList<>(sentence.graph().children(head, "amod"));
        if (first.sector() != null) {
            // "the armies of Brazil and Argentina": a group of several countries named after it
            owners.addAll(sentence.graph().children(head, "nmod:of"));
        }
        for (int adjective : owners) {
            for (int other : sentence.graph().children(adjective, "conj")) {
                actors.atomAt(sentence.index(), other)
                        .filter(atom -> (atom.kind() == AtomKind.NATIONALITY || atom.kind() == AtomKind.COUNTRY)
                                && atom.country() != null
                                && !atom.country().equals(first.country()))
                        .ifPresent(atom -> more.add(new ActorMention(sentence.index(), other,
                                sentence.token(other).begin(), sentence.token(other).end(), sentence.token(other).word(),
                                null, atom.country(), first.sector(), null, atom.name(), first.certain())));
            }
        }
        return more;
    }

    /**
     * Targets: like {@link #resolve}, but a head that names no actor stands for the actor that owns it or the
     * place it is in: "Iran's enrichment plant", "Philippine navy boats", "war crimes in Ukraine", "an army post in
     * northern Israel". An event noun stands for whom it comes from or where it is ("requested support from
     * the African Union"), never for its own actor ("discussed a visit by Iran's president"). A participle names
     * where a thing is bound: "any ship heading to Israel".
     */
    List<ActorMention> resolveTargets(Sentence sentence, List<Integer> heads, Set<Integer> eventNouns) {
        List<ActorMention> direct = resolve(sentence, heads);
        if (direct.stream().anyMatch(ActorMention::isResolved)) {
            return direct;
        }
        List<ActorMention> found = new ArrayList<>();
        for (int head : heads) {
            owner(sentence, head, eventNouns.contains(head) ? EVENT_OWNER_LINKS : OWNER_LINKS)
                    .ifPresent(mention -> addNew(found, mention));
        }
        if (found.isEmpty() && direct.isEmpty()) {
            // "kidnapped two government engineers", "refused to meet the farmers' leaders": a thing or person named
            // only by the kind of actor it belongs to is that kind's, when no one owns it by name.
            for (int head : heads) {
                for (Dependency edge : sentence.graph().children(head)) {
                    // Only a group noun ("government", "farmers"): "BJP president Amit Shah's rally" is a person's.
                    boolean group = actors.atomAt(sentence.index(), edge.dependent())
                            .filter(atom -> atom.kind() == AtomKind.SECTOR).isPresent();
                    if (group && KIND_LINKS.contains(edge.relation())) {
                        resolve(sentence, List.of(edge.dependent())).stream().filter(ActorMention::isKindOnly)
                                .forEach(mention -> addNew(found, mention));
                    }
                }
            }
        }
        return found.isEmpty() ? direct : List.copyOf(found);
    }

    private Optional<ActorMention> owner(Sentence sentence, int head, Set<String> links) {
        List<Integer> level = List.of(head);
        for (int depth = 0; depth < MAX_OWNER_DEPTH; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int token : level) {
                // "its border with Libya", "their funding for UNRWA": the other side of a shared thing, or whom it
                // is for, names it before its owner does.
                List<Dependency> edges = new ArrayList<>(sentence.graph().children(token));
                edges.sort(Comparator.comparing(edge -> !PARTNER_LINKS.contains(edge.relation())));
                for (Dependency edge : edges) {
                    if (!links.contains(edge.relation())) {
                        continue;
                    }
                    // "the summit in Bishkek" is a place, not the Kyrgyz government.
                    boolean placeLink = PLACE_LINKS.contains(edge.relation());
                    Optional<ActorMention> named = resolve(sentence, List.of(edge.dependent())).stream()
                            .filter(mention -> mention.country() != null || mention.code() != null)
                            .filter(mention -> !placeLink || !isSeat(sentence, mention))
                            .findFirst();
                    if (named.isPresent()) {
                        return named;
                    }
                    next.add(edge.dependent());
                }
            }
            level = next;
        }
        return Optional.empty();
    }

    private boolean isSeat(Sentence sentence, ActorMention mention) {
        return actors.atomAt(sentence.index(), mention.head()).filter(atom -> atom.kind() == AtomKind.SEAT).isPresent();
    }

    private static void addNew(List<ActorMention> found, ActorMention mention) {
        boolean known = found.stream().anyMatch(other -> other.begin() == mention.begin()
                && other.end() == mention.end() && other.name().equals(mention.name()));
        if (!known) {
            found.add(mention);
        }
    }
}
