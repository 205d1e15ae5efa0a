package org.dyad.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the longest date expression starting at a token. */
final class DateGrammar {
    private final CalendarPatterns calendar;
    private final RelativePatterns relative;

    DateGrammar(DateWords words) {
        this.calendar = new CalendarPatterns(words);
        this.relative = new RelativePatterns(words);
    }

    /** The longest expression starting at the token; the first found among equally long ones. */
    Optional<Match> longestAt(Tokens tokens, int index) {
        List<Match> found = new ArrayList<>(calendar.at(tokens, index));
        found.addAll(relative.at(tokens, index));
        return found.stream()
                .map(match -> withCalendarDay(tokens, match))
                .max(Comparator.comparingInt(Match::end));
    }

    /** "Monday, March 25" is one date: the calendar day, named from the weekday on. */
    private Match withCalendarDay(Tokens tokens, Match match) {
        if (!RelativePatterns.isWeekday(match)) {
            return match;
        }
        int dayAt = tokens.isMark(match.end(), ',') ? match.end() + 1 : match.end();
        return calendar.at(tokens, dayAt).stream()
                .filter(day -> day.expression() instanceof DateExpression.CalendarDay)
                .max(Comparator.comparingInt(Match::end))
                .map(day -> new Match(match.first(), day.end(), day.expression()))
                .orElse(match);
    }
}
