package org.dyad.article;

import java.io.Closeable;
import java.util.Iterator;

/** The results of one open file of many records (JSONL, WARC), read as they are asked for. */
interface RecordStream extends Iterator<ReadResult>, Closeable {
    /** Stops reading and releases the file; closing twice is harmless. */
    @Override
    void close();
}
