package org.migrationgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;
import org.migrationgraph.testsupport.TestKeys;

/** Automatic persisted queries and trusted operations registered through the API, over real HTTP (POST and GET). */
class TrustedOperationsIT extends CuratedGraphTest {

    private PersistedRequests requests() {
        return new PersistedRequests(port);
    }

    private static String code(DocumentContext answer) {
        return answer.read("$.errors[0].extensions.code");
    }

    @Test
    void aHashAloneIsUnknownUntilTheTextIsSentWithItOnce() {
        String query = "{ stats { entities } } # apq " + System.nanoTime();
        String hash = TrustedOperation.hashOf(query);

        assertThat(code(requests().post(null, PersistedRequests.byHash(hash), null))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat((Integer) requests().post(query, PersistedRequests.byHash(hash), null).read("$.data.stats.entities")).isPositive();
        assertThat((Integer) requests().post(null, PersistedRequests.byHash(hash), null).read("$.data.stats.entities")).isPositive();
        assertThat((Integer) requests().get(PersistedRequests.byHash(hash)).read("$.data.stats.entities")).isPositive();
    }

    @Test
    void aHashThatIsNotTheTextsIsRefused() {
        DocumentContext answer = requests().post("{ stats { entities } }", PersistedRequests.byHash("0".repeat(64)), null);
        assertThat(code(answer)).isEqualTo("BAD_USER_INPUT");
        assertThat((String) answer.read("$.errors[0].message")).contains("not the SHA-256");
    }

    @Test
    void anAdminRegistersANamedOperationThatIsThenCalledByNameOrHashAndCanBeRemoved() {
        String name = "entityCard" + System.nanoTime();
        String document = "query EntityCard($id: ID!) { entity(id: $id) { id name } }";
        String register = """
                mutation { registerTrustedOperation(input: {name: "%s", document: "%s"}) {
                  operation { name sha256Hash source registeredBy } userErrors { field code message } } }
                """.formatted(name, document.replace("\"", "\\\""));

        assertThat(code(send(register, TestKeys.EDITOR))).isEqualTo("FORBIDDEN");
        DocumentContext registered = send(register, TestKeys.ADMIN);
        assertThat((String) registered.read("$.data.registerTrustedOperation.operation.sha256Hash")).isEqualTo(TrustedOperation.hashOf(document));
        assertThat((String) registered.read("$.data.registerTrustedOperation.operation.registeredBy")).isEqualTo("key:test-admin");
        assertThat((List<String>) send("{ trustedOperations { name } }", null).read("$.data.trustedOperations[*].name")).contains(name);

        DocumentContext byName = requests().post(null, PersistedRequests.byName(name), java.util.Map.of("id", "state:PHL"), null);
        assertThat((String) byName.read("$.data.entity.name")).isEqualTo("Philippines");

        DocumentContext again = send(register.replace("id name } }", "id } }"), TestKeys.ADMIN);
        assertThat((String) again.read("$.data.registerTrustedOperation.userErrors[0].code")).isEqualTo("ID_TAKEN");
        DocumentContext invalid = send(register.replace(name, name + "x").replace("name } }", "nom } }"), TestKeys.ADMIN);
        assertThat((String) invalid.read("$.data.registerTrustedOperation.userErrors[0].code")).isEqualTo("INVALID");

        DocumentContext removed = send("mutation { removeTrustedOperation(name: \"" + name + "\") { operation { name } userErrors { code } } }",
                TestKeys.ADMIN);
        assertThat((String) removed.read("$.data.removeTrustedOperation.operation.name")).isEqualTo(name);
        assertThat(code(requests().post(null, PersistedRequests.byName(name), null))).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void aRegisteredQueryRunsByNameAndByHashOverPostAndGet() {
        String name = "stats" + System.nanoTime();
        String document = "{ stats { relations } }";
        send("mutation { registerTrustedOperation(input: {name: \"" + name + "\", document: \"" + document + "\"}) { userErrors { code } } }",
                TestKeys.ADMIN);

        assertThat((Integer) requests().post(null, PersistedRequests.byName(name), null).read("$.data.stats.relations")).isPositive();
        String hash = TrustedOperation.hashOf(document);
        assertThat((Integer) requests().post(null, PersistedRequests.byHash(hash), null).read("$.data.stats.relations")).isPositive();
        assertThat((Integer) requests().get(PersistedRequests.byName(name)).read("$.data.stats.relations")).isPositive();
    }

    @Test
    void aPersistedMutationIsNotRunOverGet() {
        String name = "rename" + System.nanoTime();
        String document = "mutation { removeTrustedOperation(name: \\\"nothing\\\") { userErrors { code } } }";
        DocumentContext registered = send("mutation { registerTrustedOperation(input: {name: \"" + name + "\", document: \"" + document
                + "\"}) { userErrors { code message } } }", TestKeys.ADMIN);
        assertThat((List<Object>) registered.read("$.data.registerTrustedOperation.userErrors")).isEmpty();

        assertThat(requests().getRaw(PersistedRequests.byName(name)).statusCode()).isEqualTo(405);
    }
}
