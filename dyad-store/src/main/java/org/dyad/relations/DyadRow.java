package org.dyad.relations;

import java.util.Objects;

/**
 * The events from one actor to another: an edge of the network of actors.
 *
 * @param source         source actor code
 * @param sourceName     a name for it
 * @param target         target actor code
 * @param targetName     a name for it
 * @param events         events counted
 * @param meanGoldstein  their mean Goldstein value
 * @param netCooperation (cooperation − conflict events) / events, from −1 to +1
 */
public record DyadRow(String source, String sourceName, String target, String targetName, long events,
                      double meanGoldstein, double netCooperation) {
    public DyadRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (netCooperation < -1 || netCooperation > 1) {
            throw new IllegalArgumentException("net cooperation out of [-1, 1]: " + netCooperation);
        }
    }
}
