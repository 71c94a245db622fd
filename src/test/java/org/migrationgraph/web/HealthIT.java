package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.TestKeys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Health says UP or DOWN per component to anyone, and nothing about paths, disks or versions
 * (audit 4.1) except to an admin's key.
 */
class HealthIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private String health(String key) throws Exception {
        return get("/actuator/health", key).body();
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldShowDetailsToAnAdminOnly() throws Exception {
        assertThat(health(TestKeys.EDITOR)).doesNotContain("details");
        String admin = health(TestKeys.ADMIN);
        assertThat((Object) JsonPath.read(admin, "$.components.diskSpace.details.free")).isNotNull();
    }

    @Test
    void shouldShowComponentStatusButNoDetailsToAnAnonymousCaller() throws Exception {
        String body = health(null);

        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(body, "$.components.neo4j.status")).isEqualTo("UP");
        assertThat(body).doesNotContain("details", "edition", "version", "path", "total", "free", "bolt");
    }

    /** The probes a load balancer or Kubernetes follows; the tests start once the warm-up has run. */
    @Test
    void shouldAnswerTheProbesWithReadinessWaitingForTheWarmUp() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        HttpResponse<String> liveness = get("/actuator/health/liveness", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(readiness.body(), "$.components.warmUp.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(readiness.body(), "$.components.readinessState.status")).isEqualTo("UP");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(liveness.body(), "$.status")).isEqualTo("UP");
    }
}
