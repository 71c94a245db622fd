package org.migrationgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The SDL the running service serves is the committed snapshot, line for line, and revalidates with its ETag. */
class SchemaDownloadIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theServedSchemaIsTheSnapshotAndAnUnchangedOneIsAnswered304() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI address = URI.create("http://127.0.0.1:" + port + "/graphql/schema.graphqls");
        HttpResponse<String> schema = http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        Files.createDirectories(java.nio.file.Path.of("target"));
        Files.writeString(java.nio.file.Path.of("target", "served-schema.graphqls"), schema.body());
        assertThat(schema.body()).as("diff target/served-schema.graphqls docs/schema.graphqls")
                .isEqualTo(Files.readString(SchemaContractTest.SNAPSHOT));
        String etag = schema.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(address).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }
}
