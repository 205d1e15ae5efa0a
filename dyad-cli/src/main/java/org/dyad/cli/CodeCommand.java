package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.article.ArticleReader;
import org.dyad.article.ReadResult;
import org.dyad.coder.CodedArticle;
import org.dyad.coder.Coder;
import org.dyad.output.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad code}: prints the events of articles as a table or as JSON lines. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes the political events of news articles.",
                "Reads .txt files (an optional first line 'date YYYY-MM-DD'), .jsonl files (one article a line: "
                        + "id, date, title, text, url, source), directories (recursively) and '-' for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one article was coded", "1:nothing could be coded", "2:bad usage"})
final class CodeCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files, directories, or '-' for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that do not give one.")
    LocalDate date;

    @Option(names = "--width", defaultValue = "0",
            description = "Table width in characters (default: $COLUMNS, else 160).")
    int width;

    @Option(names = "--parse-all",
            description = "Run the dependency parser on every sentence, not only on those that can yield an event.")
    boolean parseAll;

    private final Supplier<Coder> coders;
    private final InputStream stdin;

    CodeCommand(Supplier<Coder> coders, InputStream stdin) {
        this.coders = coders;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        Coder coder = null;
        EventJson json = new EventJson();
        EventTable table = new EventTable(tableWidth());
        long started = System.nanoTime();
        try (Stream<ReadResult> results = new ArticleReader(date).read(inputs, stdin)) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                if (result instanceof ReadResult.Rejected rejected) {
                    tally.rejected++;
                    err.println("rejected " + rejected.message());
                    continue;
                }
                ReadResult.Read read = (ReadResult.Read) result;
                tally.read++;
                if (coder == null) {
                    long loading = System.nanoTime();
                    coder = parseAll ? coders.get().parsingEverySentence() : coders.get();
                    tally.loadSeconds = (System.nanoTime() - loading) / 1e9;
                }
                try {
                    CodedArticle coded = coder.code(read.article());
                    tally.coded++;
                    tally.events += coded.events().size();
                    if (format == Format.jsonl) {
                        coded.events().forEach(event -> out.println(json.toJson(event)));
                    } else {
                        table.print(out, coded);
                    }
                } catch (RuntimeException e) {
                    // One article that breaks the coder must not stop the batch; the error names it.
                    tally.failed++;
                    err.println("failed " + read.origin() + ": " + e);
                }
                out.flush();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double coding = seconds - tally.loadSeconds;
        err.printf("dyad code: %d articles read, %d coded, %d rejected, %d failed, %d events; "
                        + "models %.1f s, coding %.1f s (%.2f s per article)%n",
                tally.read, tally.coded, tally.rejected, tally.failed, tally.events, tally.loadSeconds, coding,
                tally.coded == 0 ? 0.0 : coding / tally.coded);
        err.flush();
        return tally.coded > 0 ? 0 : 1;
    }

    private int tableWidth() {
        if (width > 0) {
            return width;
        }
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? 160 : Math.max(80, Integer.parseInt(columns.trim()));
        } catch (NumberFormatException e) {
            return 160;
        }
    }

    private static final class Tally {
        int read;
        int coded;
        int rejected;
        int failed;
        int events;
        double loadSeconds;
    }
}
