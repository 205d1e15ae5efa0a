package org.dyad.article;

import java.io.IOException;
import java.io.InputStream;

/**
 * The records of one JSONL file, read one line at a time as they are asked for. Blank lines are skipped; a bad
 * line becomes a rejection and reading goes on. The file is closed at its end, on a read error, or by
 * {@link #close()}.
 */
final class JsonlRecords extends LookaheadResults implements RecordStream {
    private final String file;
    private final ByteLineReader lines;
    private final JsonlRecordParser parser;
    private final StrictUtf8 utf8 = new StrictUtf8();
    private final int maxLineBytes;

    JsonlRecords(String file, InputStream in, JsonlRecordParser parser, int maxLineBytes) {
        this.file = file;
        this.lines = new ByteLineReader(in, maxLineBytes);
        this.parser = parser;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    protected ReadResult advance() {
        while (true) {
            try {
                if (!lines.next()) {
                    close();
                    return null;
                }
            } catch (IOException e) {
                close();
                return new ReadResult.Rejected(file, lines.lineNumber() + 1, IoFailures.reason(e));
            }
            long number = lines.lineNumber();
            if (lines.tooLong()) {
                return tooLong(file, number, maxLineBytes);
            }
            ReadResult result = parseLine(file, number, lines.bytes(), lines.length(), utf8, parser);
            if (result != null) {
                return result;
            }
        }
    }

    /**
     * The result of one line's bytes (without its line end), or {@code null} for a blank line, which is no
     * record. Line 1 may start with a byte order mark.
     */
    static ReadResult parseLine(String file, long number, byte[] bytes, int length, StrictUtf8 utf8,
                                JsonlRecordParser parser) {
        StrictUtf8.Decoded decoded = utf8.decode(bytes, length);
        if (decoded instanceof StrictUtf8.Invalid invalid) {
            return new ReadResult.Rejected(file, number, invalid.reason());
        }
        String text = ((StrictUtf8.Text) decoded).text();
        if (number == 1) {
            text = StrictUtf8.withoutByteOrderMark(text);
        }
        return text.isBlank() ? null : parser.parse(file, number, text);
    }

    static ReadResult.Rejected tooLong(String file, long number, int maxLineBytes) {
        return new ReadResult.Rejected(file, number, "line longer than " + maxLineBytes + " bytes");
    }

    /** Stops reading and releases the file; closing twice is harmless and close failures are not news. */
    @Override
    public void close() {
        finish();
        try {
            lines.close();
        } catch (IOException ignored) {
            // the records read so far stand; nothing more will be read from this file
        }
    }
}
