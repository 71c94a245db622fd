package org.migrationgraph.web;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whatever a client sends, the endpoint answers without a 5xx and without an unexpected
 * exception (which would come back as INTERNAL_ERROR); {@link FuzzRequests} says how an input is
 * sent. {@code JAZZER_FUZZ=1} fuzzes for the duration below and adds what it finds to
 * GraphQlFuzzITInputs/anyRequest (docs/benchmarks.md, "Fuzzing"). It runs only then, in a JVM of
 * its own: Jazzer's agent made that JVM's start take 76 s, so every build replays the same corpus
 * without the agent instead (GraphQlFuzzCorpusIT).
 */
class GraphQlFuzzIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @FuzzTest(maxDuration = "2m")
    void anyRequest(byte[] input) throws Exception {
        // Jazzer's SSRF detector would flag this test's own requests, and the service's Bolt
        // connections to its embedded database; any connection elsewhere is still a finding.
        BugDetectors.allowNetworkConnections((host, port) -> "127.0.0.1".equals(host) || "localhost".equals(host));
        FuzzRequests.assertAnsweredWithoutServerError(port, input);
    }
}
