package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.actor.ActorDirectory;
import org.dyad.actor.ActorKnowledge;
import org.dyad.actor.Term;
import org.dyad.place.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad actors}: what Dyad knows about a name, and the code it gets on a date. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Shows what Dyad knows about an actor: code, country, sectors, offices with their dates, "
                + "aliases. A person's code depends on the date: the office held then.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:found", "1:no actor of that name"})
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1",
            description = "A name as it appears in news: \"Wang Yi\", \"the Kremlin\", \"NATO\". "
                    + "Without a name: what the knowledge files hold, and how long they take to load.")
    String name;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date to resolve for (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            summary(out);
            return 0;
        }
        LocalDate on = date != null ? date : LocalDate.now();
        List<ActorDirectory.Entry> entries = new ActorDirectory(ActorKnowledge.load()).find(name);
        if (entries.isEmpty()) {
            spec.commandLine().getErr().println("no actor named '" + name + "'");
            return 1;
        }
        for (ActorDirectory.Entry entry : entries) {
            print(out, entry, on);
        }
        return 0;
    }

    private static void summary(PrintWriter out) {
        long started = System.nanoTime();
        ActorKnowledge knowledge = ActorKnowledge.load();
        long actorsLoaded = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load();
        long placesLoaded = System.nanoTime();
        int terms = knowledge.people().stream().mapToInt(person -> person.terms().size()).sum();
        long states = knowledge.people().stream().filter(person -> person.country() != null)
                .map(person -> person.country()).distinct().count();
        out.printf("countries %d, organisations %d, seats of power %d, titles %d, group nouns %d%n",
                knowledge.countries().size(), knowledge.organisations().size(), knowledge.seats().size(),
                knowledge.titles().size(), knowledge.sectorNouns().size());
        out.printf("people %d with %d offices in %d states%n", knowledge.people().size(), terms, states);
        out.printf("places %d%n", gazetteer.places().size());
        out.printf("loading: actors %.2f s, places %.2f s%n", (actorsLoaded - started) / 1e9,
                (placesLoaded - actorsLoaded) / 1e9);
    }

    private static void print(PrintWriter out, ActorDirectory.Entry entry, LocalDate on) {
        String kind = entry.kind().name().toLowerCase(java.util.Locale.ROOT);
        out.printf("%s (%s)%s%n", entry.name(), kind, entry.exact() ? "" : ", closest known name");
        if (entry.person() != null) {
            Optional<Term> term = entry.person().termOn(on);
            String country = entry.country() == null ? "-" : entry.country();
            if (term.isPresent()) {
                Term t = term.get();
                out.printf("  on %s: %s  country %s  sectors %s  office %s (%s)%n", on, t.code(), country,
                        sectors(t.code()), t.office(), period(t));
            } else {
                out.printf("  on %s: %s  country %s  no office held: an elite of %s%n", on,
                        entry.country() == null ? "-" : entry.country() + "ELI", country, country);
            }
            out.println("  offices:");
            for (Term t : entry.person().terms()) {
                out.printf("    %-8s %s, %s%n", t.code(), t.office(), period(t));
            }
        } else {
            out.printf("  code %s  country %s  sectors %s%n", entry.code(), entry.country() == null ? "-" : entry.country(),
                    sectors(entry.code()));
        }
        if (!entry.aliases().isEmpty()) {
            out.println("  aliases: " + String.join(", ", entry.aliases()));
        }
    }

    private static String period(Term term) {
        return term.start() + " to " + (term.end() == null ? "today" : term.end().toString());
    }

    private static String sectors(String code) {
        return code != null && code.length() > 3 && code.substring(0, 3).chars().allMatch(Character::isUpperCase)
                ? code.substring(3) : "-";
    }
}
