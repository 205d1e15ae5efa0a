package org.dyad.export;

import java.util.List;
import java.util.Locale;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.event.Event;
import org.dyad.event.Modality;
import org.dyad.ontology.CameoCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.place.Location;
import org.dyad.store.StoredEvent;
import org.dyad.store.StoredMention;
import org.dyad.time.DateBasis;
import org.dyad.time.DatePrecision;
import org.dyad.time.EventDate;

/**
 * The event record of an event as its first article reported it, rebuilt from the store so that the JSONL
 * export is written by the one {@link org.dyad.output.EventJson} writer. The article's text is not stored: the
 * rebuilt article has an empty text, and spans still refer to the original.
 */
final class EventRebuilder {
    private final CameoOntology ontology;

    EventRebuilder(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** The event; {@code mentions} are those of its first article, the primary one among them. */
    Event rebuild(StoredEvent stored, List<StoredMention> mentions) {
        StoredMention primary = mentions.stream().filter(StoredMention::primary).findFirst()
                .orElse(mentions.get(0));
        Article article = new Article(primary.articleId(), primary.articleDate(), primary.articleSource(),
                primary.articleUrl(), primary.articleTitle(), "");
        Actor source = new Actor(orEmpty(primary.sourceText()), stored.sourceName(), stored.sourceCode(),
                stored.sourceCountry(), stored.sourceSectors(), orZero(primary.sourceBegin()),
                orZero(primary.sourceEnd()));
        Actor target = stored.hasTarget() ? new Actor(orEmpty(primary.targetText()), stored.targetName(),
                stored.targetCode(), stored.targetCountry(), stored.targetSectors(), orZero(primary.targetBegin()),
                orZero(primary.targetEnd())) : null;
        EventDate date = new EventDate(stored.dateValue(), stored.dateStart(), stored.dateEnd(),
                DatePrecision.valueOf(stored.datePrecision().toUpperCase(Locale.ROOT)), primary.dateText(),
                DateBasis.valueOf(primary.dateBasis().toUpperCase(Locale.ROOT)));
        Location location = stored.locationName() == null ? null : new Location(stored.locationName(),
                stored.locationCountry(), stored.lat() == null ? 0 : stored.lat(),
                stored.lon() == null ? 0 : stored.lon(), orEmpty(primary.locationText()),
                orZero(primary.locationBegin()), orZero(primary.locationEnd()));
        String trigger = orEmpty(primary.trigger());
        List<Event.Mention> reports = mentions.stream()
                .map(m -> new Event.Mention(m.sentence(), m.evidenceBegin(), m.evidenceEnd(), m.confidence()))
                .toList();
        return new Event(primary.codedId(), article, primary.sentence(), orEmpty(primary.evidence()),
                primary.evidenceBegin(), source, target, cameo(stored),
                Modality.valueOf(stored.modality().toUpperCase(Locale.ROOT)), primary.modalityCue(), date, location,
                primary.eventConfidence(), orEmpty(primary.rule()), trigger, orZero(primary.triggerBegin()), reports);
    }

    /** The ontology's code when it knows it; otherwise one built from what the store kept. */
    private CameoCode cameo(StoredEvent stored) {
        return ontology.find(stored.cameo()).orElseGet(() -> new CameoCode(stored.cameo(), stored.cameo(),
                stored.goldstein(), orEmpty(stored.ploverEvent()), orEmpty(stored.ploverMode()), List.of()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static int orZero(Integer number) {
        return number == null ? 0 : number;
    }
}
