package org.dyad.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.event.Event;
import org.dyad.event.Modality;

/**
 * The one event a sentence is mainly about: an act before a statement about it ("A said B attacked C" is mainly
 * about the attack), then asserted before future, hypothetical and negated events, then the first in reading
 * order (news states its main act first: "X condemned a protest by farmers who stormed a court"), then the
 * surest.
 */
public final class MainEvent {
    private MainEvent() {
    }

    public static Optional<Event> of(List<Event> events) {
        return events.stream().min(Comparator
                .comparing((Event e) -> e.cameo().root().equals("01"))
                .thenComparing(e -> e.modality() == Modality.NEGATED)
                .thenComparing(e -> e.modality() != Modality.ASSERTED)
                .thenComparingInt(Event::triggerBegin)
                .thenComparing(Comparator.comparingDouble(Event::confidence).reversed()));
    }
}
