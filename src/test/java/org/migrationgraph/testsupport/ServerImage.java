package org.migrationgraph.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Lets the whole shared-context suite run against the official Neo4j server image instead of
 * the embedded DBMS: {@code mvn verify -Dit.neo4j.image=neo4j:5.26}. Needs a Docker engine.
 */
final class ServerImage {

    static final String PROPERTY = "it.neo4j.image";
    private static final String PASSWORD = "migration-graph";
    private static Neo4jContainer container;

    private ServerImage() {
    }

    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    static synchronized void register(DynamicPropertyRegistry registry) {
        if (container == null) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("-D" + PROPERTY + " asks for the Neo4j server image, but no Docker engine is reachable; "
                        + "start Docker or drop the property to use the embedded database.");
            }
            container = new Neo4jContainer(System.getProperty(PROPERTY)).withAdminPassword(PASSWORD);
            container.start();
        }
        registry.add("spring.neo4j.uri", container::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
    }
}
