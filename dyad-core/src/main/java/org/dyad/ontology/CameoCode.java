package org.dyad.ontology;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CAMEO 1.1b3 event code with its Goldstein scale value and its PLOVER (2021) counterpart.
 *
 * <p>PLOVER splits what CAMEO packs into one code: an event category ({@code CONSULT}), a mode saying how
 * it was done ({@code visit}, {@code third-party}) and contexts saying what it was about ({@code diplomatic},
 * {@code military}). Any of the three may be empty where PLOVER gives none, as for the roots 01 and 02.
 *
 * @param code           two to four digits; the first two are the root, 01 to 20
 * @param name           the code's name in CAMEO 1.1b3 numbering
 * @param goldstein      Goldstein scale value in [-10, 10]: negative for conflict, positive for cooperation
 * @param ploverEvent    PLOVER event category in upper case, or empty
 * @param ploverMode     PLOVER mode in lower case, or empty
 * @param ploverContexts PLOVER contexts in lower case, possibly none
 */
public record CameoCode(String code, String name, double goldstein, String ploverEvent, String ploverMode,
                        List<String> ploverContexts) {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern EVENT = Pattern.compile("([A-Z]+)?");
    private static final Pattern MODE = Pattern.compile("([a-z]+([_-][a-z]+)*)?");
    private static final Pattern CONTEXT = Pattern.compile("[a-z]+(_[a-z]+)*");
    private static final int FIRST_ROOT = 1;
    private static final int LAST_ROOT = 20;

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ploverEvent, "ploverEvent");
        Objects.requireNonNull(ploverMode, "ploverMode");
        ploverContexts = List.copyOf(Objects.requireNonNull(ploverContexts, "ploverContexts"));
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < FIRST_ROOT || root > LAST_ROOT) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' has root " + code.substring(0, 2)
                    + " outside 01-20");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("CAMEO code " + code + " has a blank name");
        }
        // The negated form also rejects NaN.
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("CAMEO code " + code + " has Goldstein value " + goldstein
                    + " outside [-10, 10]");
        }
        if (!EVENT.matcher(ploverEvent).matches()) {
            throw new IllegalArgumentException("CAMEO code " + code + " has PLOVER event '" + ploverEvent
                    + "', expected upper-case letters or nothing");
        }
        if (!MODE.matcher(ploverMode).matches()) {
            throw new IllegalArgumentException("CAMEO code " + code + " has PLOVER mode '" + ploverMode
                    + "', expected a lower-case word or nothing");
        }
        for (String context : ploverContexts) {
            if (!CONTEXT.matcher(context).matches()) {
                throw new IllegalArgumentException("CAMEO code " + code + " has PLOVER context '" + context
                        + "', expected a lower-case word");
            }
        }
    }

    /** The two-digit root, such as {@code "04"} for {@code "044"}. */
    public String root() {
        return code.substring(0, 2);
    }

    /** Whether this code is itself one of the twenty roots. */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /**
     * GDELT's QuadClass, from the root alone: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
     * 3 verbal conflict (09-13), 4 material conflict (14-20).
     */
    public int quadClass() {
        return switch (Integer.parseInt(root())) {
            case 1, 2, 3, 4, 5 -> 1;
            case 6, 7, 8 -> 2;
            case 9, 10, 11, 12, 13 -> 3;
            case 14, 15, 16, 17, 18, 19, 20 -> 4;
            default -> throw new IllegalStateException("root " + root() + " escaped validation");
        };
    }

    /** The same code with the given PLOVER event category. */
    CameoCode withPloverEvent(String event) {
        return new CameoCode(code, name, goldstein, event, ploverMode, ploverContexts);
    }
}
