package org.dyad.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Expressions that count from the article date or from a date earlier in the text. */
final class RelativePatterns {
    private static final int NO_COUNT = 0;
    private static final int MAX_DIGIT_COUNT = 99;

    /** How many of a unit, over tokens {@code [first, next)}; count 0 when vague ("a few", "several", none). */
    private record Quantity(int count, int next) {
        boolean vague() {
            return count == NO_COUNT;
        }
    }

    private final DateWords words;

    RelativePatterns(DateWords words) {
        this.words = words;
    }

    /** Every relative expression that starts at the token. */
    List<Match> at(Tokens tokens, int index) {
        List<Match> found = new ArrayList<>();
        namedDay(tokens, index).ifPresent(found::add);
        articlePeriod(tokens, index).ifPresent(found::add);
        weekday(tokens, index).ifPresent(found::add);
        offset(tokens, index).ifPresent(found::add);
        followingDay(tokens, index).ifPresent(found::add);
        stretch(tokens, index).ifPresent(found::add);
        return found;
    }

    /** Whether the match is a weekday, which a calendar day may follow ("Monday, March 25"). */
    static boolean isWeekday(Match match) {
        return match.expression() instanceof DateExpression.Weekday;
    }

    /** "today", "yesterday", "tomorrow", "tonight", "last night". */
    private Optional<Match> namedDay(Tokens tokens, int index) {
        if (tokens.isWord(index, "last") && tokens.isWord(index + 1, "night")) {
            return Optional.of(new Match(index, index + 2, new DateExpression.NamedDay(-1)));
        }
        return words.find(DateWords.Kind.DAY, tokens.lower(index)).filter(word -> tokens.exists(index))
                .map(word -> new Match(index, index + 1, new DateExpression.NamedDay(word.number())));
    }

    /** "this week", "last month", "next year". */
    private Optional<Match> articlePeriod(Tokens tokens, int index) {
        return words.find(DateWords.Kind.SHIFT, tokens.lower(index))
                .flatMap(shift -> unit(tokens, index + 1, DateWords.Usage.SINGULAR)
                        .filter(unit -> unit != CalendarUnit.DAY)
                        .map(unit -> new Match(index, index + 2,
                                new DateExpression.ArticlePeriod(unit, shift.number()))));
    }

    /** "Monday", "last Tuesday", "next Friday", "this Friday". */
    private Optional<Match> weekday(Tokens tokens, int index) {
        Optional<DateWords.Word> shift = words.find(DateWords.Kind.SHIFT, tokens.lower(index));
        int dayAt = shift.isPresent() ? index + 1 : index;
        return words.find(DateWords.Kind.WEEKDAY, tokens.lower(dayAt)).filter(day -> tokens.exists(dayAt))
                .map(day -> new Match(index, dayAt + 1, new DateExpression.Weekday(DayOfWeek.of(day.number()),
                        shift.map(DateWords.Word::number).orElse(0), shift.map(s -> s.number() == 0).orElse(false))));
    }

    /** "three days later", "a day earlier", "days later", "two weeks ago", "a week after,". */
    private Optional<Match> offset(Tokens tokens, int index) {
        Quantity quantity = quantity(tokens, index);
        DateWords.Usage number = quantity.count() == 1 ? DateWords.Usage.SINGULAR : DateWords.Usage.PLURAL;
        Optional<CalendarUnit> unit = unit(tokens, quantity.next(), number);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        int directionAt = quantity.next() + 1;
        boolean endsClause = !tokens.wordAt(directionAt + 1);
        int sign;
        DateExpression.Origin origin;
        switch (tokens.lower(directionAt)) {
            case "later", "afterwards", "afterward" -> {
                sign = 1;
                origin = DateExpression.Origin.TEXT;
            }
            case "earlier" -> {
                sign = -1;
                origin = DateExpression.Origin.TEXT;
            }
            case "after" -> {
                sign = endsClause ? 1 : 0;
                origin = DateExpression.Origin.TEXT;
            }
            case "before" -> {
                sign = endsClause ? -1 : 0;
                origin = DateExpression.Origin.TEXT;
            }
            case "ago" -> {
                sign = -1;
                origin = DateExpression.Origin.ARTICLE;
            }
            default -> {
                sign = 0;
                origin = DateExpression.Origin.TEXT;
            }
        }
        if (sign == 0) {
            return Optional.empty();
        }
        int count = quantity.vague() ? sign : sign * quantity.count();
        return Optional.of(new Match(index, directionAt + 1,
                new DateExpression.Offset(unit.get(), count, quantity.vague(), origin)));
    }

