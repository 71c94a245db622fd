package org.migrationgraph.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled         off only for benchmarks that drive the service from one address on purpose
 * @param pointsPerMinute query cost a client may spend per minute (also the most it may spend at once),
 *                        unless its API key has a budget of its own
 */
@ConfigurationProperties("migration-graph.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20000") long pointsPerMinute) {

    RateLimitProperties {
        if (pointsPerMinute < 1) {
            throw new IllegalArgumentException("migration-graph.rate-limit.points-per-minute must be at least 1, was " + pointsPerMinute);
        }
    }
}
