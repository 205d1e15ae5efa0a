package org.dyad.actor;

/**
 * The closed set of CAMEO-style sector codes that actor knowledge may name. Files carry them as upper-case
 * strings; this enum is the one place that says which strings are allowed.
 */
enum Sector {
    GOV, MIL, LEG, JUD, OPP, REB, COP, SPY, BUS, MED, CVL, REF, ELI, PTY, NGO, IGO;

    /** Whether {@code code} names a known sector exactly (upper case, no padding). */
    static boolean isKnown(String code) {
        for (Sector sector : values()) {
            if (sector.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Throws unless {@code code} is a known sector; returns it for use in compact constructors. */
    static String require(String code) {
        if (code == null || !isKnown(code)) {
            throw new IllegalArgumentException("unknown sector '" + code + "'");
        }
        return code;
    }
}
