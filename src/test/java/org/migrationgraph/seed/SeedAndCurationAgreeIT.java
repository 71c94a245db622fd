package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestKeys;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The loader and the write path make the same graph: a change made in graph-seed/ and the same
 * change made through the API give equal fingerprints, and the graph exported with curated
 * edits loads back into the same content. Reloads whole seeds, so it has a store of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "migration-graph.embedded.bolt-port=0",
        "migration-graph.embedded.config.server.memory.pagecache.size=64m",
        "migration-graph.embedded.config.db.tx_log.preallocate=false",
        "migration-graph.warm-up.enabled=false",
        "migration-graph.rate-limit.enabled=false",
        "migration-graph.security.keys[0].name=test-editor",
        "migration-graph.security.keys[0].hash=" + TestKeys.EDITOR_HASH,
        "migration-graph.security.keys[0].roles=editor"})
class SeedAndCurationAgreeIT {

    private static final Path HOME = TestDirectories.fresh("seed-and-curation");

    private static final String CHANGED_ENTITIES = SeedFixtures.ENTITIES.replace("{id: state:DEU, kind: MemberState, name: Germany, iso3: DEU}",
            "{id: state:DEU, kind: MemberState, name: Germany, iso3: DEU, description: A Member State in western Europe.}");
    private static final String EXTRA = """
            entities:
              - id: org:coordinator
                kind: Organization
                name: The Coordinator
                aliases: [Coordinator]
                since: 2019
                citations: [{document: doc:briefing, paragraph: 3, quote: "The Coordinator acknowledged"}]
            relations:
              - {from: org:coordinator, type: COORDINATES, to: meeting:briefing, role: convenor, citations: [{reference: ref:un-m49, detail: "table 1"}]}
            """;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("migration-graph.embedded.data-dir", HOME::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    SeedService seeds;

    @Autowired
    SeedExporter exporter;

    @Autowired
    Driver driver;

    @Test
    void shouldMakeTheSameGraphFromASeedChangeAndFromTheSameChangeMadeThroughTheApi() {
        seeds.apply(SeedFixtures.seed(Map.of("entities.yaml", CHANGED_ENTITIES, "extra.yaml", EXTRA)), true);
        String bySeed = GraphFingerprint.of(driver);

        seeds.apply(SeedFixtures.valid(), true);
        assertThat(GraphFingerprint.of(driver)).isNotEqualTo(bySeed);
        DocumentContext batch = edit("""
                mutation { applyChanges(changes: [
                  {updateEntity: {id: "state:DEU", expectedVersion: 1, description: "A Member State in western Europe.", reason: "agree"}},
                  {createEntity: {id: "org:coordinator", kinds: ["Organization"], name: "The Coordinator", aliases: ["Coordinator"],
                    properties: [{key: "since", value: 2019}],
                    citations: [{document: "doc:briefing", paragraph: 3, quote: "The Coordinator acknowledged"}], reason: "agree"}},
                  {createRelation: {from: "org:coordinator", type: "COORDINATES", to: "meeting:briefing",
                    properties: [{key: "role", value: "convenor"}], citations: [{reference: "ref:un-m49", detail: "table 1"}], reason: "agree"}}]) {
                  revision userErrors { field message } } }""");

        assertThat(batch.read("$.data.applyChanges.userErrors", List.class)).isEmpty();
        assertThat(GraphFingerprint.of(driver)).isEqualTo(bySeed);
    }

    @Test
    void shouldKeepCuratedRevisionsWhenTheSeedChangesUnderThem() {
        seeds.apply(SeedFixtures.valid(), true);
        edit("mutation { updateEntity(input: {id: \"state:PHL\", expectedVersion: 1, aliases: [\"Republic of the Philippines\"], reason: \"keep\"}) { revision } }");
        String curated = GraphFingerprint.of(driver);

        SeedReport report = seeds.apply(SeedFixtures.seed(Map.of("entities.yaml", CHANGED_ENTITIES)), false);

        assertThat(report.status()).isEqualTo(SeedReport.Status.KEPT_CURATED);
        assertThat(report.summary()).contains("1 curated revision(s)", "--export-seed");
        assertThat(GraphFingerprint.of(driver)).isEqualTo(curated);
    }

    @Test
    void shouldExportTheCuratedGraphAsASeedThatLoadsBackIntoTheSameContent(@TempDir Path first, @TempDir Path second) throws Exception {
        seeds.apply("file:graph-seed/", true);
        DocumentContext edits = edit("""
                mutation { applyChanges(changes: [
                  {addDocument: {id: "doc:export-test", title: "Export test", date: "2024", documentType: "note", author: "A curator",
                    text: "First line.\\n\\nThe Network on Migration met again.\\n- an item", reason: "export"}},
                  {createEntity: {id: "org:export-test", kinds: ["Organization"], name: "Export Test Body",
                    properties: [{key: "founded", value: "2024"}, {key: "members", value: [1, 2]}, {key: "share", value: 0.5}, {key: "open", value: true}],
                    citations: [{document: "doc:export-test", paragraph: 2, quote: "met again"}], reason: "export"}},
                  {createRelation: {from: "org:export-test", type: "MEMBER_OF", to: "org:iom",
                    citations: [{document: "doc:export-test", paragraph: 3, quote: "an item"}], reason: "export"}},
                  {updateEntity: {id: "org:iom", expectedVersion: 1, aliases: ["IOM", "UN Migration"], reason: "export"}}]) {
                  revision userErrors { field message } } }""");
        assertThat(edits.read("$.data.applyChanges.userErrors", List.class)).isEmpty();
        String curated = GraphFingerprint.of(driver);

        SeedExporter.Exported exported = exporter.export(first);
        SeedService.validated(SeedFiles.read(first.toUri().toString()));
        seeds.apply(first.toUri().toString(), true);

        assertThat(GraphFingerprint.of(driver)).isEqualTo(curated);
        assertThat(exporter.export(second).filesHash()).isEqualTo(exported.filesHash());
        assertThat(first.resolve("curated.yaml")).content().contains("id: org:export-test", "share: 0.5", "founded: '2024'");
        seeds.apply("file:graph-seed/", true);
    }

    private DocumentContext edit(String mutation) {
        try {
            return JsonPath.parse(GraphQlOverHttp.post(port, mutation, Map.of("Authorization", "Bearer " + TestKeys.EDITOR)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
