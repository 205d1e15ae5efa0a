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
        description = "Shows the places of the gazetteer a name can mean, the one Dyad prefers first.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:found", "1:no place of that name"})
final class PlacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A place name: \"Munich\", \"Gaza\", \"Washington, D.C.\".")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Gazetteer gazetteer = Gazetteer.load();
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Place> places = gazetteer.places().stream()
                .filter(place -> place.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || place.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted)))
                .toList();
        if (places.isEmpty()) {
            spec.commandLine().getErr().println("no place named '" + name + "'");
            return 1;
        }
        Place preferred = gazetteer.find(name.strip()).orElse(places.get(0));
        print(out, preferred);
        places.stream().filter(place -> !place.equals(preferred)).forEach(place -> print(out, place));
        return 0;
    }

    private static void print(PrintWriter out, Place place) {
        out.printf("%s (%s)  country %s  lat %.2f  lon %.2f%s%n", place.name(),
                place.kind().name().toLowerCase(Locale.ROOT), place.country(), place.lat(), place.lon(),
                place.aliases().isEmpty() ? "" : "  aliases: " + String.join(", ", place.aliases()));
    }
}
