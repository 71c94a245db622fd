package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestNeo4j;

/** With spring.neo4j.uri set, the application uses that database and starts none of its own. */
class ExternalModeIT {

    @Test
    void shouldUseTheExternalDatabaseAndStartNoEmbeddedOne() throws Exception {
        try (TestNeo4j external = TestNeo4j.start("external");
             var app = AppRunner.run(Map.of("spring.neo4j.uri", external.boltUri()))) {
            assertThat(app.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            assertThat(external.count("MATCH (n:Entity {id: 'state:PHL'}) RETURN count(n)")).isEqualTo(1);
            String answer = GraphQlOverHttp.post(app, "{ entity(id: \"state:PHL\") { name } }");
            assertThat(answer).isEqualTo("{\"data\":{\"entity\":{\"name\":\"Philippines\"}}}");
        }
    }
}
