package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.store.EventFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every store command shares: where the store is, and which events to take. */
final class StoreOptionsMixin {
    @Mixin
    StoreLocationMixin location;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date (inclusive).")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "CODE", description = "Events with this actor code or country.")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "Events whose CAMEO code starts with this.")
    String code;

    @Option(names = "--modality", paramLabel = "MODALITY",
            description = "asserted, negated, hypothetical or future (default: all; gdelt: asserted).")
    String modality;

    EventFilter filter() {
        return new EventFilter(from, to, actor, code, modality);
    }
}
