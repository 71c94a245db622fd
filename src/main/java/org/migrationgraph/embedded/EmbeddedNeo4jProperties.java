package org.migrationgraph.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the in-process Neo4j runs when no external database is configured.
 *
 * @param enabled  start the embedded DBMS; when unset it is on unless {@code spring.neo4j.uri} is set
 * @param dataDir  the Neo4j home: store files, transaction logs and Neo4j's own logs live below it
 * @param boltPort the loopback port Bolt listens on; 0 picks a free one, which is then logged
 * @param config   any Neo4j setting, passed through verbatim (e.g. {@code server.memory.pagecache.size})
 * @param password the Bolt password of the {@code neo4j} user; when unset one is generated on
 *                 first start and kept in {@code <data-dir>/bolt-password}, readable by its owner only
 * @param boltAllowedOrigins web origins whose pages may open Bolt over WebSocket (for example
 *                 {@code https://browser.neo4j.io}); none by default (BoltOriginGuard)
 */
@ConfigurationProperties("migration-graph.embedded")
public record EmbeddedNeo4jProperties(
        Boolean enabled,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        Map<String, String> config,
        String password,
        List<String> boltAllowedOrigins) {

    public EmbeddedNeo4jProperties {
        config = config == null ? Map.of() : Map.copyOf(config);
        boltAllowedOrigins = boltAllowedOrigins == null ? List.of() : List.copyOf(boltAllowedOrigins);
    }
}
