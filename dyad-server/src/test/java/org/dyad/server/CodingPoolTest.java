package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.coder.Coder;
import org.dyad.nlp.Annotator;
import org.dyad.nlp.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full coding pool answers 503 with Retry-After at once, and the server keeps answering reads meanwhile. */
class CodingPoolTest {
    @TempDir
    Path dir;

    @Test
    void aFullPoolAnswers503WithRetryAfterWhileReadsGoOn() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Annotator held = text -> {
            entered.countDown();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Doc(text, List.of());
        };
        ServerSettings settings = ServerSettings.of(dir.resolve("pool.duckdb").toString(), 0).withCoding(1, 0);
        try (DyadServer server = DyadServer.start(settings, () -> Coder.withAnnotator(held))) {
            Http http = new Http(server.port());
            String body = "{\"date\": \"2024-04-04\", \"text\": \"Xi Jinping called Joe Biden.\"}";
            CompletableFuture<Http.Answer> first = CompletableFuture.supplyAsync(() -> http.post("/api/code", body));
            assertThat(entered.await(120, TimeUnit.SECONDS)).as("the first article reached the coder").isTrue();

            Http.Answer second = http.post("/api/code", body);
            assertThat(second.status()).isEqualTo(503);
            assertThat(second.header("Retry-After")).isEqualTo("5");
            assertThat(second.json().get("error").asText()).contains("busy");
            assertThat(http.get("/api/stats").status()).as("reads go on").isEqualTo(200);

            release.countDown();
            Http.Answer done = first.get(120, TimeUnit.SECONDS);
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.json().get("events")).isEmpty();
            assertThat(http.post("/api/code", body).status()).as("a free pool codes again").isEqualTo(200);
        }
    }
}
