package org.dyad.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one HTML page into an article: the main text without boilerplate ({@link MainText}), the publication
 * date, title and canonical address from the page's metadata ({@link PageMetadata}). A page without article
 * text or not in English ({@link EnglishCheck}) is rejected with its reason. Safe to share between threads.
 */
final class HtmlArticleParser {
    static final String NO_TEXT = "no article text in the page";
    static final String NO_DATE = "no date: the page gives no publication date; pass --date";

    private final LocalDate defaultDate;
    private final EnglishCheck english;

    /** @param defaultDate the date of pages whose metadata gives none, or {@code null} to reject them */
    HtmlArticleParser(LocalDate defaultDate, EnglishCheck english) {
        this.defaultDate = defaultDate;
        this.english = english;
    }

    /**
     * @param place     where the page is, for rejections: a file, and a record number (0 for a whole file)
     * @param id        the article's id, or {@code null} to derive one from its text
     * @param bytes     the page as served; its charset is taken from the page, else UTF-8
     * @param url       the address the page was fetched from, or {@code null}
     * @param fetchDate the day the page was fetched, used when the page names no date; or {@code null}
     */
    ReadResult parse(Place place, String id, byte[] bytes, String url, LocalDate fetchDate) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
        } catch (IOException | RuntimeException e) {
            return place.rejected("unreadable HTML: " + Abbreviation.of(String.valueOf(e.getMessage())));
        }
        // metadata first: extracting the main text removes the elements it ignores
        Optional<LocalDate> published = PageMetadata.publishedDate(page);
        String title = PageMetadata.title(page).orElse(null);
        String address = PageMetadata.canonicalUrl(page).orElse(url);
        String text = MainText.of(page);
        if (text.isBlank()) {
            return place.rejected(NO_TEXT);
        }
        Optional<String> foreign = english.whyNotEnglish(text);
        if (foreign.isPresent()) {
            return place.rejected(foreign.get());
        }
        LocalDate date = published.orElse(fetchDate != null ? fetchDate : defaultDate);
        if (date == null) {
            return place.rejected(NO_DATE);
        }
        String articleId = id == null || id.isBlank() ? ArticleId.ofText(text) : id;
        return new ReadResult.Read(new Article(articleId, date, null, address, title, text), place.origin());
    }

    /**
     * Where a page was read: a file, and for a WARC file the record's position in it (from 1).
     *
     * @param file   the file as named by the user
     * @param record the record number, or 0 for a page that is the whole file
     */
    record Place(String file, long record) {
        ReadResult.Rejected rejected(String reason) {
            return new ReadResult.Rejected(file, record, reason);
        }

        String origin() {
            return record == 0 ? file : file + ":" + record;
        }
    }
}
