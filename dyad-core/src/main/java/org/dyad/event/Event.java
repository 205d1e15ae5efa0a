package org.dyad.event;

import java.util.List;
import java.util.Objects;
import org.dyad.actor.Actor;
import org.dyad.article.Article;
import org.dyad.ontology.CameoCode;
import org.dyad.place.Location;
import org.dyad.time.EventDate;

/**
 * One political event, the record every output derives from (see the event record in DESIGN.md).
 *
 * @param id          "{article id}-{sentence}-{n}", stable for the same article and coder
 * @param article     the article it was read from
 * @param sentence    index of the sentence of its first mention
 * @param evidence    the sentence as written
 * @param evidenceBegin character offset of the sentence in the article
 * @param source      who acted
 * @param target      who was acted upon, or {@code null}
 * @param cameo       the CAMEO code with its name, Goldstein value and PLOVER category
 * @param modality    asserted, negated, hypothetical or future
 * @param modalityCue the word that decided the modality, or {@code null}
 * @param date        when it happened
 * @param location    where it happened, or {@code null}
 * @param confidence  how likely the record is right, in [0, 1] (see the README)
 * @param rule        the trigger rule and argument pattern that produced it
 * @param trigger     the trigger word as written
 * @param triggerBegin character offset of the trigger word
 * @param mentions    every sentence of the article that reported it, first one first
 */
public record Event(String id, Article article, int sentence, String evidence, int evidenceBegin, Actor source,
                    Actor target, CameoCode cameo, Modality modality, String modalityCue, EventDate date,
                    Location location, double confidence, String rule, String trigger, int triggerBegin,
                    List<Mention> mentions) {
    /** One report of the event in the article. */
    public record Mention(int sentence, int begin, int end, double confidence) {
    }

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(date, "date");
        mentions = List.copyOf(mentions);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /**
     * The same report read again by a rule over the whole sentence ("threatened to attack" read as a threat, an
     * announced act as an intent): another target, code and modality, the rule's name appended to {@link #rule}.
     */
    Event reread(Actor newTarget, CameoCode newCameo, Modality newModality, String newModalityCue, String ruleName) {
        return new Event(id, article, sentence, evidence, evidenceBegin, source, newTarget, newCameo, newModality,
                newModalityCue, date, location, confidence, rule + "+" + ruleName, trigger, triggerBegin, mentions);
    }

    /** The same event with another id and mention list. */
    public Event withMentions(String newId, List<Mention> newMentions) {
        return new Event(newId, article, sentence, evidence, evidenceBegin, source, target, cameo, modality,
                modalityCue, date, location, confidence, rule, trigger, triggerBegin, newMentions);
    }
}
