package org.dyad.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.event.Event;
import org.dyad.event.Modality;

/**
 * The one event a sentence is mainly about. A plain statement (010) gives way to any act ("A said B attacked C" is
 * mainly about the attack), but a comment of a particular kind (011 to 019: concern, optimism, a denial, a claim
 * of responsibility, condolences, accord) is what its sentence is about, and any act it mentions is only its
 * context ("condolences for the attack", "concern about the strikes", "denied charges that he ordered the
 * killings", "considering sending aid"). Then asserted before future, hypothetical and negated events, then the
 * first in reading order (news states its main act first: "X condemned a protest by farmers who stormed a
 * court"), then the surest.
 */
public final class MainEvent {
    private MainEvent() {
    }

    public static Optional<Event> of(List<Event> events) {
        return events.stream().min(Comparator
                .comparingInt(MainEvent::rank)
                .thenComparing(e -> e.modality() == Modality.NEGATED)
                .thenComparing(e -> e.modality() != Modality.ASSERTED)
                .thenComparingInt(Event::triggerBegin)
                .thenComparing(Comparator.comparingDouble(Event::confidence).reversed()));
    }

    /** 0 for an asserted comment of a particular kind, 1 for any other act, 2 for a statement. */
    private static int rank(Event event) {
        if (!event.cameo().root().equals("01")) {
            return 1;
        }
        boolean particular = !event.cameo().code().startsWith("010");
        return particular && event.modality() == Modality.ASSERTED ? 0 : 2;
    }
}
