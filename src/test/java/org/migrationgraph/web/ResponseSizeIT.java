package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

/** An answer over the size cap (600 kB in the test context) becomes one coded error and no data. */
class ResponseSizeIT extends GraphIntegrationTest {

    private static final String NETWORK = "network { nodes { id name kind description } "
            + "edges { id type source target date role citations { quote } } }";

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerAWholeNetworkUnderTheCap() throws Exception {
        String body = GraphQlOverHttp.post(port, "{ " + NETWORK + " }", Map.of());

        assertThat(body).doesNotContain("errors");
        assertThat((long) body.length()).isGreaterThan(DataSize.ofKilobytes(200).toBytes());
    }

    @Test
    void shouldReplaceAnAnswerOverTheCapWithOneError() throws Exception {
        String body = GraphQlOverHttp.post(port, "{ a: " + NETWORK + " b: " + NETWORK + " c: " + NETWORK + " }", Map.of());

        assertThat((Object) JsonPath.read(body, "$.data")).isNull();
        assertThat((String) JsonPath.read(body, "$.errors[0].extensions.code")).isEqualTo("RESPONSE_TOO_LARGE");
        assertThat((Integer) JsonPath.read(body, "$.errors[0].extensions.maxBytes"))
                .isEqualTo((int) DataSize.parse(MAX_RESPONSE_SIZE).toBytes());
        assertThat((String) JsonPath.read(body, "$.errors[0].message")).contains("larger than 600 kB", "smaller pages");
        assertThat(body.length()).isLessThan(1_000);
    }
}
