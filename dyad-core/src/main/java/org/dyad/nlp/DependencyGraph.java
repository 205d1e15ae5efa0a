package org.dyad.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency graph of one sentence. Enhanced dependencies let a token have several governors
 * (a shared subject of coordinated verbs), so this is a graph, not a tree.
 */
public final class DependencyGraph {
    private static final DependencyGraph EMPTY = new DependencyGraph(List.of(), 0);

    private final List<Dependency> edges;
    private final List<List<Dependency>> outgoing;
    private final List<List<Dependency>> incoming;

    public DependencyGraph(List<Dependency> edges, int tokenCount) {
        this.edges = List.copyOf(edges);
        List<List<Dependency>> out = new ArrayList<>(tokenCount);
        List<List<Dependency>> in = new ArrayList<>(tokenCount);
        for (int i = 0; i < tokenCount; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency edge : this.edges) {
            if (edge.dependent() < 0 || edge.dependent() >= tokenCount || edge.governor() >= tokenCount) {
                throw new IllegalArgumentException("edge outside the sentence: " + edge);
            }
            if (edge.governor() >= 0) {
                out.get(edge.governor()).add(edge);
            }
            in.get(edge.dependent()).add(edge);
        }
        this.outgoing = out.stream().map(List::copyOf).toList();
        this.incoming = in.stream().map(List::copyOf).toList();
    }

    /** A graph with no edges, for sentences that were not parsed. */
    public static DependencyGraph empty() {
        return EMPTY;
    }

    public List<Dependency> edges() {
        return edges;
    }

    public boolean isEmpty() {
        return edges.isEmpty();
    }

    /** Edges from the token to its dependents. */
    public List<Dependency> children(int token) {
        return token < outgoing.size() ? outgoing.get(token) : List.of();
    }

    /** Edges from the token's governors to it. */
    public List<Dependency> parents(int token) {
        return token < incoming.size() ? incoming.get(token) : List.of();
    }

    /** Dependents of the token whose relation is exactly {@code relation} ("obl:with") or has it as base ("obl"). */
    public List<Integer> children(int token, String relation) {
        return children(token).stream()
                .filter(edge -> edge.relation().equals(relation) || edge.baseRelation().equals(relation))
                .map(Dependency::dependent)
                .toList();
    }

    /** The token and every token below it, through any relation. */
    public Set<Integer> subtree(int head) {
        Set<Integer> seen = new HashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int token = todo.remove(todo.size() - 1);
            if (seen.add(token)) {
                children(token).forEach(edge -> todo.add(edge.dependent()));
            }
        }
        return seen;
    }

    /** The first governor edge of the token that is not an enhancement copy, if any. */
    public Optional<Dependency> head(int token) {
        List<Dependency> parents = parents(token);
        return parents.isEmpty() ? Optional.empty() : Optional.of(parents.get(0));
    }
}
