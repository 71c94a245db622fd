package org.migrationgraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** Fresh Neo4j homes under target/test-neo4j; the previous run's are removed on first use. */
public final class TestDirectories {

    private static final Path ROOT = Path.of("target", "test-neo4j").toAbsolutePath();

    static {
        deleteRecursively(ROOT);
    }

    private TestDirectories() {
    }

    public static Path fresh(String name) {
        try {
            return Files.createDirectories(ROOT.resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
