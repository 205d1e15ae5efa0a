package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve} and {@code dyad demo} as a user runs them: they start, say where, and answer over HTTP. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err, List<String> answers) {
    }

    /** Runs a serving command whose wait fetches {@code paths} from the running server and returns. */
    private static Run run(List<String> paths, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> answers = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        ServerWait fetch = server -> {
            for (String path : paths) {
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    answers.add(response.statusCode() + " " + response.body());
                } catch (java.io.IOException e) {
                    answers.add("failed " + e);
                }
            }
        };
        var commandLine = Dyad.commandLine(TestCoder::get, InputStream.nullInputStream(), fetch);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString(), answers);
    }

    @Test
    void serveMakesAndPrintsTheTokenOnceAndAnswers() throws Exception {
        String db = dir.resolve("served.duckdb").toString();
        Run first = run(List.of("/api/stats", "/openapi.json"), "serve", "--db", db, "--port", "0");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("dashboard and API at http://127\\.0\\.0\\.1:\\d+/")
                .contains("write token (shown this once");
        String token = Files.readString(dir.resolve("served.duckdb.token")).strip();
        assertThat(first.out()).contains(token);
        assertThat(first.answers().get(0)).startsWith("200 {\"articles\":0");
        assertThat(first.answers().get(1)).startsWith("200 {").contains("\"openapi\"");

        Run second = run(List.of(), "serve", "--db", db, "--port", "0");
        assertThat(second.out()).doesNotContain(token).contains("write token in");
        Run given = run(List.of(), "serve", "--db", db, "--port", "0", "--token", "short");
        assertThat(given.exit()).isEqualTo(2);
        assertThat(given.err()).contains("16 characters");
    }

    @Test
    void demoServesTheExampleArticle() {
        Run demo = run(List.of("/api/relations?a=USA&b=CHN&by=year", "/"), "demo", "--port", "0");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.err()).contains("1 articles").containsPattern("\\d\\d events stored");
        assertThat(demo.out()).contains("example store").contains("write token");
        assertThat(demo.answers().get(0)).startsWith("200 ").contains("\"label\":\"2024\"");
        assertThat(demo.answers().get(1)).startsWith("200 ").contains("<title>Dyad</title>");
    }
}
