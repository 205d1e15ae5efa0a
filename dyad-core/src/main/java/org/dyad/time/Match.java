package org.dyad.time;

import java.util.Objects;

/** A date expression over tokens {@code [first, end)}. */
record Match(int first, int end, DateExpression expression) {
    Match {
        Objects.requireNonNull(expression, "expression");
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("match over tokens [" + first + ", " + end + ")");
        }
    }
}
