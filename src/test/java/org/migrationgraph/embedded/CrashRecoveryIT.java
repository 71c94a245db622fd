package org.migrationgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CrashingWriter;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.GraphDatabase;

/** After kill -9, the next start recovers committed transactions from Neo4j's transaction log. */
class CrashRecoveryIT {

    @Test
    void shouldRecoverCommittedDataAfterTheProcessIsKilled() throws Exception {
        Path home = TestDirectories.fresh("crash");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("COMMITTED")) {
                // skip the child's start-up output
            }
            assertThat(line).as("the child JVM committed its write").isNotNull();
        }
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).isEqualTo(137);

        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(home, 0, TestNeo4j.LEAN);
             var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken());
             var session = driver.session()) {
            assertThat(session.run("MATCH (n:Entity {id: 'crash:committed'}) RETURN n.name").single().get(0).asString())
                    .isEqualTo("survives");
        }
    }
}
