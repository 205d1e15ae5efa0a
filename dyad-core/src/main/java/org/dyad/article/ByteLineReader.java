package org.dyad.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so that one badly encoded line can be rejected on its own
 * while the lines after it are still read. Lines end at '\n'; a '\r' before it is dropped. Holds one line at a
 * time and at most {@code maxLineBytes} of it: the rest of a longer line is skipped and the line flagged.
 */
final class ByteLineReader implements Closeable {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int lineLength;
    private boolean tooLong;
    private long lineNumber;

    ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
        lineLength = 0;
        tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (sawAnything) {
                    lineNumber++;
                    dropCarriageReturn();
                }
                return sawAnything;
            }
            sawAnything = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? chunkEnd : newline;
            append(chunkPos, end - chunkPos);
            if (newline >= 0) {
                chunkPos = newline + 1;
                lineNumber++;
                dropCarriageReturn();
                return true;
            }
            chunkPos = chunkEnd;
        }
    }

    /** The current line's bytes; only the first {@link #length()} count. Overwritten by {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLength;
    }

    /** Whether the current line was longer than the limit (then only its start is held). */
    boolean tooLong() {
        return tooLong;
    }

    /** The 1-based number of the current line; after a failed read, of the last line read. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        while (n == 0) {
            n = in.read(chunk);
        }
        chunkPos = 0;
        chunkEnd = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = chunkPos; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) {
        int room = maxLineBytes - lineLength;
        if (count > room) {
            tooLong = true;
        }
        int taken = Math.min(count, room);
        if (taken <= 0) {
            return;
        }
        if (lineLength + taken > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(lineLength + taken, 2L * line.length)));
        }
        System.arraycopy(chunk, from, line, lineLength, taken);
        lineLength += taken;
    }

    private void dropCarriageReturn() {
        if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
    }
}
