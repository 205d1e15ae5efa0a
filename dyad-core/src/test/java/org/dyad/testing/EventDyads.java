package org.dyad.testing;

import org.dyad.event.Event;

/** An event as tests compare it: "SOURCE CODE TARGET", "-" for no target ("IRN 1384 ISR", "NGAGOV 0813 -"). */
public final class EventDyads {
    private EventDyads() {
    }

    public static String of(Event event) {
        return event.source().code() + " " + event.cameo().code() + " "
                + (event.target() == null ? "-" : event.target().code());
    }
}
