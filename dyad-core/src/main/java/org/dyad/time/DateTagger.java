package org.dyad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds date expressions in English news text and resolves each against the article's date: "this week", "last
 * November", "end of January", "March 22, 2024", "in 2018", "three days later" (counted from the last exact date
 * mentioned before it), "two weeks ago".
 *
 * <p>Immutable and safe to share between threads; building one reads only a small word list.
 */
public final class DateTagger {
    private final DateGrammar grammar;
    private final DateResolver resolver;
    private final FutureCue futureCue;

    /** A tagger with Dyad's English date vocabulary. */
    public DateTagger() {
        DateWords words = DateWords.load();
        this.grammar = new DateGrammar(words);
        this.resolver = new DateResolver();
        this.futureCue = new FutureCue(words);
    }

    /**
     * All date expressions in the text, in order and not overlapping; where expressions overlap, the one starting
     * first wins, and of those the longest. Text that holds no dates, or garbage, gives an empty list.
     *
     * @param text        the article text
     * @param articleDate the article's publication date, which deictic expressions ("yesterday") count from
     * @return the mentions, each with {@code text.substring(begin, end)} equal to its date's text
     * @throws NullPointerException if text or articleDate is null
     */
    public List<DateMention> find(String text, LocalDate articleDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(articleDate, "articleDate");
        Tokens tokens = Tokens.of(text);
        List<DateMention> mentions = new ArrayList<>();
        LocalDate anchor = articleDate;
        int index = 0;
        while (index < tokens.size()) {
            Optional<Match> match = grammar.longestAt(tokens, index);
            if (match.isEmpty()) {
                index++;
                continue;
            }
            int begin = tokens.get(match.get().first()).begin();
            int end = tokens.get(match.get().end() - 1).end();
            var context = new DateResolver.Context(articleDate, anchor, futureCue.before(tokens, index));
            Optional<EventDate> date = resolve(match.get().expression(), context, text.substring(begin, end));
            if (date.isEmpty()) {
                index++;
                continue;
            }
            mentions.add(new DateMention(begin, end, date.get()));
            if (date.get().precision() == DatePrecision.DAY) {
                anchor = date.get().end();
            }
            index = match.get().end();
        }
        return List.copyOf(mentions);
    }

    /** Dates beyond what LocalDate holds (an article dated in the year 999,999,999) name nothing. */
    private Optional<EventDate> resolve(DateExpression expression, DateResolver.Context context, String words) {
        try {
            return resolver.resolve(expression, context, words);
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
