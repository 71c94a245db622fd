package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.seed.SeedReport;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.TestDirectories;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

class RestartIT {

    private static long count(ConfigurableApplicationContext app, String cypher) {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void shouldKeepTheDataAcrossARestartAndNotReloadAnUnchangedSeed() {
        Path home = TestDirectories.fresh("restart");
        Map<String, String> settings = Map.of("migration-graph.embedded.data-dir", home.toString(),
                "migration-graph.embedded.bolt-port", "0");
        long nodes;
        long relationships;
        try (var first = AppRunner.run(settings)) {
            assertThat(first.getBean(GraphStartup.class).seedReport().status()).isEqualTo(SeedReport.Status.LOADED);
            assertThat(first.getBean(EmbeddedNeo4j.class).home()).isEqualTo(home);
            nodes = count(first, "MATCH (n) RETURN count(n)");
            relationships = count(first, "MATCH ()-[r]->() RETURN count(r)");
        }
        try (var second = AppRunner.run(settings)) {
            assertThat(second.getBean(GraphStartup.class).seedReport().status()).isEqualTo(SeedReport.Status.UNCHANGED);
            assertThat(count(second, "MATCH (n) RETURN count(n)")).isEqualTo(nodes).isPositive();
            assertThat(count(second, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        }
    }
}
