package org.migrationgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.MigrationGraphApplication;
import org.migrationgraph.seed.GraphFingerprint;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.Driver;

/** {@code --generate}, run as a user would, into an embedded store of its own, then read by the service. */
class GenerateCommandIT {

    private static final Path HOME = TestDirectories.fresh("generate-command");

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.util.List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--migration-graph.embedded.data-dir=" + HOME);
        all.add("--migration-graph.embedded.bolt-port=0");
        TestNeo4j.LEAN.forEach((k, v) -> all.add("--migration-graph.embedded.config." + k + "=" + v));
        int code = GenerateCommand.run(MigrationGraphApplication.class, all.toArray(String[]::new), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out) {
    }

    @Test
    void shouldWriteACitedGraphBesideTheSeedAndChangeNothingTheSecondTime() {
        Result first = run("--generate=3000", "--generate-seed=5");
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).containsPattern("Wrote 227 documents: [\\d,]+ entities, [\\d,]+ paragraphs, [\\d,]+ relations")
                .contains("nodes and relationships were new");
        String fingerprint;
        try (var app = AppRunner.run(Map.of("migration-graph.embedded.data-dir", HOME.toString(), "migration-graph.embedded.bolt-port", "0"))) {
            Driver driver = app.getBean(Driver.class);
            fingerprint = GraphFingerprint.of(driver);
            try (var session = driver.session()) {
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
                // The seed is still there, and search finds generated statements through the index.
                assertThat(session.run("MATCH (n:Entity {id: 'state:PHL'}) RETURN n.generated IS NULL AS seeded").single().get("seeded").asBoolean()).isTrue();
                assertThat(session.run("CALL db.index.fulltext.queryNodes('entity_search', 'governance', {limit: 5}) YIELD node RETURN count(node) AS hits")
                        .single().get("hits").asLong()).isEqualTo(5L);
            }
        }

        Result again = run("--generate=3000", "--generate-seed=5");
        assertThat(again.code()).as(again.out()).isZero();
        assertThat(again.out()).contains("Nothing new: this graph had been generated already.");
        try (var app = AppRunner.run(Map.of("migration-graph.embedded.data-dir", HOME.toString(), "migration-graph.embedded.bolt-port", "0"))) {
            assertThat(GraphFingerprint.of(app.getBean(Driver.class))).as("the same facts, exactly").isEqualTo(fingerprint);
        }
    }

    @Test
    void shouldSayWhatIsWrongWithTheNumbersWithoutStartingAnything() {
        Result words = run("--generate=a-million");
        assertThat(words.code()).isEqualTo(2);
        assertThat(words.out()).contains("--generate=a-million", "whole numbers", "--generate=1000000");
        Result zero = run("--generate=0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.out()).contains("from 1 to 20,000,000");
    }
}
