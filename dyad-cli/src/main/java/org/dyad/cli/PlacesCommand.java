package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.place.Gazetteer;
import org.dyad.place.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad places}: the places a name can mean, with country and coordinates. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Shows the places of the gazetteer a name can mean, the one Dyad prefers first "
                + "(curated capitals and cities, then GeoNames cities by population).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:found", "1:no place of that name"})
final class PlacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A place name: \"Munich\", \"Gaza\", \"Washington, D.C.\".")
    String name;

    @picocli.CommandLine.Option(names = "--limit", defaultValue = "10",
            description = "Most places to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Gazetteer gazetteer = Gazetteer.load();
        List<Place> places = gazetteer.candidates(name.strip());
        if (places.isEmpty()) {
            spec.commandLine().getErr().println("no place named '" + name + "'");
            return 1;
        }
        places.stream().limit(limit).forEach(place -> print(out, place));
        if (places.size() > limit) {
            out.printf("... and %d more%n", places.size() - limit);
        }
        return 0;
    }

    private static void print(PrintWriter out, Place place) {
        out.printf("%s (%s)  country %s  lat %.2f  lon %.2f%s%s%n", place.name(),
                place.kind().name().toLowerCase(Locale.ROOT), place.country(), place.lat(), place.lon(),
                place.population() > 0 ? "  population " + place.population() : "",
                place.aliases().isEmpty() ? "" : "  aliases: " + String.join(", ", place.aliases()));
    }
}
