package org.migrationgraph.reads;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code neo4j} health component: one trivial read through the API's own read path, given
 * at most two seconds. Boot's indicator has no time limit of its own, so a frozen database kept
 * /actuator/health waiting for as long as the freeze (audit 6a': 40 s); this one says DOWN.
 */
@Component("neo4jHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    static final Duration LIMIT = Duration.ofSeconds(2);

    private final GraphReads reads;

    DatabaseHealth(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Health health() {
        try (var budget = ReadBudget.startingNow(LIMIT).bind()) {
            reads.list("RETURN 1 AS one", Map.of(), r -> r.get("one").asInt());
            return Health.up().build();
        } catch (ReadTimedOutException e) {
            return Health.down().withDetail("reason", "no answer within " + LIMIT.toSeconds() + " s").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("reason", e.getClass().getSimpleName()).build();
        }
    }
}
