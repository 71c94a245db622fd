package org.migrationgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jIT {

    @Test
    void shouldPickAFreeLoopbackPortWhenAskedForPortZeroAndPassSettingsThrough() {
        Path home = TestDirectories.fresh("embedded");
        var settings = new java.util.HashMap<>(TestNeo4j.LEAN);
        settings.put("db.transaction.timeout", "7s");
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(home, 0, settings);
             var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken());
             var session = driver.session()) {
            assertThat(dbms.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(dbms.boltUri().getPort()).isPositive().isNotEqualTo(7687);
            String timeout = session.run("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
                    .single().get(0).asString();
            assertThat(timeout).isEqualTo("7s");
            assertThat(dbms.home()).isEqualTo(home);
        }
    }

    @Test
    void shouldExplainABoltPortInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(TestDirectories.fresh("port"), taken.getLocalPort(), TestNeo4j.LEAN))
                    .isInstanceOf(EmbeddedNeo4jStartException.class)
                    .hasMessage("Bolt port " + taken.getLocalPort() + " on 127.0.0.1 is already in use.")
                    .extracting(e -> ((EmbeddedNeo4jStartException) e).action()).asString()
                    .contains("migration-graph.embedded.bolt-port");
        }
    }

    @Test
    void shouldExplainADataDirectoryThatCannotBeWritten() throws Exception {
        Path file = Files.createFile(TestDirectories.fresh("unwritable").resolve("a-file"));
        assertThatThrownBy(() -> EmbeddedNeo4j.start(file.resolve("data"), 0, Map.of()))
                .isInstanceOf(EmbeddedNeo4jStartException.class)
                .hasMessageStartingWith("The Neo4j data directory " + file.resolve("data") + " cannot be written");
    }

    @Test
    void shouldRejectAnUnknownNeo4jSettingWithNeo4jsOwnMessage() {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(TestDirectories.fresh("bad-setting"), 0, Map.of("db.no_such_setting", "1")))
                .isInstanceOf(EmbeddedNeo4jStartException.class)
                .hasMessageContaining("failed to start")
                .hasMessageContaining("db.no_such_setting");
    }
}
