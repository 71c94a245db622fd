package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.migrationgraph.testsupport.TestNeo4j;

/**
 * Neo4j's own cypher-shell (from Maven Central), run as a user runs it: {@code cypher-shell -f
 * script}, in a JVM of its own. It calls driver methods that the 6.x driver Spring Boot brings
 * removed, so its JVM gets the 5.x driver the build copies to {@code cypher-shell.driver}
 * (pom.xml) in place of the test classpath's.
 */
final class CypherShell {

    private CypherShell() {
    }

    /** Runs the script against the database, failing on its first error; asserts it exits 0. */
    static void runFile(TestNeo4j database, Path script) throws IOException, InterruptedException {
        Path log = script.resolveSibling(script.getFileName() + ".cypher-shell.log");
        ProcessBuilder shell = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath(), "org.neo4j.shell.Main",
                "-a", database.boltUri(), "-u", "neo4j", "--non-interactive", "--fail-fast", "-f", script.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        shell.environment().put("NEO4J_PASSWORD", TestNeo4j.PASSWORD);
        Process process = shell.start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        process.destroyForcibly();
        String output = Files.readString(log);
        assertThat(finished).as("cypher-shell finished within 2 minutes: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static String classpath() {
        String driver = System.getProperty("cypher-shell.driver");
        assertThat(driver).as("the cypher-shell.driver system property (set by failsafe, pom.xml)").isNotBlank();
        Stream<String> rest = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !isBoltDriver(Path.of(entry).getFileName().toString()));
        return Stream.concat(Stream.of(driver), rest).collect(Collectors.joining(File.pathSeparator));
    }

    private static boolean isBoltDriver(String jar) {
        return jar.startsWith("neo4j-java-driver-") || jar.startsWith("neo4j-bolt-connection");
    }
}
