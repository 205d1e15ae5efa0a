package org.dyad.actor;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Checks shared by the records that carry phrases: present, trimmed, not blank, no repeats in one list. */
final class Phrases {
    private Phrases() {
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(what + " '" + value + "' has surrounding spaces");
        }
        return value;
    }

    static List<String> requireList(List<String> values, String what) {
        Objects.requireNonNull(values, what);
        var seen = new HashSet<String>();
        for (String value : values) {
            requireText(value, what);
            if (!seen.add(value)) {
                throw new IllegalArgumentException(what + " repeats '" + value + "'");
            }
        }
        return List.copyOf(values);
    }

    /** A country reference: three upper-case ASCII letters, or {@code null} for none. */
    static String requireCountryCodeOrNull(String code, String what) {
        if (code != null && !isCountryCode(code)) {
            throw new IllegalArgumentException(what + " '" + code + "' is not three upper-case letters");
        }
        return code;
    }

    static boolean isCountryCode(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** An actor code: upper-case ASCII letters and digits, 2 to 12 of them (EU, UNO, USAGOV, CHNMIL). */
    static String requireActorCode(String code, String what) {
        requireText(code, what);
        if (code.length() < 2 || code.length() > 12
                || !code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            throw new IllegalArgumentException(what + " '" + code + "' is not 2-12 upper-case letters or digits");
        }
        return code;
    }
}
