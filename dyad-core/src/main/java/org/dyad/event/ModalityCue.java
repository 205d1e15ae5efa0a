package org.dyad.event;

import java.util.Objects;

/**
 * The modality of an event and the word that decided it.
 *
 * @param modality the modality
 * @param cue      the deciding word as written ("not", "would", "upcoming"), or {@code null} for asserted events
 *                 and for the future of a date after the article's
 * @param token    token index of the cue in the sentence, or -1
 */
public record ModalityCue(Modality modality, String cue, int token) {
    public ModalityCue {
        Objects.requireNonNull(modality, "modality");
    }

    public static ModalityCue asserted() {
        return new ModalityCue(Modality.ASSERTED, null, -1);
    }
}
