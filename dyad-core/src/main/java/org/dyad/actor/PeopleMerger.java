package org.dyad.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Folds the one-term-per-row lines of people.tsv into one {@link Person} per name. */
final class PeopleMerger {
    private PeopleMerger() {
    }

    /** People in order of first appearance; faults name the row that causes them. */
    static List<Person> merge(List<RowParsers.PersonRow> rows) {
        var byName = new LinkedHashMap<String, List<RowParsers.PersonRow>>();
        for (var row : rows) {
            byName.computeIfAbsent(row.name(), name -> new ArrayList<>()).add(row);
        }
        var people = new ArrayList<Person>();
        for (var group : byName.values()) {
            people.add(person(group));
        }
        return List.copyOf(people);
    }

    private static Person person(List<RowParsers.PersonRow> group) {
        var first = group.get(0);
        var aliases = new LinkedHashSet<String>();
        var terms = new ArrayList<Term>();
        for (var row : group) {
            if (!Objects.equals(row.country(), first.country())) {
                throw located(row.row(), "country " + row.country() + " differs from " + first.country()
                        + " given for " + first.name() + " at line " + first.row().line());
            }
            aliases.addAll(row.aliases());
            terms.add(row.term());
        }
        try {
            return new Person(first.name(), List.copyOf(aliases), first.country(), terms);
        } catch (IllegalArgumentException e) {
            throw located(group.get(group.size() - 1).row(), e.getMessage());
        }
    }

    private static KnowledgeFileException located(TsvRow row, String reason) {
        return new KnowledgeFileException(row.file(), row.line(), reason);
    }
}
