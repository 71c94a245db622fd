package org.migrationgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.MigrationGraphApplication;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.list.LastDateDerivation;
import org.migrationgraph.list.SortDateDerivation;
import org.migrationgraph.list.SortNameDerivation;
import org.migrationgraph.relation.RelationKeyDerivation;
import org.migrationgraph.seed.GraphFingerprint;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.Validity;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --generate}, run as a user would, into embedded stores of its own, then read by the
 * service: a new store is written by Neo4j's importer, an existing one transactionally, and both
 * hold the same graph.
 */
class GenerateCommandIT {

    private static final Path HOME = TestDirectories.fresh("generate-command");

    private static Result run(Path home, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--migration-graph.embedded.data-dir=" + home);
        all.add("--migration-graph.embedded.bolt-port=0");
        TestNeo4j.LEAN.forEach((k, v) -> all.add("--migration-graph.embedded.config." + k + "=" + v));
        int code = GenerateCommand.run(MigrationGraphApplication.class, all.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out) {
    }

    private static ConfigurableApplicationContext service(Path home) {
        return AppRunner.run(Map.of("migration-graph.embedded.data-dir", home.toString(), "migration-graph.embedded.bolt-port", "0"));
    }

    @Test
    void shouldImportANewStoreHoldingExactlyWhatTheTransactionalPathWritesAndChangeNothingTheSecondTime() throws Exception {
        // An import that did not finish left its marker and part of a store: the service will not open it.
        Path store = HOME.resolve("data").resolve("databases").resolve("neo4j");
        Files.createDirectories(store);
        Files.writeString(store.resolve("neostore"), "half-written");
        Files.writeString(HOME.resolve(EmbeddedNeo4j.IMPORT_MARKER), "interrupted");
        assertThatThrownBy(() -> service(HOME)).rootCause().hasMessageContaining("left half-written by an import that did not finish");

        Result imported = run(HOME, "--generate=3000", "--generate-seed=5");
        assertThat(imported.code()).as(imported.out()).isZero();
        assertThat(imported.out()).contains("did not finish: removing what it wrote", "Imported 227 documents");
        assertThat(HOME.resolve(EmbeddedNeo4j.IMPORT_MARKER)).doesNotExist();

        Path existing = TestDirectories.fresh("generate-command-transactional");
        EmbeddedNeo4j.start(existing, 0, TestNeo4j.LEAN).close();
        Result written = run(existing, "--generate=3000", "--generate-seed=5");
        assertThat(written.code()).as(written.out()).isZero();
        assertThat(written.out()).containsPattern("Wrote 227 documents: [\\d,]+ entities, [\\d,]+ paragraphs, [\\d,]+ relations")
                .contains("nodes and relationships were new");
        String transactional;
        List<String> transactionalSchema;
        try (var app = service(existing)) {
            transactional = GraphFingerprint.of(app.getBean(Driver.class));
            transactionalSchema = schema(app.getBean(Driver.class));
        }

        String fingerprint;
        try (var app = service(HOME)) {
            Driver driver = app.getBean(Driver.class);
            fingerprint = GraphFingerprint.of(driver);
            assertThat(fingerprint).as("labels, properties (validity and page keys too) and relations as the transactional path wrote them")
                    .isEqualTo(transactional);
            assertThat(schema(driver)).as("the same indexes and constraints, the label and type lookup indexes among them")
                    .isEqualTo(transactionalSchema).contains("LOOKUP NODE [] [] ONLINE", "LOOKUP RELATIONSHIP [] [] ONLINE");
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (d:DerivedProperty) RETURN d.name + ' ' + d.rulesVersion AS d ORDER BY d").list(r -> r.get("d").asString()))
                        .as("recorded by the import, so the first start derived nothing again")
                        .containsExactly(LastDateDerivation.NAME + " " + LastDateDerivation.RULES_VERSION,
                                RelationKeyDerivation.NAME + " " + RelationKeyDerivation.RULES_VERSION,
                                SortDateDerivation.NAME + " " + SortDateDerivation.RULES_VERSION,
                                SortNameDerivation.NAME + " " + SortNameDerivation.RULES_VERSION, "validity " + Validity.RULES_VERSION);
                var counts = session.run("""
                        MATCH (n:Entity) WHERE n.generated = 5
                        RETURN count(n) AS entities, count(CASE WHEN n:Statement AND n.name CONTAINS 'migration' THEN 1 END) AS statements
                        """).single();
                assertThat(counts.get("entities").asLong()).isBetween(2_900L, 3_100L);
                assertThat(counts.get("statements").asLong()).isEqualTo(227L * SyntheticGraph.STATEMENTS);
                // Every generated relation's quote is in the paragraph it cites.
                long uncited = session.run("""
                        MATCH ()-[r]->() WHERE r.generated = 5
                        OPTIONAL MATCH (p:Paragraph {id: r.citedParagraphs[0]})
                        WITH r, p WHERE p IS NULL OR NOT p.text CONTAINS r.citedQuotes[0]
                        RETURN count(r) AS uncited
                        """).single().get("uncited").asLong();
                assertThat(uncited).isZero();
                // The seed is whole, and search finds generated statements through the index.
                assertThat(session.run("MATCH (n:Entity {id: 'state:PHL'}) RETURN n.generated IS NULL AND n.name = 'Philippines' AS seeded")
                        .single().get("seeded").asBoolean()).isTrue();
                assertThat(session.run("CALL db.index.fulltext.queryNodes('entity_search', 'governance', {limit: 5}) YIELD node RETURN count(node) AS hits")
                        .single().get("hits").asLong()).isEqualTo(5L);
            }
        }

        Result again = run(HOME, "--generate=3000", "--generate-seed=5");
        assertThat(again.code()).as(again.out()).isZero();
        assertThat(again.out()).contains("Nothing new: this graph had been generated already.");
        try (var app = service(HOME)) {
            assertThat(GraphFingerprint.of(app.getBean(Driver.class))).as("the same facts, exactly").isEqualTo(fingerprint);
        }
    }

