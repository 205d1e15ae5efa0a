package org.dyad.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps one event per (source, target, CAMEO code, date, modality) within an article; later reports of the
 * same event become extra mentions of the first and raise its confidence. Gives each event its id.
 */
public final class ArticleDeduplicator {
    private record Key(String source, String target, String cameo, Object date, Modality modality) {
    }

    public List<Event> merge(List<Event> events) {
        Map<Key, Event> kept = new LinkedHashMap<>();
        for (Event event : events) {
            Key key = new Key(event.source().code(), event.target() == null ? null : event.target().code(),
                    event.cameo().code(), event.date().value(), event.modality());
            kept.merge(key, event, ArticleDeduplicator::absorb);
        }
        List<Event> result = new ArrayList<>(kept.size());
        Map<Integer, Integer> perSentence = new LinkedHashMap<>();
        for (Event event : kept.values()) {
            int n = perSentence.merge(event.sentence(), 1, Integer::sum) - 1;
            result.add(event.withMentions(event.article().id() + "-" + event.sentence() + "-" + n, event.mentions()));
        }
        return List.copyOf(result);
    }

    private static Event absorb(Event first, Event again) {
        List<Event.Mention> mentions = new ArrayList<>(first.mentions());
        for (Event.Mention mention : again.mentions()) {
            boolean sameSentence = mentions.stream().anyMatch(m -> m.sentence() == mention.sentence());
            if (!sameSentence) {
                mentions.add(mention);
            }
        }
        double confidence = mentions.size() == first.mentions().size()
                ? Math.max(first.confidence(), again.confidence())
                : Confidence.combined(first.confidence(), again.confidence());
        Event better = again.confidence() > first.confidence() && Objects.equals(first.sentence(), again.sentence())
                ? again : first;
        return new Event(better.id(), better.article(), better.sentence(), better.evidence(), better.evidenceBegin(),
                better.source(), better.target(), better.cameo(), better.modality(), better.modalityCue(),
                better.date(), better.location() != null ? better.location() : again.location(), confidence,
                better.rule(), better.trigger(), better.triggerBegin(), mentions);
    }
}