    /** "the next day", "the following week", "the previous day", "the same day", "the day before,". */
    private Optional<Match> followingDay(Tokens tokens, int index) {
        if (!tokens.isWord(index, "the")) {
            return Optional.empty();
        }
        String word = tokens.lower(index + 1);
        if (word.equals("day") && !tokens.wordAt(index + 3)) {
            int sign = switch (tokens.lower(index + 2)) {
                case "after" -> 1;
                case "before" -> -1;
                default -> 0;
            };
            return sign == 0 ? Optional.empty() : Optional.of(new Match(index, index + 3,
                    new DateExpression.Offset(CalendarUnit.DAY, sign, false, DateExpression.Origin.TEXT)));
        }
        int sign = switch (word) {
            case "next", "following" -> 1;
            case "previous", "preceding" -> -1;
            case "same" -> 0;
            default -> Integer.MIN_VALUE;
        };
        Optional<CalendarUnit> unit = unit(tokens, index + 2, DateWords.Usage.SINGULAR)
                .filter(u -> u == CalendarUnit.DAY || u == CalendarUnit.WEEK && sign != 0 && !word.equals("next"));
        if (sign == Integer.MIN_VALUE || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Match(index, index + 3,
                new DateExpression.Offset(unit.get(), sign, false, DateExpression.Origin.TEXT)));
    }

    /** "the coming months", "the next two weeks", "the past three days", "the past week". */
    private Optional<Match> stretch(Tokens tokens, int index) {
        int at = tokens.isWord(index, "the") ? index + 1 : index;
        String word = tokens.lower(at);
        boolean ahead = word.equals("coming") || word.equals("upcoming") || word.equals("next");
        boolean past = word.equals("past") || word.equals("last");
        if (!ahead && !past) {
            return Optional.empty();
        }
        Quantity quantity = quantity(tokens, at + 1);
        boolean counted = quantity.next() > at + 1;
        boolean needsCount = word.equals("next") || word.equals("last");
        if (needsCount && !counted || counted && quantity.count() == 1) {
            return Optional.empty();
        }
        Optional<CalendarUnit> plural = unit(tokens, quantity.next(), DateWords.Usage.PLURAL);
        if (plural.isPresent()) {
            return Optional.of(new Match(index, quantity.next() + 1,
                    new DateExpression.Stretch(plural.get(), quantity.count(), ahead)));
        }
        return unit(tokens, at + 1, DateWords.Usage.SINGULAR).filter(unit -> word.equals("past"))
                .map(unit -> new Match(index, at + 2, new DateExpression.Stretch(unit, 1, false)));
    }

    /** A count before a unit: "three", "12", "a", "a few", "several", or nothing at all. */
    private Quantity quantity(Tokens tokens, int index) {
        Token token = tokens.get(index);
        if (words.is(DateWords.Kind.NUMBER, token.lower()) && words.is(DateWords.Kind.VAGUE, tokens.lower(index + 1))) {
            return new Quantity(NO_COUNT, index + 2);
        }
        if (words.is(DateWords.Kind.VAGUE, token.lower())) {
            return new Quantity(NO_COUNT, index + 1);
        }
        Optional<DateWords.Word> word = words.find(DateWords.Kind.NUMBER, token.lower());
        if (word.isPresent() && tokens.exists(index)) {
            return new Quantity(word.get().number(), index + 1);
        }
        int digits = token.isNumber() && token.text().length() <= 2 ? token.number() : -1;
        if (tokens.exists(index) && digits > 0 && digits <= MAX_DIGIT_COUNT) {
            return new Quantity(digits, index + 1);
        }
        return new Quantity(NO_COUNT, index);
    }

    private Optional<CalendarUnit> unit(Tokens tokens, int index, DateWords.Usage number) {
        return words.find(DateWords.Kind.UNIT, tokens.lower(index))
                .filter(word -> tokens.exists(index) && word.usage() == number)
                .map(DateWords.Word::unit);
    }
}
