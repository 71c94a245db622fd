package org.migrationgraph.reads;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the API reads the graph.
 *
 * @param timeout   a request's time limit for its reads, enforced by Neo4j itself (embedded or external):
 *                  each read transaction gets what the request has left of it
 * @param inProcess with the embedded database, run reads in this JVM through Neo4j's own API
 *                  instead of over loopback Bolt (ADR 6); ignored when {@code spring.neo4j.uri} is set
 */
@ConfigurationProperties("migration-graph.reads")
public record ReadsProperties(@DefaultValue("5s") Duration timeout, @DefaultValue("true") boolean inProcess) {
}
