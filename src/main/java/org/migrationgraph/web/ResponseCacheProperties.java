package org.migrationgraph.web;

import java.time.Duration;

import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The response cache for read queries.
 *
 * @param enabled    answer a repeated query from memory until the graph changes
 * @param maxSize    how much memory the kept answers may take, measured as their JSON size; the least
 *                   recently used go first
 * @param ttl        how long an answer may be kept even if no change is seen; bounds staleness when several
 *                   instances share an external Neo4j and another instance writes
 */
@ConfigurationProperties("migration-graph.api.response-cache")
record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("32MB") DataSize maxSize,
        @DefaultValue("5m") Duration ttl) {
}
