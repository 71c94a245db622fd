package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestNeo4j;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * With spring.neo4j.uri set, the application uses that database, starts none of its own and
 * reads over Bolt; its answers must match the shared service's, which reads in-process (ADR 6).
 */
class ExternalModeIT extends GraphIntegrationTest {

    private static final Pattern OPERATION = Pattern.compile("(?ms)^query (\\w+).*?(?=^query |\\z)");

    @LocalServerPort
    int sharedPort;

    @Test
    void shouldUseTheExternalDatabaseOverBoltAndAnswerExactlyAsInProcessReadsDo() throws Exception {
        try (TestNeo4j external = TestNeo4j.start("external");
             var app = AppRunner.run(external.asExternalDatabase())) {
            assertThat(app.getBeanProvider(EmbeddedNeo4j.class).getIfAvailable()).isNull();
            assertThat(external.count("MATCH (n:Entity {id: 'state:PHL'}) RETURN count(n)")).isEqualTo(1);
            int externalPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            for (Map.Entry<String, String> operation : operations().entrySet()) {
                String overBolt = GraphQlOverHttp.post(externalPort, operation.getValue(), Map.of());
                String inProcess = GraphQlOverHttp.post(sharedPort, operation.getValue(), Map.of());
                assertThat(overBolt).as(operation.getKey()).doesNotContain("\"errors\"").contains("\"data\":{\"")
                        .isEqualTo(inProcess);
            }
        }
    }

    private static Map<String, String> operations() throws IOException {
        String text = new ClassPathResource("graphql-test/read-paths-agree.graphql").getContentAsString(StandardCharsets.UTF_8);
        Map<String, String> operations = new java.util.LinkedHashMap<>();
        Matcher matcher = OPERATION.matcher(text);
        while (matcher.find()) {
            operations.put(matcher.group(1), matcher.group());
        }
        assertThat(operations.keySet()).hasSize(10);
        return operations;
    }

}
