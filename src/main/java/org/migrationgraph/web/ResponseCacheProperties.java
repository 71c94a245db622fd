package org.migrationgraph.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The response cache for read queries.
 *
 * @param enabled    answer a repeated query from memory until the graph changes
 * @param maxEntries how many distinct (document, operation, variables) answers to keep, least recently used out first
 * @param ttl        how long an answer may be kept even if no change is seen; bounds staleness when several
 *                   instances share an external Neo4j and another instance writes
 */
@ConfigurationProperties("migration-graph.api.response-cache")
record ResponseCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1000") int maxEntries,
        @DefaultValue("5m") Duration ttl) {
}
