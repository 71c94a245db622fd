package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.migrationgraph.security.OwnRequests;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestDirectories;

/**
 * A service locked down every way a deployment can lock it (a key for every read, the safelist,
 * a rate limit smaller than one pass of the warm-up) still warms up: its own requests pass all
 * three, while a client's request with a guessed secret is refused as before.
 */
class LockedDownWarmUpIT {

    @Test
    void shouldRunEveryWarmUpOperationWhereReadsNeedAKeyOnlyTrustedOperationsRunAndTheBudgetIsSmall() throws Exception {
        Map<String, String> settings = Map.of("migration-graph.embedded.data-dir", TestDirectories.fresh("locked-down").toString(),
                "migration-graph.embedded.bolt-port", "0", "migration-graph.warm-up.enabled", "true",
                "migration-graph.security.reads-require-key", "true", "migration-graph.api.safelist", "true",
                "migration-graph.rate-limit.points-per-minute", "10");
        try (var app = AppRunner.run(settings)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            WarmUp.Report report = app.getBean(WarmUp.class).report().get(90, TimeUnit.SECONDS);

            assertThat(report.operations()).hasSameElementsAs(WarmUp.operations(WarmUp.OPERATIONS).keySet());
            assertThat(report.failures()).isEmpty();
            assertThat(GraphQlOverHttp.exchange(port, "{ stats { entities } }", Map.of(OwnRequests.HEADER, "guessed")).statusCode())
                    .as("a guessed secret is no key").isEqualTo(401);
            HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
        }
    }
}
