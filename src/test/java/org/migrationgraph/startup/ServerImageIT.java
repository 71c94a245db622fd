package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same start-up and queries against the official Neo4j server image, for contributors with
 * a Docker engine. Skipped where there is none (as on CI here): JUnit reports the reason.
 */
@Testcontainers(disabledWithoutDocker = true)
class ServerImageIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("migration-graph");

    @Test
    void shouldSeedAndServeFromTheServerImage() throws Exception {
        try (var app = AppRunner.run(Map.of(
                "spring.neo4j.uri", NEO4J.getBoltUrl(),
                "spring.neo4j.authentication.username", "neo4j",
                "spring.neo4j.authentication.password", "migration-graph"))) {
            String answer = GraphQlOverHttp.post(app, "{ search(query: \"Phil\") { edges { node { id } } } }");
            assertThat(answer).contains("state:PHL");
        }
    }
}
