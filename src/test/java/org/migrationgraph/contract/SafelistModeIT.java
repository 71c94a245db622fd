package org.migrationgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestKeys;

/** A service started in safelist mode with a manifest folder: only trusted operations run, whoever sends them; admins are exempt. */
class SafelistModeIT {

    private static final String MANIFEST_DOCUMENT = "{ stats { entities relations } }";

    private static String code(DocumentContext answer) {
        return answer.read("$.errors[0].extensions.code");
    }

    @Test
    void onlyTrustedOperationsRunAndAnAdminCanStillExploreAndRegister() throws IOException {
        Path home = TestDirectories.fresh("safelist");
        Path manifest = Files.createDirectories(TestDirectories.fresh("safelist-operations"));
        Files.writeString(manifest.resolve("statsCard.graphql"), MANIFEST_DOCUMENT);
        Map<String, String> settings = Map.of("migration-graph.embedded.data-dir", home.toString(),
                "migration-graph.embedded.bolt-port", "0", "migration-graph.api.safelist", "true",
                "migration-graph.api.trusted-operations-dir", manifest.toString(),
                "migration-graph.security.keys[0].name", "test-admin", "migration-graph.security.keys[0].hash", TestKeys.ADMIN_HASH,
                "migration-graph.security.keys[0].roles", "admin");
        try (var app = AppRunner.run(settings)) {
            PersistedRequests requests = new PersistedRequests(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));

            assertThat(code(requests.post("{ stats { entities } }", null, null))).isEqualTo("OPERATION_NOT_TRUSTED");
            assertThat((Integer) requests.post(null, PersistedRequests.byName("statsCard"), null).read("$.data.stats.entities")).isPositive();
            String hash = TrustedOperation.hashOf(MANIFEST_DOCUMENT);
            assertThat((Integer) requests.post(null, PersistedRequests.byHash(hash), null).read("$.data.stats.relations")).isPositive();
            assertThat((Integer) requests.post(MANIFEST_DOCUMENT, null, null).read("$.data.stats.entities"))
                    .as("the text of a trusted operation is that operation").isPositive();
            assertThat((Integer) requests.get(PersistedRequests.byHash(hash)).read("$.data.stats.entities")).isPositive();

            String other = "{ stats { byKind { key count } } }";
            String otherHash = TrustedOperation.hashOf(other);
            assertThat(code(requests.post(other, PersistedRequests.byHash(otherHash), null))).isEqualTo("OPERATION_NOT_TRUSTED");
            assertThat(code(requests.post(null, PersistedRequests.byHash(otherHash), null)))
                    .as("safelist mode remembers no automatic persisted query").isEqualTo("PERSISTED_QUERY_NOT_FOUND");

            assertThat((Integer) requests.post("{ stats { entities } }", null, TestKeys.ADMIN).read("$.data.stats.entities")).isPositive();
            assertThat(code(requests.post("{ stats { entities } }", null, null)))
                    .as("the admin's answer, now in the response cache, is not served to a caller the safelist refuses")
                    .isEqualTo("OPERATION_NOT_TRUSTED");
            DocumentContext registered = requests.post("mutation { registerTrustedOperation(input: {name: \"kinds\", document: \""
                    + other + "\"}) { operation { name } userErrors { message } } }", null, TestKeys.ADMIN);
            assertThat((String) registered.read("$.data.registerTrustedOperation.operation.name")).isEqualTo("kinds");
            assertThat((Object) requests.post(other, null, null).read("$.data.stats.byKind")).isNotNull();
            assertThat((String) requests.post("{ trustedOperations { name source } }", null, TestKeys.ADMIN).jsonString())
                    .contains("statsCard", "manifest", "kinds", "api");
        }
    }
}
