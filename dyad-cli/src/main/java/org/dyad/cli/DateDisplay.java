package org.dyad.cli;

import java.time.temporal.IsoFields;
import org.dyad.time.EventDate;

/** An event date written as precisely as it is known: 2024-03-22, 2024-W14, 2023-11, 2018, 2024-01-21/31. */
final class DateDisplay {
    private DateDisplay() {
    }

    static String of(EventDate date) {
        return switch (date.precision()) {
            case DAY -> date.value().toString();
            case WEEK -> String.format("%d-W%02d", date.value().get(IsoFields.WEEK_BASED_YEAR),
                    date.value().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> date.start().toString().substring(0, 7);
            case YEAR -> String.valueOf(date.start().getYear());
            case RANGE -> range(date);
        };
    }

    private static String range(EventDate date) {
        if (date.start().getYear() != date.end().getYear()) {
            return date.start() + "/" + date.end();
        }
        if (date.start().getMonth() == date.end().getMonth()) {
            return date.start() + "/" + String.format("%02d", date.end().getDayOfMonth());
        }
        return date.start() + "/" + date.end().toString().substring(5);
    }
}
