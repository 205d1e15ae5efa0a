package org.dyad.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A named office holder with the terms that make them an actor.
 *
 * <p>The actor a person stands for on a date is the code of the term covering that date, never the
 * {@code country} field: a person out of office is only a name.
 *
 * @param name    the name as usually written in English news
 * @param aliases other spellings, and the bare surname where no one else in the file shares it
 * @param country the state whose offices the person held; {@code null} for people who held an international
 *                office (then every term's code says whose actor they were)
 * @param terms   at least one term, kept sorted by start; terms of the same office never overlap
 */
public record Person(String name, List<String> aliases, String country, List<Term> terms) {
    public Person {
        Phrases.requireText(name, "person name");
        aliases = Phrases.requireList(aliases, "alias");
        Phrases.requireCountryCodeOrNull(country, "person country");
        terms = terms.stream().sorted(Comparator.comparing(Term::start)).toList();
        if (terms.isEmpty()) {
            throw new IllegalArgumentException(name + " has no term");
        }
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (country != null && !term.code().startsWith(country)) {
                throw new IllegalArgumentException(name + ": code " + term.code() + " does not start with " + country);
            }
            for (int j = i + 1; j < terms.size(); j++) {
                Term later = terms.get(j);
                if (later.office().equals(term.office()) && later.code().equals(term.code()) && later.overlaps(term)) {
                    throw new IllegalArgumentException(name + ": terms as " + term.office() + " starting "
                            + term.start() + " and " + later.start() + " overlap");
                }
            }
        }
    }

    /**
     * The term covering {@code date}; when offices overlap (a president who is also party leader), the one
     * that started last, because news names people by their newest office.
     */
    public Optional<Term> termOn(LocalDate date) {
        Term found = null;
        for (Term term : terms) {
            if (term.covers(date)) {
                found = term;
            }
        }
        return Optional.ofNullable(found);
    }
}
