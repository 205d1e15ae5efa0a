package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.dedup.DedupKey;
import org.dyad.dedup.EventCluster;
import org.dyad.event.Event;
import org.dyad.place.Location;

/** The rows of the store's tables, every column in the order of migrations/001.sql. */
final class RowValues {
    static final String CODED = "coded";
    static final String FAILED = "failed";
    static final String REJECTED = "rejected";

    private RowValues() {
    }

    static Object[] article(ArticleOutcome outcome, LocalDateTime now) {
        if (outcome instanceof ArticleOutcome.Coded coded) {
            return article(coded.coded().article(), CODED, null, coded.origin(), coded.coded().events().size(), now);
        }
        if (outcome instanceof ArticleOutcome.Failed failed) {
            return article(failed.article(), FAILED, failed.reason(), failed.origin(), 0, now);
        }
        ArticleOutcome.Rejected rejected = (ArticleOutcome.Rejected) outcome;
        return new Object[] {rejected.origin(), REJECTED, rejected.reason(), rejected.origin(), null, null, null,
                null, null, null, 0, now};
    }

    private static Object[] article(Article article, String status, String reason, String origin, int events,
                                    LocalDateTime now) {
        return new Object[] {article.id(), status, reason, origin, article.date(), article.source(), article.url(),
                article.title(), hash(article.text()), article.text().length(), events, now};
    }

    static Object[] event(EventCluster cluster, Event event, LocalDateTime now) {
        Actor source = event.source();
        Actor target = event.target();
        Location place = event.location();
        return new Object[] {cluster.id(), cluster.key().asText(),
                source.code(), source.country(), source.name(), String.join(",", source.sectors()),
                target == null ? null : target.code(), target == null ? null : target.country(),
                target == null ? null : target.name(), target == null ? null : String.join(",", target.sectors()),
                event.cameo().code(), DedupKey.baseCode(event.cameo().code()), event.cameo().root(),
                event.cameo().quadClass(), event.cameo().goldstein(), blankToNull(event.cameo().ploverEvent()),
                blankToNull(event.cameo().ploverMode()), event.modality().label(),
                event.date().value(), event.date().start(), event.date().end(), event.date().precision().label(),
                place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                cluster.confidence(), event.article().id(), event.id(), event.sentence(), now,
                cluster.mentions(), cluster.sources(), cluster.articles()};
    }

    /** One row per sentence that reported the event; the first is its evidence and carries the spans. */
    static List<Object[]> mentions(long eventId, Article article, Event event) {
        List<Object[]> rows = new ArrayList<>();
        for (Event.Mention mention : event.mentions()) {
            boolean primary = mention.sentence() == event.sentence();
            Actor source = primary ? event.source() : null;
            Actor target = primary ? event.target() : null;
            Location place = primary ? event.location() : null;
            rows.add(new Object[] {eventId, article.id(), event.id(), mention.sentence(), primary,
                    primary ? event.evidence() : slice(article.text(), mention.begin(), mention.end()),
                    mention.begin(), mention.end(),
                    source == null ? null : source.text(), source == null ? null : source.begin(),
                    source == null ? null : source.end(),
                    target == null ? null : target.text(), target == null ? null : target.begin(),
                    target == null ? null : target.end(),
                    primary ? event.trigger() : null, primary ? event.triggerBegin() : null,
                    primary ? event.modalityCue() : null,
                    event.date().value(), event.date().text(), event.date().basis().label(),
                    place == null ? null : place.text(), place == null ? null : place.begin(),
                    place == null ? null : place.end(),
                    mention.confidence(), event.confidence(), event.rule()});
        }
        return rows;
    }

    /** The resolved actors of an event, as rows of the actors table keyed by code. */
    static List<Object[]> actors(Event event) {
        List<Object[]> rows = new ArrayList<>();
        for (Actor actor : new Actor[] {event.source(), event.target()}) {
            if (actor != null && actor.code() != null) {
                rows.add(new Object[] {actor.code(), actor.name(), actor.country(), String.join(",", actor.sectors())});
            }
        }
        return rows;
    }

    private static String slice(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || begin > end) {
            return null;
        }
        return text.substring(begin, end);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The first 16 bytes of the SHA-256 of the text, in hex: enough to tell texts apart. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
