package org.dyad.article;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: its publication date, title and canonical address. The date is the first
 * that parses of, in order: {@code article:published_time} and Open Graph's published time, schema.org's
 * {@code datePublished} (in microdata or in JSON-LD, also inside {@code @graph}), the usual {@code meta name}s
 * (pubdate, publishdate, date, DC.date.issued), and the first {@code <time datetime>}. A date is read as its
 * calendar day as written: "2024-04-04T23:30:00-05:00" is 4 April.
 */
final class PageMetadata {
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=article:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
            "meta[name=DC.date.issued]", "meta[name=dc.date]");
    private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PageMetadata() {
    }

    static Optional<LocalDate> publishedDate(Document page) {
        List<String> candidates = new ArrayList<>();
        for (String selector : DATE_META) {
            page.select(selector).forEach(meta -> candidates.add(meta.attr("content")));
        }
        page.select("[itemprop=datePublished]:not(meta)")
                .forEach(element -> candidates.add(element.hasAttr("datetime") ? element.attr("datetime")
                        : element.hasAttr("content") ? element.attr("content") : element.text()));
        for (Element script : page.select("script[type=application/ld+json]")) {
            jsonLdDates(script.data(), candidates);
        }
        Element time = page.selectFirst("time[pubdate][datetime], time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        return candidates.stream().map(PageMetadata::day).flatMap(Optional::stream).findFirst();
    }

    static Optional<String> title(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return Optional.of(og.attr("content").strip());
        }
        if (!page.title().isBlank()) {
            return Optional.of(page.title().strip());
        }
        Element heading = page.selectFirst("h1");
        return heading == null || heading.text().isBlank() ? Optional.empty() : Optional.of(heading.text().strip());
    }

    static Optional<String> canonicalUrl(Document page) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.absUrl("href").isBlank()) {
            return Optional.of(canonical.absUrl("href"));
        }
        Element og = page.selectFirst("meta[property=og:url][content]");
        return og == null || og.attr("content").isBlank() ? Optional.empty() : Optional.of(og.attr("content").strip());
    }

    private static void jsonLdDates(String json, List<String> found) {
        try {
            collect(JSON.readTree(json), found, 0);
        } catch (JacksonException e) {
            // broken JSON-LD is common on the web; the other sources of a date still count
        }
    }

    private static void collect(JsonNode node, List<String> found, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, found, depth + 1));
        } else if (node.isObject()) {
            JsonNode published = node.get("datePublished");
            if (published != null && published.isTextual()) {
                found.add(published.asText());
            }
            collect(node.get("@graph"), found, depth + 1);
            collect(node.get("mainEntity"), found, depth + 1);
        }
    }

    private static Optional<LocalDate> day(String value) {
        String text = value == null ? "" : value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException notAnInstant) {
            Matcher day = DAY.matcher(text);
            return day.find() ? StrictDates.parse(day.group(1)) : Optional.empty();
        }
    }
}
