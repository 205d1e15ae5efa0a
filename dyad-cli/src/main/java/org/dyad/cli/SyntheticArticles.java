package org.dyad.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.ArticleOutcome;
import org.dyad.time.EventDate;

/**
 * Generated coded articles for the store benchmark: events among twenty countries with real CAMEO codes, dated
 * over ten years, from fifty sources, seeded so every run stores the same data.
 */
final class SyntheticArticles {
    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "UKR", "IRN", "ISR", "FRA", "DEU", "GBR",
            "IND", "PAK", "JPN", "KOR", "PRK", "TUR", "SYR", "EGY", "SAU", "BRA", "ZAF"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3650;

    private final List<CameoCode> codes;
    private final Random random;

    SyntheticArticles(CameoOntology ontology, long seed) {
        this.codes = ontology.codes().stream().filter(code -> code.code().length() == 3).toList();
        this.random = new Random(seed);
    }

    /** {@code count} articles of {@code perArticle} events each, numbered from {@code first}. */
    List<ArticleOutcome> next(int first, int count, int perArticle) {
        List<ArticleOutcome> articles = new ArrayList<>(count);
        for (int a = first; a < first + count; a++) {
            LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
            String text = "Generated article " + a + ".";
            Article article = new Article("bench-" + a, published, "source-" + random.nextInt(50), null, null, text);
            List<Event> events = new ArrayList<>(perArticle);
            for (int e = 0; e < perArticle; e++) {
                String from = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String to = COUNTRIES[random.nextInt(COUNTRIES.length)];
                LocalDate day = published.minusDays(random.nextInt(7));
                events.add(new Event(article.id() + "-" + e + "-0", article, e, text, 0, actor(from + "GOV", from),
                        actor(to, to), codes.get(random.nextInt(codes.size())), Modality.ASSERTED, null,
                        EventDate.ofArticle(day), null, 0.5 + random.nextInt(40) / 100.0, "bench", "generated", 0,
                        List.of(new Event.Mention(e, 0, text.length(), 0.7))));
            }
            articles.add(new ArticleOutcome.Coded(new CodedArticle(article, events, perArticle, 0), null));
        }
        return articles;
    }

    private static Actor actor(String code, String country) {
        return new Actor(code, code, code, country, code.length() > 3 ? List.of(code.substring(3)) : List.of(), 0, 3);
    }
}
