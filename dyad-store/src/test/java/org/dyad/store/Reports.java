package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.coder.CodedArticle;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoCode;
import org.dyad.place.Location;
import org.dyad.time.DateBasis;
import org.dyad.time.DatePrecision;
import org.dyad.time.EventDate;

/** Hand-built coded articles for store tests: what the coder would give for short news sentences. */
public final class Reports {
    public static final CameoCode VISIT = new CameoCode("042", "Make a visit", 1.9, "CONSULT", "visit", List.of());
    public static final CameoCode CONSULT = new CameoCode("040", "Consult", 1.0, "CONSULT", "", List.of());
    public static final CameoCode SANCTION = new CameoCode("163", "Impose embargo, boycott, or sanctions", -8.0,
            "SANCTION", "", List.of());
    public static final CameoCode ATTACK = new CameoCode("190", "Use conventional military force", -10.0, "ASSAULT",
            "", List.of());
    public static final CameoCode AID = new CameoCode("070", "Provide aid", 7.0, "AID", "", List.of());
    public static final CameoCode CRITICIZE = new CameoCode("111", "Criticize or denounce", -2.0, "DISAPPROVE", "",
            List.of());

    private Reports() {
    }

    public static Actor actor(String code, String country, String name) {
        return new Actor(name, name, code, country, code.length() > 3 && country != null
                ? List.of(code.substring(3)) : List.of(), 0, name.length());
    }

    /** One sentence of an article reporting one event, with its place when {@code placeCountry} is given. */
    public static Event event(String articleId, LocalDate published, String source, int sentence, String sentenceText,
                              Actor from, Actor to, CameoCode cameo, Modality modality, LocalDate day,
                              String placeName, String placeCountry) {
        Article article = new Article(articleId, published, source, "https://news.example/" + articleId, null,
                sentenceText);
        EventDate date = day.equals(published) ? EventDate.ofArticle(day)
                : new EventDate(day, day, day, DatePrecision.DAY, day.toString(), DateBasis.EXPRESSION);
        Location place = placeName == null ? null
                : new Location(placeName, placeCountry, 10.0, 20.0, placeName, 0, placeName.length());
        return new Event(articleId + "-" + sentence + "-0", article, sentence, sentenceText, 0, from, to, cameo,
                modality, null, date, place, 0.8, "test:nsubj-dobj", "visited", 5,
                List.of(new Event.Mention(sentence, 0, sentenceText.length(), 0.8)));
    }

    public static ArticleOutcome coded(String articleId, LocalDate published, String source, Event... events) {
        Article article = new Article(articleId, published, source, "https://news.example/" + articleId, "Title",
                events.length == 0 ? "Nothing happened." : events[0].evidence());
        List<Event> rebased = new ArrayList<>();
        for (Event event : events) {
            rebased.add(new Event(event.id(), article, event.sentence(), event.evidence(), event.evidenceBegin(),
                    event.source(), event.target(), event.cameo(), event.modality(), event.modalityCue(),
                    event.date(), event.location(), event.confidence(), event.rule(), event.trigger(),
                    event.triggerBegin(), event.mentions()));
        }
        return new ArticleOutcome.Coded(new CodedArticle(article, rebased, events.length, 20), articleId + ".txt");
    }

    /** A visit of the US Secretary of State to China on a day, reported in one article. */
    public static ArticleOutcome visit(String articleId, String source, LocalDate day, LocalDate published) {
        String text = "US Secretary of State Antony Blinken visited Beijing on " + day + ".";
        return coded(articleId, published, source, event(articleId, published, source, 0, text,
                actor("USAGOV", "USA", "Antony Blinken"), actor("CHNGOV", "CHN", "China"), VISIT, Modality.ASSERTED,
                day, "Beijing", "CHN"));
    }

    /** Generated articles: each with {@code perArticle} events between a few countries, dated over two years. */
    public static List<ArticleOutcome> generated(int first, int count, int perArticle) {
        String[] countries = {"USA", "CHN", "RUS", "UKR", "IRN", "ISR", "FRA", "DEU", "IND", "BRA"};
        CameoCode[] codes = {VISIT, CONSULT, SANCTION, ATTACK, AID, CRITICIZE};
        LocalDate start = LocalDate.of(2023, 1, 1);
        List<ArticleOutcome> articles = new ArrayList<>();
        for (int a = first; a < first + count; a++) {
            String id = "gen-" + a;
            LocalDate published = start.plusDays(a % 730);
            Event[] events = new Event[perArticle];
            for (int e = 0; e < perArticle; e++) {
                int seed = a * 31 + e * 7;
                String from = countries[seed % countries.length];
                String to = countries[(seed / 3 + 1 + seed % 9) % countries.length];
                if (to.equals(from)) {
                    to = countries[(seed + 1) % countries.length];
                }
                events[e] = event(id, published, "source-" + (a % 50), e, "Sentence " + e + " of " + id + ".",
                        actor(from + "GOV", from, from), actor(to, to, to), codes[seed % codes.length],
                        Modality.ASSERTED, published.minusDays(seed % 5), null, null);
            }
            articles.add(coded(id, published, "source-" + (a % 50), events));
        }
        return articles;
    }
}
