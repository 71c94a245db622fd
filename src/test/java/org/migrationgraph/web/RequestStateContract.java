package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestDirectories;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a request's state must do on any thread model: its statements are all counted, and they
 * share one time limit. Run on platform threads and, on Java 21+, with
 * {@code spring.threads.virtual.enabled=true}, where Spring runs controller methods on virtual
 * threads rather than the request thread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "migration-graph.embedded.bolt-port=0",
        "migration-graph.embedded.config.server.memory.pagecache.size=32m",
        "migration-graph.embedded.config.db.tx_log.preallocate=false",
        "migration-graph.reads.timeout=5s",
        // No start-up warm-up: its requests would be counted among the test's own.
        "migration-graph.warm-up.enabled=false"})
@Import(RequestStateContract.SlowReads.class)
abstract class RequestStateContract {

    /** Added before every read while a test asks for it: a database that answers slowly. */
    static volatile Duration slowness = Duration.ZERO;
    /** The class of each thread a read ran on (VirtualThread on virtual threads). */
    static final Set<String> readThreads = ConcurrentHashMap.newKeySet();

    /**
     * Four levels, one statement each: nodes, relations, relations, mentionedIn. Each test names
     * its own operation, so that no answer comes from the response cache.
     */
    static final String NESTED = """
            query %s { nodes(ids: ["state:PHL", "state:DEU", "state:MEX"]) { id ... on Entity {
                relations(first: 5) { edges { node { id relations(first: 2) { edges { node { id
                  mentionedIn { id } } } } } } } } } }
            """;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("migration-graph.embedded.data-dir", () -> TestDirectories.fresh("request-state").toString());
    }

    @Test
    void shouldCountEveryStatementOfANestedQuery() throws Exception {
        String body = GraphQlOverHttp.post(port, NESTED.formatted("Counted"), Map.of("X-Query-Stats", "true"));

        assertThat(body).doesNotContain("\"errors\"");
        assertThat((Integer) JsonPath.read(body, "$.extensions.queryStats.cypherStatements")).isEqualTo(4);
    }

    @Test
    void shouldStopTheRequestOnceItsStatementsTogetherUseUpTheTimeLimit() throws Exception {
        // Warm first, so the first request's one-off costs (JIT, planning) do not eat the margins.
        GraphQlOverHttp.post(port, NESTED.formatted("Warm"), Map.of());
        // Each read takes 1.5 s more: three fit in the request's 5 s (by 0.5 s), the fourth starts
        // 1 s too late and finds no time left. With a limit per statement, all four would run.
        slowness = Duration.ofMillis(1500);
        String body;
        try {
            body = GraphQlOverHttp.post(port, NESTED.formatted("Slow"), Map.of("X-Query-Stats", "true"));
        } finally {
            slowness = Duration.ZERO;
        }

        List<String> codes = JsonPath.read(body, "$.errors[*].extensions.code");
        assertThat(codes).as("one TIMEOUT for the whole request, not one per field").containsExactly("TIMEOUT");
        List<List<Object>> paths = JsonPath.read(body, "$.errors[*].path");
        assertThat(paths).allSatisfy(path -> assertThat(path.get(path.size() - 1)).isEqualTo("mentionedIn"));
        assertThat((Integer) JsonPath.read(body, "$.extensions.queryStats.cypherStatements")).isEqualTo(3);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowReads {

        @Bean
        static BeanPostProcessor slowGraphReads() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof GraphReads reads ? new Slow(reads) : bean;
                }
            };
        }
    }

    private record Slow(GraphReads reads) implements GraphReads {
        @Override
        public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
            readThreads.add(Thread.currentThread().getClass().getSimpleName());
            try {
                Thread.sleep(slowness.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return reads.list(cypher, parameters, row);
        }

        @Override
        public void forEach(String cypher, Map<String, Object> parameters, java.time.Duration timeout,
                            java.util.function.Consumer<Row> row) {
            reads.forEach(cypher, parameters, timeout, row);
        }

        @Override
        public GraphReads after(List<Statement> setUp) {
            return setUp.isEmpty() ? this : new Slow(reads.after(setUp));
        }
    }
}
