package org.migrationgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.GraphDatabase;

/**
 * The documented backup (README, "Backup and restore"): stop the service, copy the data
 * directory; restoring is starting from the copy. The restored store holds the same nodes,
 * relationships and properties, and takes the same Bolt password.
 */
class BackupAndRestoreIT {

    private static final String CONTENT = """
            MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
            WITH n, r, m ORDER BY n.id, type(r), m.id
            RETURN collect([n.id, labels(n), properties(n), type(r), properties(r), m.id]) AS content
            """;

    @Test
    void shouldRestoreAStoppedStoreCopiedFileByFileToTheSameContent() throws Exception {
        Path original = TestDirectories.fresh("backup-original");
        String before;
        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(original, 0, TestNeo4j.LEAN);
             var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken()); var session = driver.session()) {
            session.run("""
                    UNWIND range(1, 50) AS i
                    CREATE (a:Entity {id: 'x:' + i, name: 'Entity ' + i})-[:RELATED_TO {since: '2019'}]->(:Entity {id: 'y:' + i})
                    """).consume();
            before = digest(session.run(CONTENT).single().get("content").toString());
        }

        Path restored = TestDirectories.fresh("backup-restored");
        copy(original, restored);

        try (EmbeddedNeo4j dbms = EmbeddedNeo4j.start(restored, 0, TestNeo4j.LEAN);
             var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken()); var session = driver.session()) {
            assertThat(session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong()).isEqualTo(100);
            assertThat(digest(session.run(CONTENT).single().get("content").toString())).isEqualTo(before);
        }
    }

    private static String digest(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes()));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES,
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
