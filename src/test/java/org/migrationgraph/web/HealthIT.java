package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health says UP or DOWN per component to anyone, and nothing about paths, disks or versions (audit 4.1). */
class HealthIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void shouldShowComponentStatusButNoDetailsToAnAnonymousCaller() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(body, "$.components.neo4j.status")).isEqualTo("UP");
        assertThat(body).doesNotContain("details", "edition", "version", "path", "total", "free", "bolt");
    }
}
