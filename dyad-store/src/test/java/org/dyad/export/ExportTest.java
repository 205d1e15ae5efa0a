package org.dyad.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.dyad.ontology.CameoOntology;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.Reports;
import org.dyad.store.StoreOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format written from a DuckDB store and read back. */
class ExportTest {
    private static final LocalDate VISIT = LocalDate.of(2024, 4, 2);
    private static final LocalDate APRIL_4 = LocalDate.of(2024, 4, 4);
    private static final CameoOntology ONTOLOGY = CameoOntology.load();

    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("export.duckdb").toString(), StoreOptions.defaults());
        store.store(List.of(Reports.visit("reuters-1", "Reuters", VISIT, VISIT),
                Reports.visit("ap-1", "AP", VISIT, APRIL_4)));
        store.store(Reports.generated(0, 20, 2));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void gdeltEventsHaveSixtyOneColumnsInGdeltsOrder() {
        StringWriter out = new StringWriter();
        long count = new GdeltExporter().writeEvents(store, new EventFilter(VISIT, APRIL_4, "CHN", "042", null),
                new PrintWriter(out));
        assertThat(count).isEqualTo(1);
        List<String> columns = GdeltColumns.events();
        assertThat(columns).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
        String[] fields = out.toString().stripTrailing().split("\t", -1);
        assertThat(fields).hasSize(61);
        assertThat(fields[columns.indexOf("SQLDATE")]).isEqualTo("20240402");
        assertThat(fields[columns.indexOf("Actor1Code")]).isEqualTo("USAGOV");
        assertThat(fields[columns.indexOf("Actor1Type1Code")]).isEqualTo("GOV");
        assertThat(fields[columns.indexOf("Actor2CountryCode")]).isEqualTo("CHN");
        assertThat(fields[columns.indexOf("EventCode")]).isEqualTo("042");
        assertThat(fields[columns.indexOf("EventRootCode")]).isEqualTo("04");
        assertThat(fields[columns.indexOf("QuadClass")]).isEqualTo("1");
        assertThat(fields[columns.indexOf("NumMentions")]).isEqualTo("2");
        assertThat(fields[columns.indexOf("NumSources")]).isEqualTo("2");
        assertThat(fields[columns.indexOf("AvgTone")]).isEmpty();
        assertThat(fields[columns.indexOf("ActionGeo_FullName")]).isEqualTo("Beijing");
        assertThat(fields[columns.indexOf("SOURCEURL")]).isEqualTo("https://news.example/reuters-1");
    }

    @Test
    void gdeltMentionsHaveOneLinePerReport() {
        StringWriter out = new StringWriter();
        long count = new GdeltExporter().writeMentions(store, new EventFilter(null, null, null, "042", null),
                new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize((int) count);
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(16));
        assertThat(GdeltColumns.mentions()).hasSize(16).startsWith("GLOBALEVENTID").endsWith("Extras");
        assertThat(lines).anyMatch(line -> line.contains("\tReuters\thttps://news.example/reuters-1\t1\t"));
    }

    @Test
    void jsonlFollowsTheEventRecordWithTheStoresCounts() throws IOException {
        StringWriter out = new StringWriter();
        new JsonlExporter(ONTOLOGY).write(store, new EventFilter(VISIT, VISIT, "USA", "04", null),
                new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(lines.get(0));
        assertThat(event.fieldNames()).toIterable().startsWith("id", "article", "sentence", "evidence", "source",
                "target", "cameo", "root", "quad_class", "goldstein", "plover", "modality", "date", "location",
                "confidence", "rule");
        assertThat(event.get("id").asText()).isEqualTo("reuters-1-0-0");
        assertThat(event.get("article").get("source").asText()).isEqualTo("Reuters");
        assertThat(event.get("source").get("code").asText()).isEqualTo("USAGOV");
        assertThat(event.get("cameo_name").asText()).isEqualTo("Make a visit");
        assertThat(event.get("date").get("value").asText()).isEqualTo("2024-04-02");
        assertThat(event.get("num_mentions").asInt()).isEqualTo(2);
        assertThat(event.get("num_articles").asInt()).isEqualTo(2);
    }

    @Test
    void ploverRecordsUsePloversNames() throws IOException {
        StringWriter out = new StringWriter();
        long count = new PloverExporter(ONTOLOGY).write(store, new EventFilter(null, null, null, "042", null),
                new PrintWriter(out));
        assertThat(count).isEqualTo(out.toString().lines().count()).isPositive();
        JsonNode first = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(first.get("event").asText()).isEqualTo("CONSULT");
        assertThat(first.get("mode").asText()).isEqualTo("visit");
        assertThat(first.get("source").get(0).get("code").asText()).isEqualTo("USA");
        assertThat(first.get("source").get(0).get("sector").asText()).isEqualTo("GOV");
        assertThat(first.get("target").get(0).get("code").asText()).isEqualTo("CHN");
        assertThat(first.has("context")).isTrue();
    }

    @Test
    void parquetAndCsvAreReadBackByDuckDb() throws SQLException, IOException {
        Path parquet = dir.resolve("events.parquet");
        Path csv = dir.resolve("events.csv");
        long exported = new TableExporter().write(store, EventFilter.all(), ExportFormat.PARQUET, parquet);
        new TableExporter().write(store, EventFilter.all(), ExportFormat.CSV, csv);
        assertThat(exported).isEqualTo(store.counts().events());
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rows = duck.createStatement().executeQuery("SELECT count(*), sum(mention_count),"
                     + " min(date_value), count(DISTINCT source_code) FROM '" + parquet + "'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(exported);
            assertThat(rows.getLong(2)).isEqualTo(store.counts().mentions());
            assertThat(rows.getObject(3, LocalDate.class)).isBefore(VISIT);
        }
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("id,source_code,source_country,source_name");
        assertThat(lines).hasSize((int) exported + 1);
    }
}
