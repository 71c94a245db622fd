package org.migrationgraph.testsupport;

import java.nio.file.Path;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.GraphDatabase;

/**
 * Run in a child JVM by the crash-recovery test: commits one node, says so, then waits to be
 * killed with SIGKILL, so that the store is left without a clean shutdown.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(Path.of(args[0]), 0, TestNeo4j.LEAN);
        try (var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken()); var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Entity {id: 'crash:committed', name: 'survives'})"));
        }
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
