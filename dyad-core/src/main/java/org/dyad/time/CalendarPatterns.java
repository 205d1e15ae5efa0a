package org.dyad.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Expressions that name calendar dates: days, months, years, decades and parts of months and years. */
final class CalendarPatterns {
    /** Words after which a capitalised "May" is the month, not the verb. */
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "of", "last", "next",
            "this", "early", "late", "mid", "from", "during", "through");
    /** Words before a number that make it a name or a count, not a year ("Resolution 2728", "some 2000 troops"). */
    private static final Set<String> NOT_YEAR_BEFORE = Set.of("resolution", "resolutions", "no", "nos", "number",
            "article", "flight", "route", "model", "version", "some", "about", "around", "nearly", "almost",
            "roughly", "approximately", "than", "least");
    /** Words after a number that make it a quantity or a clock time ("1945 GMT", "2000 percent"). */
    private static final Set<String> NOT_YEAR_AFTER = Set.of("percent", "per", "gmt", "utc", "hours", "hrs", "h");
    private static final Set<Character> CURRENCY = Set.of('$', '€', '£', '¥', '#');
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    private static final int ANY_LEAP_YEAR = 2000;

    /** A month word and the token after it (past the full stop of an abbreviation). */
    private record MonthWord(int month, int next) {
    }

    private final DateWords words;

    CalendarPatterns(DateWords words) {
        this.words = words;
    }

    /** Every calendar expression that starts at the token. */
    List<Match> at(Tokens tokens, int index) {
        List<Match> found = new ArrayList<>();
        iso(tokens, index).ifPresent(found::add);
        monthFirst(tokens, index, false).ifPresent(found::add);
        dayFirst(tokens, index).ifPresent(found::add);
        shiftedMonth(tokens, index).ifPresent(found::add);
        year(tokens, index).ifPresent(found::add);
        decade(tokens, index).ifPresent(found::add);
        part(tokens, index).ifPresent(found::add);
        return found;
    }

    /** "2024-03-22". */
    private Optional<Match> iso(Tokens tokens, int index) {
        int year = yearNumber(tokens.get(index));
        if (year < 0 || blockedBefore(tokens, index)) {
            return Optional.empty();
        }
        for (int part = 1; part <= 4; part++) {
            if (!tokens.joined(index + part)) {
                return Optional.empty();
            }
        }
        Token month = tokens.get(index + 2);
        Token day = tokens.get(index + 4);
        if (!tokens.isMark(index + 1, '-') || !tokens.isMark(index + 3, '-') || month.text().length() > 2
                || day.text().length() > 2 || tokens.joined(index + 5) && tokens.get(index + 5).isWord()) {
            return Optional.empty();
        }
        return validDay(year, month.number(), day.number())
                .map(date -> new Match(index, index + 5, date));
    }

    /** "March 22, 2024", "March 22", "February 2023", "February", "Jan. 5". */
    private Optional<Match> monthFirst(Tokens tokens, int index, boolean cued) {
        Optional<MonthWord> found = month(tokens, index, cued);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int month = found.get().month();
        int next = found.get().next();
        int day = day(tokens, next);
        if (day > 0) {
            int afterDay = next + 1;
            int yearAt = tokens.isMark(afterDay, ',') ? afterDay + 1 : afterDay;
            int year = year(tokens.get(yearAt), tokens, yearAt);
            if (year > 0) {
                return validDay(year, month, day).map(date -> new Match(index, yearAt + 1, date));
            }
            return validDay(DateExpression.NO_YEAR, month, day).map(date -> new Match(index, afterDay, date));
        }
        int year = year(tokens.get(next), tokens, next);
        if (year > 0) {
            return Optional.of(new Match(index, next + 1, new DateExpression.CalendarMonth(year, month, 0)));
        }
        return Optional.of(new Match(index, next, new DateExpression.CalendarMonth(DateExpression.NO_YEAR, month, 0)));
    }

    /** "22 March 2024", "22nd of March", "5 May". */
    private Optional<Match> dayFirst(Tokens tokens, int index) {
        int day = day(tokens, index);
        if (day < 0) {
            return Optional.empty();
        }
        int monthAt = tokens.get(index).ordinal() > 0 && tokens.isWord(index + 1, "of") ? index + 2 : index + 1;
        Optional<MonthWord> found = month(tokens, monthAt, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int next = found.get().next();
        int yearAt = tokens.isMark(next, ',') ? next + 1 : next;
        int year = year(tokens.get(yearAt), tokens, yearAt);
        if (year > 0) {
            return validDay(year, found.get().month(), day).map(date -> new Match(index, yearAt + 1, date));
        }
        return validDay(DateExpression.NO_YEAR, found.get().month(), day).map(date -> new Match(index, next, date));
    }

    /** "last November", "next May", "this June". */
    private Optional<Match> shiftedMonth(Tokens tokens, int index) {
        return words.find(DateWords.Kind.SHIFT, tokens.lower(index))
                .flatMap(shift -> month(tokens, index + 1, true)
                        .map(month -> new Match(index, month.next(),
                                new DateExpression.CalendarMonth(DateExpression.NO_YEAR, month.month(),
                                        shift.number()))));
    }

    /** "2018". */
    private Optional<Match> year(Tokens tokens, int index) {
        int year = year(tokens.get(index), tokens, index);
        return year > 0 ? Optional.of(new Match(index, index + 1, new DateExpression.CalendarYear(year)))
                : Optional.empty();
    }

    /** "1990s". */
    private Optional<Match> decade(Tokens tokens, int index) {
        String lower = tokens.lower(index);
        if (lower.length() != 5 || !lower.endsWith("0s")) {
            return Optional.empty();
        }
        int year = yearNumber(Token.of(lower.substring(0, 4), 0, true));
        return year > 0 ? Optional.of(new Match(index, index + 1, new DateExpression.Decade(year)))
                : Optional.empty();
    }

    /** "late March", "mid-2023", "end of January", "the end of the year", "early next year". */
    private Optional<Match> part(Tokens tokens, int index) {
        String lower = tokens.lower(index);
        Optional<DateWords.Word> part = words.find(DateWords.Kind.PART, lower);
        int wholeAt = index + 1;
        if (part.isPresent() && tokens.isMark(wholeAt, '-') && tokens.joined(wholeAt) && tokens.joined(wholeAt + 1)) {
            wholeAt++;
        }
        boolean article = false;
        if (part.isEmpty()) {
            part = words.find(DateWords.Kind.PART_OF, lower).filter(p -> tokens.isWord(index + 1, "of"));
            wholeAt = index + 2;
            article = tokens.isWord(wholeAt, "the");
            wholeAt += article ? 1 : 0;
        }
        if (part.isEmpty()) {
            return Optional.empty();
        }
        Section section = part.get().section();
        return whole(tokens, wholeAt, article)
                .map(whole -> new Match(index, whole.end(), new DateExpression.PartOf(section, whole.expression())));
    }

    /** A month, year or the article's month or year, as the whole that "late", "end of" and the like cut. */
    private Optional<Match> whole(Tokens tokens, int index, boolean afterThe) {
        Optional<Match> month = monthFirst(tokens, index, true)
                .filter(match -> match.expression() instanceof DateExpression.CalendarMonth);
        if (month.isPresent()) {
            return month;
        }
        Optional<Match> year = year(tokens, index);
        if (year.isPresent()) {
            return year;
        }
        int unitAt = afterThe ? index : index + 1;
        int shift = afterThe ? 0 : words.find(DateWords.Kind.SHIFT, tokens.lower(index)).map(DateWords.Word::number)
                .orElse(Integer.MIN_VALUE);
        return words.find(DateWords.Kind.UNIT, tokens.lower(unitAt))
                .filter(unit -> shift != Integer.MIN_VALUE && unit.usage() == DateWords.Usage.SINGULAR)
                .map(DateWords.Word::unit)
                .filter(unit -> unit == CalendarUnit.MONTH || unit == CalendarUnit.YEAR)
                .map(unit -> new Match(index, unitAt + 1, new DateExpression.ArticlePeriod(unit, shift)));
    }

    private Optional<MonthWord> month(Tokens tokens, int index, boolean cued) {
        Token token = tokens.get(index);
        Optional<DateWords.Word> word = words.find(DateWords.Kind.MONTH, token.lower()).filter(w -> tokens.exists(index));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        int next = index + 1;
        boolean stop = tokens.isMark(next, '.') && tokens.joined(next);
        boolean numberFollows = day(tokens, next) > 0 || year(tokens.get(next), tokens, next) > 0;
        boolean fits = switch (word.get().usage()) {
            case ANY -> true;
            case CAPITALISED -> token.isCapitalised();
            case CUED -> token.isCapitalised() && (cued || cuedBefore(tokens, index) || numberFollows);
            case ABBREVIATION -> token.isCapitalised() && (stop || numberFollows);
            case SINGULAR, PLURAL -> false;
        };
        if (!fits) {
            return Optional.empty();
        }
        boolean takeStop = word.get().usage() == DateWords.Usage.ABBREVIATION && stop;
        return Optional.of(new MonthWord(word.get().number(), takeStop ? next + 1 : next));
    }

    private static boolean cuedBefore(Tokens tokens, int index) {
        int before = index - 1;
        if (tokens.isMark(before, '-') && tokens.joined(index)) {
            before--;
        }
        return tokens.exists(before) && MONTH_CUES.contains(tokens.lower(before));
    }

    /** A day of the month ("22", "22nd"), not a clock time, decimal or percentage; else -1. */
    private static int day(Tokens tokens, int index) {
        Token token = tokens.get(index);
        int day = token.isNumber() && token.text().length() <= 2 ? token.number() : token.ordinal();
        if (!tokens.exists(index) || day < 1 || day > 31 || numberGoesOn(tokens, index)) {
            return -1;
        }
        return day;
    }

    /** A year 1900-2099 standing alone as a year, else -1. */
    private static int year(Token token, Tokens tokens, int index) {
        int year = yearNumber(token);
        if (year < 0 || !tokens.exists(index) || blockedBefore(tokens, index) || numberGoesOn(tokens, index)) {
            return -1;
        }
        boolean dashNumber = tokens.isMark(index + 1, '-') && tokens.joined(index + 1) && tokens.joined(index + 2)
                && tokens.get(index + 2).isNumber() && tokens.get(index + 2).text().length() <= 2;
        return dashNumber || NOT_YEAR_AFTER.contains(tokens.lower(index + 1)) ? -1 : year;
    }

    private static int yearNumber(Token token) {
        int number = token.text().length() == 4 ? token.number() : -1;
        return number >= FIRST_YEAR && number <= LAST_YEAR ? number : -1;
    }

    private static boolean blockedBefore(Tokens tokens, int index) {
        int before = index - 1;
        Token previous = tokens.get(before);
        if (tokens.joined(index) && previous.text().length() == 1 && CURRENCY.contains(previous.text().charAt(0))) {
            return true;
        }
        if (tokens.joined(index) && (previous.isMark('.') || previous.isMark(',')) && tokens.joined(before)
                && tokens.get(before - 1).isNumber()) {
            return true;
        }
        if (previous.isMark('.')) {
            before--;
        }
        return tokens.exists(before) && NOT_YEAR_BEFORE.contains(tokens.lower(before));
    }

    /** Whether the number is only the start of a longer one: "10:30", "25%", "1,500", "2.5". */
    private static boolean numberGoesOn(Tokens tokens, int index) {
        int next = index + 1;
        if (!tokens.joined(next)) {
            return false;
        }
        Token after = tokens.get(next);
        if (after.isMark(':') || after.isMark('%')) {
            return true;
        }
        return (after.isMark('.') || after.isMark(',')) && tokens.joined(next + 1) && tokens.get(next + 1).isNumber();
    }

    private static Optional<DateExpression> validDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return Optional.empty();
        }
        int length = YearMonth.of(year == DateExpression.NO_YEAR ? ANY_LEAP_YEAR : year, month).lengthOfMonth();
        return day <= length ? Optional.of(new DateExpression.CalendarDay(year, month, day)) : Optional.empty();
    }
}
