package org.dyad.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the {@code mentions} table with the article it is in: one sentence that reported an event. Only the
 * primary mention of a coded event (the sentence its evidence comes from) has actor, trigger and place spans.
 */
public record StoredMention(long eventId, String articleId, String codedId, int sentence, boolean primary,
                            String evidence, int evidenceBegin, int evidenceEnd, String sourceText,
                            Integer sourceBegin, Integer sourceEnd, String targetText, Integer targetBegin,
                            Integer targetEnd, String trigger, Integer triggerBegin, String modalityCue,
                            LocalDate dateValue, String dateText, String dateBasis, String locationText,
                            Integer locationBegin, Integer locationEnd, double confidence, double eventConfidence,
                            String rule, LocalDate articleDate, String articleSource, String articleUrl,
                            String articleTitle, Integer articleLength, LocalDateTime ingestedAt) {
}
