package org.dyad.article;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a .txt file (or of standard input) into one article.
 *
 * <p>The text may start with a header: the word {@code date}, spaces or tabs, and a YYYY-MM-DD day, then either a
 * line break or the article text on the same line. A token after {@code date} only counts as a header if it starts
 * like a date (digits and a hyphen), so an article that merely begins with the word "date" is read as text.
 */
final class TextArticleParser {
    static final String NO_DATE = "no date: add a 'date YYYY-MM-DD' first line or pass --date";
    static final String NO_TEXT = "no text";

    private static final Pattern HEADER = Pattern.compile("\\A\\s*date[ \\t]+(\\d+-\\S*)(?=\\s|\\z)");

    private final LocalDate defaultDate;

    /** @param defaultDate the date of articles without a header, or {@code null} to reject them */
    TextArticleParser(LocalDate defaultDate) {
        this.defaultDate = defaultDate;
    }

    /**
     * @param file    where the text came from, for the result's origin and rejections
     * @param id      the article's id, or {@code null} to derive one from the text
     * @param decoded the whole decoded input
     */
    ReadResult parse(String file, String id, String decoded) {
        String whole = LineEndings.toLf(StrictUtf8.withoutByteOrderMark(decoded));
        Matcher header = HEADER.matcher(whole);
        Optional<LocalDate> headerDate = Optional.empty();
        String body = whole;
        if (header.find()) {
            String token = header.group(1);
            headerDate = StrictDates.parse(token);
            if (headerDate.isEmpty()) {
                return new ReadResult.Rejected(file, 0, StrictDates.impossible(token));
            }
            body = whole.substring(header.end());
        }
        String text = body.strip();
        if (text.isEmpty()) {
            return new ReadResult.Rejected(file, 0, NO_TEXT);
        }
        LocalDate date = headerDate.orElse(defaultDate);
        if (date == null) {
            return new ReadResult.Rejected(file, 0, NO_DATE);
        }
        String articleId = id == null || id.isBlank() ? ArticleId.ofText(text) : id;
        return new ReadResult.Read(Article.of(articleId, date, text), file);
    }
}
