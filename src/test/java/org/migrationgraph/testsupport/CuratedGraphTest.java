package org.migrationgraph.testsupport;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.migrationgraph.seed.GraphFingerprint;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of the tests that write to the graph. They share one application context of their
 * own, apart from {@link GraphIntegrationTest}'s, so that no read test ever sees a curated edit.
 * Each test writes under ids of its own (see {@link #unique(String)}), so none depends on what
 * another one wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "migration-graph.embedded.bolt-port=0",
        "migration-graph.embedded.config.server.memory.pagecache.size=64m",
        "migration-graph.embedded.config.db.tx_log.preallocate=false",
        "migration-graph.rate-limit.points-per-minute=100000000",
        // No start-up warm-up: WarmUpIT covers it in the read tests' context.
        "migration-graph.warm-up.enabled=false",
        // So every statement is planned on its first request, and on a loaded 2-core machine the
        // first page a browser test opens here passed the 5 s limit once (CurationIT, a console
        // 504). These tests check writes; the time limit is tested in the read tests' context.
        "migration-graph.reads.timeout=30s",
        "migration-graph.security.keys[0].name=test-reader",
        "migration-graph.security.keys[0].hash=" + TestKeys.READER_HASH,
        "migration-graph.security.keys[0].roles=reader",
        "migration-graph.security.keys[1].name=test-editor",
        "migration-graph.security.keys[1].hash=" + TestKeys.EDITOR_HASH,
        "migration-graph.security.keys[1].roles=editor",
        "migration-graph.security.keys[2].name=test-admin",
        "migration-graph.security.keys[2].hash=" + TestKeys.ADMIN_HASH,
        "migration-graph.security.keys[2].roles=admin"})
public abstract class CuratedGraphTest {

    private static final Path CURATED_HOME = TestDirectories.fresh("curated");
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @DynamicPropertySource
    static void curatedDatabase(DynamicPropertyRegistry registry) {
        registry.add("migration-graph.embedded.data-dir", CURATED_HOME::toString);
    }

    /** An id no other test uses: {@code <prefix>:t<n>-<millis>}. */
    protected static String unique(String prefix) {
        return prefix + ":t" + NEXT.incrementAndGet() + "-" + System.nanoTime();
    }

    /** Posts a GraphQL document with the editor's key and returns the parsed answer. */
    protected DocumentContext asEditor(String query) {
        return send(query, TestKeys.EDITOR);
    }

    protected DocumentContext send(String query, String key) {
        try {
            HttpResponse<String> response = GraphQlOverHttp.exchange(port, query,
                    key == null ? Map.of() : Map.of("Authorization", "Bearer " + key));
            return JsonPath.parse(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected String fingerprint() {
        return GraphFingerprint.of(driver);
    }
}
