package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API over real HTTP against a real DuckDB store in a temporary folder, with the real coder: the example
 * article goes in through the API, and every read, guard and error is checked on what came out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private static final String NO_SUCH_ORIGIN = "http://attacker.example";

    @TempDir
    static Path dir;

    private DyadServer server;
    private Http http;
    private String token;
    private String example;

    @BeforeAll
    void start() throws IOException {
        String text = Files.readString(Path.of("../examples/2024-04-04-us-china-call.txt"));
        example = "{\"id\": \"us-china-call\", \"date\": \"2024-04-04\", \"title\": \"The call\", \"text\": "
                + Http.quoted(text.replaceFirst("^\\s*date\\s+2024-04-04\\s+", "")) + "}";
        server = DyadServer.start(ServerSettings.of(dir.resolve("api.duckdb").toString(), 0), TestCoder::get);
        http = new Http(server.port());
        token = server.token().value();
        Http.Answer stored = http.post("/api/articles", example, "Authorization", "Bearer " + token);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("status").asText()).isEqualTo("coded");
        assertThat(stored.json().get("new_events").asInt()).isGreaterThan(10);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theTokenIsMadeOnceBesideTheStoreReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("api.duckdb.token");
        assertThat(server.token().created()).isTrue();
        assertThat(server.token().file()).isEqualTo(file);
        assertThat(Files.readString(file).strip()).isEqualTo(token).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        WriteToken again = WriteToken.resolve(null, file);
        assertThat(again.created()).isFalse();
        assertThat(again.value()).isEqualTo(token);
    }

    @Test
    void writesWithoutTheRightTokenAreRefusedAndChangeNothing() {
        long before = events();
        String other = example.replace("us-china-call", "another-call");
        Http.Answer none = http.post("/api/articles", other);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("error").asText()).contains("token");
        assertThat(http.post("/api/articles", other, "Authorization", "Bearer " + "x".repeat(48)).status())
                .isEqualTo(403);
        assertThat(http.post("/api/articles", other, "Authorization", token).status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);
        Http.Answer again = http.post("/api/articles", example, "Authorization", "Bearer " + token);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("already stored");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        String huge = "{\"date\": \"2024-04-04\", \"text\": \"" + "Biden called Xi. ".repeat(70_000) + "\"}";
        assertThat(huge.length()).isGreaterThan((int) ServerSettings.DEFAULT_MAX_BODY);
        long before = events();
        assertThat(refusedAsTooLarge("/api/code", huge)).isTrue();
        assertThat(refusedAsTooLarge("/api/articles", huge, "Authorization", "Bearer " + token)).isTrue();
        assertThat(events()).isEqualTo(before);
        String longText = "{\"date\": \"2024-04-04\", \"text\": \"" + "Xi met Biden. ".repeat(8_000) + "\"}";
        assertThat(http.post("/api/code", longText).status()).isEqualTo(413);
    }

    @Test
    void eventsArePagedFilteredAndShownWithTheirMentions() {
        JsonNode page = http.get("/api/events?limit=5&sort=date&order=asc&evidence=true").json();
        assertThat(page.get("total").asLong()).isEqualTo(events());
        assertThat(page.get("events")).hasSize(5);
        assertThat(page.get("events").get(0).get("date").get("value").asText()).isEqualTo("2018-01-01");
        assertThat(page.get("events").get(0).get("mentions").get(0).get("evidence").asText()).contains("trade war");
        JsonNode call = http.get("/api/events?actor=USA&with=CHN&code=041&modality=asserted").json();
        assertThat(call.get("total").asInt()).isEqualTo(2);
        long id = call.get("events").get(0).get("id").asLong();
        JsonNode one = http.get("/api/events/" + id).json();
        assertThat(one.get("cameo_name").asText()).isEqualTo("Discuss by telephone");
        JsonNode mention = one.get("mentions").get(0);
        assertThat(mention.get("trigger").asText()).isEqualTo("talked");
        assertThat(mention.get("evidence").asText()).contains("Biden").contains("Xi Jingping");
        assertThat(http.get("/api/events/987654").status()).isEqualTo(404);
        JsonNode search = http.get("/api/events?q=tiktok&evidence=true").json();
        assertThat(search.get("events")).allSatisfy(event -> assertThat(event.toString()).contains("TikTok"));
        assertThat(search.get("total").asInt()).isPositive();
    }

    @Test
    void theRelationSeriesCountsTheCallAndFillsTheGaps() {
        JsonNode series = http.get("/api/relations?a=usa&b=CHN&by=month").json();
        JsonNode periods = series.get("periods");
        assertThat(periods.get(0).get("label").asText()).isEqualTo("2018-01");
        assertThat(periods.get(periods.size() - 1).get("label").asText()).isEqualTo("2024-04");
        assertThat(periods.size()).isEqualTo(76);
        JsonNode april = periods.get(periods.size() - 1);
        assertThat(april.get("qc1").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(periods.get(1).get("events").asInt()).isZero();
        assertThat(periods.get(1).get("goldstein").isNull()).isTrue();
        assertThat(http.get("/api/relations?a=USA&b=CHN&by=week").json().get("periods").size()).isGreaterThan(300);
        assertThat(http.get("/api/relations?a=USA").status()).isEqualTo(400);
    }

    @Test
    void rankingsPlacesAndNetworkComeFromTheStore() {
        Http.Answer top = http.get("/api/top/actors?limit=3");
        assertThat(top.json().get("rows")).as(top.body() + http.get("/api/stats").body()).hasSize(3);
        JsonNode actors = top.json().get("rows");
        assertThat(actors.get(0).get("key").asText()).isIn("USAGOV", "CHNGOV");
        assertThat(http.get("/api/top/dyads?actor=RUS").json().get("rows")).isNotEmpty();
        assertThat(http.get("/api/top/people").status()).isEqualTo(404);
        JsonNode places = http.get("/api/places").json().get("places");
        assertThat(places).anySatisfy(place -> assertThat(place.get("name").asText()).isEqualTo("San Francisco"));
        JsonNode edges = http.get("/api/network?modality=asserted").json().get("edges");
        assertThat(edges).anySatisfy(edge -> {
            assertThat(edge.get("source").asText()).isEqualTo("RUS");
            assertThat(edge.get("target").asText()).isEqualTo("UKR");
            assertThat(edge.get("net_cooperation").asDouble()).isEqualTo(-1.0);
        });
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.get("articles").asInt()).isEqualTo(1);
    }

    @Test
    void filterValuesThatTrySqlInjectionReturnNothingUnexpected() {
        long before = events();
        for (String value : List.of("USA'%20OR%20'1'='1", "USA;DROP%20TABLE%20events", "USA--")) {
            Http.Answer answer = http.get("/api/events?actor=" + value);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).contains("actor");
        }
        assertThat(http.get("/api/events?q=%27%20OR%201%3D1%20--").json().get("total").asInt()).isZero();
        JsonNode percent = http.get("/api/events?q=%25&evidence=true").json();
        assertThat(percent.get("total").asInt()).as("'25%' in 'Customs duties of 25%'").isEqualTo(1);
        assertThat(percent.get("events").get(0).get("mentions").get(0).get("evidence").asText()).contains("25%");
        assertThat(http.get("/api/events?q=_").json().get("total").asInt()).as("a literal _").isZero();
        assertThat(http.get("/api/events?sort=date%3B%20DROP%20TABLE%20events").status()).isEqualTo(400);
        assertThat(http.get("/api/events?code=04%27%20OR%201%3D1").status()).isEqualTo(400);
        assertThat(http.get("/api/relations?a=USA&b=CHN%27)%20OR%20(1=1").status()).isEqualTo(400);
        assertThat(http.get("/api/top/actors?limit=1%20UNION%20SELECT%201").status()).isEqualTo(400);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void queryRangesAreBounded() {
        assertThat(http.get("/api/events?limit=100000").status()).isEqualTo(400);
        assertThat(http.get("/api/events?offset=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/events?from=2024-05-01&to=2024-01-01").status()).isEqualTo(400);
        assertThat(http.get("/api/events?from=0001-01-01").status()).isEqualTo(400);
        assertThat(http.get("/api/events?q=" + "a".repeat(300)).status()).isEqualTo(400);
        assertThat(http.get("/api/top/actors?limit=501").status()).isEqualTo(400);
    }

    @Test
    void errorsAreJsonWithAReasonAndNeverAStackTrace() {
        for (Http.Answer answer : List.of(http.get("/api/nothing-here"), http.get("/api/events?from=yesterday"),
                http.get("/api/events/abc"), http.post("/api/code", "{not json"),
                http.post("/api/code", "{\"date\": \"2024-02-30\", \"text\": \"Xi met Biden.\"}"),
                http.post("/api/code", "[1, 2]"), http.post("/api/code", "{\"date\": \"2024-04-04\"}"))) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.json().get("error").asText()).isNotBlank();
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at io.");
        }
    }

    @Test
    void crossOriginRequestsAreRefusedUnlessTheOriginIsAllowed() {
        Http.Answer refused = http.get("/api/stats", "Origin", NO_SUCH_ORIGIN);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(http.post("/api/code", "{}", "Origin", NO_SUCH_ORIGIN).status()).isEqualTo(403);
        assertThat(http.options("/api/articles", "Origin", NO_SUCH_ORIGIN).status()).isEqualTo(403);
        assertThat(http.get("/api/stats", "Origin", "http://127.0.0.1:" + server.port()).status()).isEqualTo(200);

        String allowed = "https://analysts.example.org";
        try (DyadServer open = DyadServer.start(ServerSettings.of(dir.resolve("cors.duckdb").toString(), 0)
                .withAllowedOrigins(List.of(allowed)), TestCoder::get)) {
            Http client = new Http(open.port());
            Http.Answer ok = client.get("/api/stats", "Origin", allowed);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo(allowed);
            Http.Answer preflight = client.options("/api/articles", "Origin", allowed,
                    "Access-Control-Request-Method", "POST");
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
            assertThat(client.get("/api/stats", "Origin", NO_SUCH_ORIGIN).status()).isEqualTo(403);
        }
    }

    @Test
    void theDashboardIsServedWithItsMapAndNothingFromElsewhere() throws IOException {
        Http.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\">").doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
        JsonNode shapes = http.get("/countries-110m.geojson").json();
        assertThat(shapes.get("features").size()).isGreaterThan(170);
        assertThat(http.get("/js/relations.js").body()).doesNotContain("https://").doesNotContain("http://");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheEndpoints() throws IOException {
        JsonNode document = http.get("/openapi.json").json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        Iterator<String> paths = document.get("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            document.get("paths").get(path).fieldNames().forEachRemaining(method ->
                    documented.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path));
        }
        Set<String> served = new HashSet<>();
        server.endpoints().forEach(endpoint -> served.add(endpoint.method() + " " + endpoint.path()));
        assertThat(documented).isEqualTo(served);
        server.endpoints().stream().filter(DyadServer.Endpoint::writes).forEach(endpoint ->
                assertThat(document.get("paths").get(endpoint.path()).get("post").has("security"))
                        .as(endpoint.path()).isTrue());
        try (InputStream in = DyadServer.class.getResourceAsStream("/org/dyad/server/openapi.json")) {
            assertThat(new ObjectMapper().readTree(in)).isEqualTo(document);
        }
    }

    @Test
    void textIsCodedWithoutBeingStored() {
        long before = events();
        Http.Answer coded = http.post("/api/code", "{\"date\": \"2024-05-02\", \"text\": "
                + "\"French President Emmanuel Macron met Chinese President Xi Jinping in Paris on Monday.\"}");
        assertThat(coded.status()).as(coded.body()).isEqualTo(200);
        JsonNode events = coded.json().get("events");
        assertThat(events).anySatisfy(event -> {
            assertThat(event.get("source").get("code").asText()).isEqualTo("FRAGOV");
            assertThat(event.get("target").get("code").asText()).isEqualTo("CHNGOV");
            assertThat(event.get("cameo").asText()).startsWith("04");
        });
        assertThat(coded.json().get("text").asText()).contains("Macron");
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return http.get("/api/stats").json().get("events").asLong();
    }

    /**
     * A body over the limit is refused: with 413 and a JSON reason when the client gets to read the answer, or by
     * the server closing the connection while the client is still sending the rest of the body (which happens
     * when the answer wins the race). Either way the server goes on answering.
     */
    private boolean refusedAsTooLarge(String path, String body, String... headers) {
        boolean refused;
        try {
            Http.Answer answer = http.post(path, body, headers);
            refused = answer.status() == 413 && answer.json().get("error").asText().contains("larger than");
        } catch (java.io.UncheckedIOException closedWhileSending) {
            refused = true;
        }
        return refused && http.get("/api/stats").status() == 200;
    }
}
