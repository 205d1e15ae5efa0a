package org.dyad.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.ReadResults.all;
import static org.dyad.article.ReadResults.only;
import static org.dyad.article.ReadResults.read;
import static org.dyad.article.ReadResults.rejected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News pages as files: main text without boilerplate, the date and title from the metadata, foreign pages skipped. */
class HtmlReadingTest {
    static final String STORY = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
            + "Tuesday to discuss the dispute over the Nile dam. The two leaders said that they had agreed to set up "
            + "a joint committee, which will report to both governments within three months.";
    static final String SECOND = "Egypt, which has long opposed the dam, said it was not consulted about the talks "
            + "and that it would raise the matter with the African Union.";

    @TempDir
    Path dir;

    /** A page as news sites write them: menus, share bar, related links and a cookie notice around the story. */
    static String page(String head, String lang, String story) {
        return page(head, lang, story, SECOND);
    }

    static String page(String head, String lang, String story, String second) {
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">" + head
                + "<title>Ruto and Abiy meet over Nile dam | Example News</title>"
                + "<link rel=\"canonical\" href=\"https://news.example.org/africa/ruto-abiy-nile\">"
                + "<script>var tracking = 'Kenya Ethiopia Egypt';</script><style>p { color: black; }</style></head>"
                + "<body><header><a href=\"/\">Example News</a><nav><ul><li><a href=\"/world\">World</a></li>"
                + "<li><a href=\"/africa\">Africa</a></li></ul></nav></header>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience on our site.</div>"
                + "<main><article><h1>Ruto and Abiy meet over Nile dam</h1>"
                + "<div class=\"share-bar\"><a href=\"#\">Share on social media</a></div>"
                + "<p>" + story + "</p><p>" + second + "</p>"
                + "<ul class=\"links\"><li><a href=\"/a\">Sudan talks stall</a> <a href=\"/b\">Oil prices rise</a></li></ul>"
                + "</article><aside><h2>Most read</h2><p>Ten things to know about the new tax rules.</p></aside></main>"
                + "<footer><p>Copyright Example News. All rights reserved.</p><form><input name=\"q\"></form></footer>"
                + "</body></html>";
    }

    private ReadResult readOne(String name, String html, LocalDate defaultDate) throws IOException {
        Path file = Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
        return only(all(new ArticleReader(defaultDate).read(List.of(file.toString()))));
    }

    @Test
    void mainTextTitleUrlAndDateFromTheArticleMeta() throws IOException {
        String head = "<meta property=\"article:published_time\" content=\"2024-03-19T18:45:00+03:00\">";
        Article article = read(readOne("ruto-abiy.html", page(head, "en", STORY), null)).article();

        assertThat(article.id()).isEqualTo("ruto-abiy");
        assertThat(article.date()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(article.title()).isEqualTo("Ruto and Abiy meet over Nile dam | Example News");
        assertThat(article.url()).isEqualTo("https://news.example.org/africa/ruto-abiy-nile");
        assertThat(article.text()).isEqualTo("Ruto and Abiy meet over Nile dam\n\n" + STORY + "\n\n" + SECOND);
    }

    @Test
    void boilerplateIsDropped() throws IOException {
        String text = read(readOne("page.htm", page("", "en", STORY), LocalDate.of(2024, 3, 20))).article().text();
        assertThat(text).doesNotContain("cookies", "Share on", "World", "Most read", "tax rules", "Copyright",
                "tracking", "Sudan talks stall", "color");
    }

    @Test
    void dateFromJsonLdWhenNoMetaTagGivesOne() throws IOException {
        String head = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-18\"}]}</script>";
        assertThat(read(readOne("ld.html", page(head, "en", STORY), null)).article().date())
                .isEqualTo(LocalDate.of(2024, 3, 18));
    }

    @Test
    void dateFromMicrodataAndFromTimeElements() throws IOException {
        String microdata = page("", "en", STORY).replace("<h1>",
                "<span itemprop=\"datePublished\" content=\"2024-03-17\"></span><h1>");
        assertThat(read(readOne("micro.html", microdata, null)).article().date()).isEqualTo(LocalDate.of(2024, 3, 17));
        String time = page("", "en", STORY).replace("<h1>", "<time datetime=\"2024-03-16T09:00:00Z\">16 March</time><h1>");
        assertThat(read(readOne("time.html", time, null)).article().date()).isEqualTo(LocalDate.of(2024, 3, 16));
    }

    @Test
    void withoutAnyDateTheDefaultDateOrARejection() throws IOException {
        assertThat(read(readOne("a.html", page("", "en", STORY), LocalDate.of(2024, 3, 21))).article().date())
                .isEqualTo(LocalDate.of(2024, 3, 21));
        assertThat(rejected(readOne("b.html", page("", "en", STORY), null)).reason())
                .isEqualTo(HtmlArticleParser.NO_DATE);
    }

    @Test
    void aPageInGermanIsSkippedWithItsReason() throws IOException {
        String german = "Der kenianische Präsident William Ruto hat am Dienstag in Nairobi den äthiopischen "
                + "Ministerpräsidenten Abiy Ahmed getroffen, um über den Streit um den Nil-Staudamm zu sprechen. "
                + "Beide Politiker erklärten, sie hätten sich auf einen gemeinsamen Ausschuss geeinigt, der den "
                + "Regierungen beider Länder innerhalb von drei Monaten berichten soll.";
        String egypt = "Ägypten, das den Staudamm seit langem ablehnt, erklärte, es sei zu den Gesprächen nicht "
                + "konsultiert worden und werde die Angelegenheit bei der Afrikanischen Union ansprechen.";
        ReadResult.Rejected rejected = rejected(readOne("de.html", page("", "de", german, egypt),
                LocalDate.of(2024, 3, 19)));
        assertThat(rejected.reason()).startsWith("not in English").contains("words");
        assertThat(rejected.message()).startsWith(dir.resolve("de.html") + ": not in English");
    }

    @Test
    void aPageWithOnlyLinksHasNoArticle() throws IOException {
        String index = "<html><body><ul><li><a href=\"/1\">Ruto meets Abiy</a></li><li><a href=\"/2\">Egypt protests"
                + "</a></li></ul></body></html>";
        assertThat(rejected(readOne("index.html", index, LocalDate.of(2024, 3, 19))).reason())
                .isEqualTo(HtmlArticleParser.NO_TEXT);
    }

    @Test
    void aDirectoryYieldsItsPagesWithItsOtherArticles() throws IOException {
        Files.writeString(dir.resolve("a.html"), page("", "en", STORY), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "date 2024-03-19\n" + SECOND, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.css"), "p { color: red }", StandardCharsets.UTF_8);
        List<ReadResult> results = all(new ArticleReader(LocalDate.of(2024, 3, 19)).read(List.of(dir.toString())));
        assertThat(results).hasSize(2).allMatch(result -> result instanceof ReadResult.Read);
    }

    @Test
    void theStopwordListLoadsAndHoldsOnlyLowerCaseWords() {
        EnglishCheck check = EnglishCheck.load();
        assertThat(check.whyNotEnglish(STORY + " " + SECOND)).isEmpty();
        assertThat(org.dyad.resource.TsvTable.load(EnglishCheck.class, "english-stopwords.tsv", List.of("word")).rows())
                .hasSizeGreaterThan(50)
                .allSatisfy(row -> assertThat(row.get(0)).matches("[a-z]+"));
    }
}
