package org.dyad.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/** Turns a date expression into dates, given the article date and what came before it in the text. */
final class DateResolver {
    /**
     * How far ahead of the article's month a bare month still means this year without a future cue: "the
     * inauguration in May" in an April article is the coming May, "the November meeting" the last November.
     */
    private static final int UPCOMING_MONTHS = 2;

    /**
     * What a date expression is resolved against.
     *
     * @param article the article's publication date
     * @param anchor  the end of the last day-exact date mentioned before, else the article date
     * @param future  whether the sentence so far speaks of the future ("will", "scheduled", ...)
     */
    record Context(LocalDate article, LocalDate anchor, boolean future) {
        Context {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(anchor, "anchor");
        }
    }

    /** The dates the expression names, or empty when it names none (a 29 February outside leap years). */
    Optional<EventDate> resolve(DateExpression expression, Context context, String text) {
        return interval(expression, context).map(dated -> new EventDate(dated.value(), dated.interval().start(),
                dated.interval().end(), dated.precision(), text, DateBasis.EXPRESSION));
    }

    /** An interval with the day that stands for it. */
    private record Dated(LocalDate value, Interval interval, DatePrecision precision) {
        /** A period stands for itself at its start, or at the article date when it holds that date. */
        static Dated period(Interval interval, DatePrecision precision, LocalDate article) {
            return new Dated(interval.contains(article) ? article : interval.start(), interval, precision);
        }

        static Dated range(Interval interval) {
            return new Dated(interval.middle(), interval, DatePrecision.RANGE);
        }

        static Dated day(LocalDate day) {
            return new Dated(day, Interval.day(day), DatePrecision.DAY);
        }
    }

    // Java 17 has no pattern switch; DateExpression is sealed, so the chain below covers every kind.
    private Optional<Dated> interval(DateExpression expression, Context context) {
        LocalDate article = context.article();
        if (expression instanceof DateExpression.CalendarDay day) {
            return calendarDay(day, context);
        } else if (expression instanceof DateExpression.CalendarMonth month) {
            return Optional.of(Dated.period(Interval.month(month(month, context)), DatePrecision.MONTH, article));
        } else if (expression instanceof DateExpression.CalendarYear year) {
            return Optional.of(Dated.period(Interval.year(year.year()), DatePrecision.YEAR, article));
        } else if (expression instanceof DateExpression.Decade decade) {
            return Optional.of(Dated.range(new Interval(LocalDate.of(decade.firstYear(), 1, 1),
                    LocalDate.of(decade.firstYear() + 9, 12, 31))));
        } else if (expression instanceof DateExpression.PartOf part) {
            return partOf(part, context);
        } else if (expression instanceof DateExpression.NamedDay day) {
            return Optional.of(Dated.day(article.plusDays(day.offset())));
        } else if (expression instanceof DateExpression.ArticlePeriod period) {
            Interval interval = Interval.around(article.plus(period.shift(), period.unit().chrono()), period.unit());
            return Optional.of(Dated.period(interval, period.unit().precision(), article));
        } else if (expression instanceof DateExpression.Weekday weekday) {
            return Optional.of(Dated.day(weekday(weekday, context)));
        } else if (expression instanceof DateExpression.Offset offset) {
            return Optional.of(offset(offset, context));
        } else if (expression instanceof DateExpression.Stretch stretch) {
            return Optional.of(Dated.range(stretch(stretch, article)));
        }
        throw new IllegalStateException("unknown date expression " + expression);
    }

    private Optional<Dated> calendarDay(DateExpression.CalendarDay day, Context context) {
        int year = day.year() != DateExpression.NO_YEAR ? day.year() : impliedYear(day.month(), context);
        YearMonth month = YearMonth.of(year, day.month());
        return month.isValidDay(day.day()) ? Optional.of(Dated.day(month.atDay(day.day()))) : Optional.empty();
    }

    private Optional<Dated> partOf(DateExpression.PartOf part, Context context) {
        Optional<Dated> whole = interval(part.whole(), context);
        return whole.flatMap(dated -> switch (dated.precision()) {
            case MONTH -> Optional.of(Dated.range(part.section().of(dated.interval(), CalendarUnit.MONTH)));
            case YEAR -> Optional.of(Dated.range(part.section().of(dated.interval(), CalendarUnit.YEAR)));
            case DAY, WEEK, RANGE -> Optional.empty();
        });
    }

    private static YearMonth month(DateExpression.CalendarMonth month, Context context) {
        if (month.year() != DateExpression.NO_YEAR) {
            return YearMonth.of(month.year(), month.month());
        }
        int year = context.article().getYear();
        int articleMonth = context.article().getMonthValue();
        return switch (month.shift()) {
            case -1 -> YearMonth.of(month.month() < articleMonth ? year : year - 1, month.month());
            case 1 -> YearMonth.of(month.month() > articleMonth ? year : year + 1, month.month());
            default -> YearMonth.of(impliedYear(month.month(), context), month.month());
        };
    }

    /**
     * The year of a month named without one: the article's year when the month has come or is near; further
     * ahead, last year's, unless the sentence speaks of the future, when it is the next such month.
     */
    private static int impliedYear(int month, Context context) {
        int year = context.article().getYear();
        int articleMonth = context.article().getMonthValue();
        if (context.future()) {
            return month >= articleMonth ? year : year + 1;
        }
        return month <= articleMonth + UPCOMING_MONTHS ? year : year - 1;
    }

    private static LocalDate weekday(DateExpression.Weekday weekday, Context context) {
        LocalDate article = context.article();
        if (weekday.thisWeek()) {
            return Interval.isoWeek(article).start().with(TemporalAdjusters.nextOrSame(weekday.day()));
        }
        return switch (weekday.shift()) {
            case -1 -> article.with(TemporalAdjusters.previous(weekday.day()));
            case 1 -> article.with(TemporalAdjusters.next(weekday.day()));
            default -> article.with(context.future() ? TemporalAdjusters.nextOrSame(weekday.day())
                    : TemporalAdjusters.previousOrSame(weekday.day()));
        };
    }

    private static Dated offset(DateExpression.Offset offset, Context context) {
        LocalDate origin = offset.origin() == DateExpression.Origin.TEXT ? context.anchor() : context.article();
        CalendarUnit unit = offset.unit();
        if (offset.vague()) {
            return Dated.range(vague(origin, unit, offset.count() > 0));
        }
        LocalDate value = origin.plus(offset.count(), unit.chrono());
        return new Dated(value, Interval.around(value, unit), unit.precision());
    }

    /** "days later" is one to seven days on; "weeks later" two to eight weeks; months and years two to twelve. */
    private static Interval vague(LocalDate origin, CalendarUnit unit, boolean ahead) {
        int least = unit == CalendarUnit.DAY ? 1 : 2;
        int most = switch (unit) {
            case DAY -> 7;
            case WEEK -> 8;
            case MONTH, YEAR -> 12;
        };
        return ahead ? new Interval(origin.plus(least, unit.chrono()), origin.plus(most, unit.chrono()))
                : new Interval(origin.minus(most, unit.chrono()), origin.minus(least, unit.chrono()));
    }

    /** The days after (or before) the article date; "the coming days" are a week, weeks and months three. */
    private static Interval stretch(DateExpression.Stretch stretch, LocalDate article) {
        CalendarUnit unit = stretch.unit();
        int count = stretch.count() > 0 ? stretch.count() : unit == CalendarUnit.DAY ? 7 : 3;
        return stretch.ahead() ? new Interval(article.plusDays(1), article.plus(count, unit.chrono()))
                : new Interval(article.minus(count, unit.chrono()), article.minusDays(1));
    }
}
