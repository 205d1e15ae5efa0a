package org.dyad.eval;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dyad.event.Modality;

/**
 * One event a gold sentence reports, as an annotator wrote it.
 *
 * @param source    actor code of who acted ("USAGOV", "HMS")
 * @param target    actor code of who was acted upon, or {@code null} when the event has none
 * @param cameo     CAMEO code, two to four digits
 * @param modality  whether the text says it happened
 * @param dateStart first day of the event's date, or {@code null} when the text gives no date
 * @param dateEnd   last day (inclusive), {@code null} exactly when {@code dateStart} is
 */
public record GoldEvent(String source, String target, String cameo, Modality modality, LocalDate dateStart,
                        LocalDate dateEnd) {
    public GoldEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        if (source.isBlank()) {
            throw new IllegalArgumentException("blank source");
        }
        if (target != null && target.isBlank()) {
            throw new IllegalArgumentException("blank target (write null for none)");
        }
        if (!cameo.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' is not two to four digits");
        }
        if ((dateStart == null) != (dateEnd == null)) {
            throw new IllegalArgumentException("a date needs both a start and an end");
        }
        if (dateStart != null && dateStart.isAfter(dateEnd)) {
            throw new IllegalArgumentException("date starts " + dateStart + " after it ends " + dateEnd);
        }
    }

    /** The two-digit CAMEO root. */
    public String root() {
        return cameo.substring(0, 2);
    }

    /** Whether the annotator gave the event a date of its own. */
    public boolean isDated() {
        return dateStart != null;
    }

    /** The target code, empty when the event has no target. */
    public Optional<String> targetCode() {
        return Optional.ofNullable(target);
    }

    @Override
    public String toString() {
        return source + " " + cameo + " " + (target == null ? "-" : target) + " " + modality.label()
                + (dateStart == null ? "" : " " + dateStart + (dateStart.equals(dateEnd) ? "" : "/" + dateEnd));
    }
}