    /** Every index (kind, what it covers, its state) and constraint of a store, names aside: Neo4j names some itself. */
    private static List<String> schema(Driver driver) {
        try (var session = driver.session()) {
            List<String> schema = new java.util.ArrayList<>(session.run("""
                    SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state
                    RETURN type, entityType, coalesce(labelsOrTypes, []) AS covers, coalesce(properties, []) AS keys, state
                    """).list(r -> String.join(" ", r.get("type").asString(), r.get("entityType").asString(),
                    r.get("covers").asList().toString(), r.get("keys").asList().toString(), r.get("state").asString())));
            schema.addAll(session.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties RETURN type, labelsOrTypes, properties")
                    .list(r -> String.join(" ", r.get("type").asString(), r.get("labelsOrTypes").asList().toString(),
                            r.get("properties").asList().toString())));
            return schema.stream().sorted().toList();
        }
    }

    @Test
    void shouldLeaveNoStoreBehindWhenAnImportFails() {
        Path home = TestDirectories.fresh("generate-command-failed-import");
        // Relations to States the store does not hold: the importer refuses them.
        SyntheticGraph graph = new SyntheticGraph(SyntheticGraphTest.ANCHORS, 1);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoreImport.write(home, List.of(), graph, 5, out)).isInstanceOf(RuntimeException.class);
        assertThat(home.resolve("data").resolve("databases").resolve("neo4j")).doesNotExist();
        assertThat(home.resolve(EmbeddedNeo4j.IMPORT_MARKER)).doesNotExist();
        assertThat(StoreImport.canImport(home)).isTrue();
    }

    @Test
    void shouldSayWhatIsWrongWithTheNumbersWithoutStartingAnything() {
        Result words = run(HOME, "--generate=a-million");
        assertThat(words.code()).isEqualTo(2);
        assertThat(words.out()).contains("--generate=a-million", "whole numbers", "--generate=1000000");
        Result zero = run(HOME, "--generate=0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.out()).contains("from 1 to 20,000,000");
    }
}
