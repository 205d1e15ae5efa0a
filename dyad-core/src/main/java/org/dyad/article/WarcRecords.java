package org.dyad.article;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles of one WARC file, gzipped or not (as Common Crawl's CC-NEWS ships them), read one record at a
 * time: only the record being read is in memory. Every HTTP response record with status 2xx and an HTML
 * payload becomes an article or a located rejection (the record's position in the file, from 1); request,
 * metadata and warcinfo records, redirects, errors and non-HTML payloads (images, scripts) are passed over
 * silently, since they never were articles. A broken file ends with one rejection at the record that broke.
 */
final class WarcRecords extends LookaheadResults implements RecordStream {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final String file;
    private final InputStream in;
    private final HtmlArticleParser parser;
    private final int maxRecordBytes;
    private WarcReader reader;
    private long number;

    WarcRecords(String file, InputStream in, HtmlArticleParser parser, int maxRecordBytes) {
        this.file = file;
        this.in = in;
        this.parser = parser;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    protected ReadResult advance() {
        while (true) {
            Optional<WarcRecord> record;
            try {
                if (reader == null) {
                    reader = new WarcReader(in);
                }
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                close();
                return new ReadResult.Rejected(file, number + 1, "not a readable WARC record: "
                        + Abbreviation.of(String.valueOf(e.getMessage())));
            }
            if (record.isEmpty()) {
                close();
                return null;
            }
            number++;
            if (record.get() instanceof WarcResponse response) {
                ReadResult result = read(response);
                if (result != null) {
                    return result;
                }
            }
        }
    }

    /** The article of an HTML response, a rejection, or {@code null} for a response that is no page. */
    private ReadResult read(WarcResponse response) {
        HtmlArticleParser.Place place = new HtmlArticleParser.Place(file, number);
        try {
            HttpResponse http = response.http();
            if (http.status() / 100 != 2 || !HTML_TYPES.contains(baseType(http))) {
                return null;
            }
            byte[] body;
            try (InputStream payload = http.bodyDecoded().stream()) {
                body = payload.readNBytes(maxRecordBytes + 1);
            }
            if (body.length > maxRecordBytes) {
                return place.rejected("page larger than " + maxRecordBytes + " bytes");
            }
            LocalDate fetched = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
            return parser.parse(place, null, body, response.target(), fetched);
        } catch (IOException | RuntimeException e) {
            return place.rejected("bad HTTP response: " + Abbreviation.of(String.valueOf(e.getMessage())));
        }
    }

    private static String baseType(HttpResponse http) {
        MediaType type = http.contentType();
        return type == null ? "" : type.base().toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() {
        finish();
        try {
            if (reader != null) {
                reader.close();
            } else {
                in.close();
            }
        } catch (IOException ignored) {
            // the records read so far stand; nothing more will be read from this file
        }
    }
}
