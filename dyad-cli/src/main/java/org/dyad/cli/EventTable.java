package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.actor.Actor;
import org.dyad.coder.CodedArticle;
import org.dyad.event.Event;

/** Prints events as a fixed-width table, one line each, the evidence cut to fit the width. */
final class EventTable {
    private static final String FORMAT = "%-13s  %-8s  %-42s  %-8s  %-12s  %s";
    private static final int FIXED = 13 + 2 + 8 + 2 + 42 + 2 + 8 + 2 + 12 + 2;
    private static final int MIN_EVIDENCE = 20;

    private final int width;

    EventTable(int width) {
        this.width = width;
    }

    void print(PrintWriter out, CodedArticle coded) {
        out.printf("%s  %s  %d events%n", coded.article().id(), coded.article().date(), coded.events().size());
        out.println(String.format(FORMAT, "date", "source", "CAMEO", "target", "modality", "evidence"));
        for (Event event : coded.events()) {
            String cameo = event.cameo().code() + " " + event.cameo().name();
            out.println(String.format(FORMAT, DateDisplay.of(event.date()), code(event.source()), cut(cameo, 42),
                    code(event.target()), event.modality().label(), window(event, evidenceWidth())));
        }
        out.println();
    }

    private int evidenceWidth() {
        return Math.max(MIN_EVIDENCE, width - FIXED);
    }

    /** The evidence cut to {@code max} characters around the trigger, so the words that matter show. */
    static String window(Event event, int max) {
        String evidence = event.evidence().replaceAll("\\s", " ");
        if (evidence.length() <= max) {
            return evidence;
        }
        int trigger = Math.max(0, event.triggerBegin() - event.evidenceBegin());
        int start = Math.max(0, Math.min(trigger - max / 3, evidence.length() - max + 1));
        String prefix = start > 0 ? "…" : "";
        return prefix + cut(evidence.substring(start + prefix.length()), max - prefix.length());
    }

    private static String code(Actor actor) {
        if (actor == null) {
            return "-";
        }
        return actor.code() != null ? actor.code() : "?" + actor.text();
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
