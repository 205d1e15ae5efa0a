package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CAMEO 1.1b3 event codes with Goldstein values and PLOVER categories, read from the resource
 * {@code org/dyad/ontology/cameo.tsv}.
 *
 * <p>A code whose row names no PLOVER event takes the event of its nearest shorter prefix that has one
 * (four digits, then three, then the root); mode and contexts are never inherited, because they describe the
 * specific code. Instances are immutable and safe to share between threads.
 */
public final class CameoOntology {

    private static final String RESOURCE = "cameo.tsv";

    private final Map<String, CameoCode> byCode;
    private final List<CameoCode> codes;

    private CameoOntology(List<CameoCode> rows) {
        Map<String, CameoCode> own = new TreeMap<>();
        rows.forEach(row -> own.put(row.code(), row));
        Map<String, CameoCode> resolved = new TreeMap<>();
        own.values().forEach(row -> resolved.put(row.code(), withInheritedEvent(row, own)));
        this.byCode = Collections.unmodifiableMap(resolved);
        this.codes = List.copyOf(resolved.values());
    }

    /**
     * Reads the ontology from the classpath. Each call reads the file again; callers keep the instance.
     *
     * @throws IllegalStateException naming {@code cameo.tsv} and the line of the first bad row
     */
    public static CameoOntology load() {
        try (InputStream in = CameoOntology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource org/dyad/ontology/" + RESOURCE + " is missing");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/dyad/ontology/" + RESOURCE, e);
        }
    }

    /** Reads an ontology from any table in the resource's format; {@code source} names it in errors. */
    static CameoOntology read(BufferedReader in, String source) {
        return new CameoOntology(new CameoTableReader(source).read(in));
    }

    /** The code, or empty when the ontology has no such code (including for {@code null}). */
    public Optional<CameoCode> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /**
     * The code, which must exist.
     *
     * @throws IllegalArgumentException naming the code when it is unknown
     */
    public CameoCode get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code '" + code + "'"));
    }

    /** Every code in code order, which puts each root before its three- and four-digit codes. */
    public List<CameoCode> codes() {
        return codes;
    }

    private static CameoCode withInheritedEvent(CameoCode row, Map<String, CameoCode> own) {
        if (!row.ploverEvent().isEmpty()) {
            return row;
        }
        for (int length = row.code().length() - 1; length >= 2; length--) {
            CameoCode prefix = own.get(row.code().substring(0, length));
            if (prefix != null && !prefix.ploverEvent().isEmpty()) {
                return row.withPloverEvent(prefix.ploverEvent());
            }
        }
        return row;
    }
}
