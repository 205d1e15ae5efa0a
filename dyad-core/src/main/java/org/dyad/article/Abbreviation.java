package org.dyad.article;

/** Keeps quoted input in error messages to one short line, whatever the input holds. */
final class Abbreviation {
    static final int MAX_CHARS = 120;

    private Abbreviation() {
    }

    /** The text on one line (line breaks and tabs shown as spaces), cut to {@value #MAX_CHARS} characters. */
    static String of(String text) {
        String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
        return oneLine.length() <= MAX_CHARS ? oneLine : oneLine.substring(0, MAX_CHARS) + "...";
    }
}
