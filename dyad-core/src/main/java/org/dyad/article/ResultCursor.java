package org.dyad.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks the inputs in order and yields their results one at a time: an input is expanded only when reached, a
 * file is opened only when its turn comes, and at most one file is open at once.
 */
final class ResultCursor extends LookaheadResults implements Closeable {
    private final Deque<String> inputs;
    private final Deque<InputItem> items = new ArrayDeque<>();
    private final InputStream stdin;
    private final ArticleReader.FileOpener opener;
    private final InputExpander expander = new InputExpander();
    private final TextArticleParser textParser;
    private final JsonlRecordParser jsonlParser;
    private final StrictUtf8 utf8 = new StrictUtf8();
    private final int maxRecordBytes;
    private final HtmlArticleParser htmlParser;
    private RecordStream openFile;

    ResultCursor(List<String> inputs, InputStream stdin, ArticleReader.FileOpener opener,
                 TextArticleParser textParser, JsonlRecordParser jsonlParser, HtmlArticleParser htmlParser,
                 int maxRecordBytes) {
        this.inputs = new ArrayDeque<>(inputs);
        this.stdin = stdin;
        this.opener = opener;
        this.textParser = textParser;
        this.jsonlParser = jsonlParser;
        this.htmlParser = htmlParser;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Override
    protected ReadResult advance() {
        while (true) {
            if (openFile != null) {
                if (openFile.hasNext()) {
                    return openFile.next();
                }
                openFile = null;
            }
            if (!items.isEmpty()) {
                ReadResult result = open(items.poll());
                if (result != null) {
                    return result;
                }
            } else if (!inputs.isEmpty()) {
                items.addAll(expander.expand(inputs.poll()));
            } else {
                return null;
            }
        }
    }

    /** The item's only result, or {@code null} when it is a file of many records now open for reading. */
    private ReadResult open(InputItem item) {
        if (item instanceof InputItem.Failure failure) {
            return failure.rejection();
        }
        if (item instanceof InputItem.StandardInput) {
            // standard input belongs to the caller: read it, never close it
            return readText(InputItem.StandardInput.NAME, null, stdin);
        }
        InputItem.File file = (InputItem.File) item;
        String name = file.name();
        InputStream in;
        try {
            in = opener.open(file.path());
        } catch (IOException e) {
            return new ReadResult.Rejected(name, 0, IoFailures.reason(e));
        }
        switch (file.format()) {
            case JSONL -> {
                openFile = new JsonlRecords(name, in, jsonlParser, maxRecordBytes);
                return null;
            }
            case WARC -> {
                openFile = new WarcRecords(name, in, htmlParser, maxRecordBytes);
                return null;
            }
            default -> {
                try (in) {
                    String id = file.format().baseName(file.path());
                    return file.format() == InputFormat.HTML ? readHtml(name, id, in) : readText(name, id, in);
                } catch (IOException e) {
                    return new ReadResult.Rejected(name, 0, IoFailures.reason(e));
                }
            }
        }
    }

    private ReadResult readHtml(String name, String id, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxRecordBytes + 1);
        if (bytes.length > maxRecordBytes) {
            return new ReadResult.Rejected(name, 0, "larger than " + maxRecordBytes + " bytes");
        }
        return htmlParser.parse(new HtmlArticleParser.Place(name, 0), id, bytes, null, null);
    }

    private ReadResult readText(String name, String id, InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxRecordBytes + 1);
        } catch (IOException e) {
            return new ReadResult.Rejected(name, 0, IoFailures.reason(e));
        }
        if (bytes.length > maxRecordBytes) {
            return new ReadResult.Rejected(name, 0, "larger than " + maxRecordBytes + " bytes");
        }
        StrictUtf8.Decoded decoded = utf8.decode(bytes, bytes.length);
        if (decoded instanceof StrictUtf8.Invalid invalid) {
            return new ReadResult.Rejected(name, 0, invalid.reason());
        }
        return textParser.parse(name, id, ((StrictUtf8.Text) decoded).text());
    }

    /** Releases the file being read, if any; the results not yet taken are dropped. */
    @Override
    public void close() {
        if (openFile != null) {
            openFile.close();
            openFile = null;
        }
        inputs.clear();
        items.clear();
    }
}
