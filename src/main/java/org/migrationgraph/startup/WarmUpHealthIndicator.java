package org.migrationgraph.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health component {@code warmUp}, part of the readiness probe
 * ({@code /actuator/health/readiness}): OUT_OF_SERVICE while the start-up warm-up runs, UP once
 * it has finished, and UP at once where the warm-up is switched off. A load balancer that
 * follows the probe sends a new instance no users before its statements are planned (and, with
 * {@code migration-graph.warm-up.settle}, its JIT has settled); the service answers meanwhile,
 * so a request sent to it anyway is served. A warm-up whose operations failed is UP all the same
 * (it never stops the service); its details, which an admin's key sees, name the failures.
 */
@Component
class WarmUpHealthIndicator implements HealthIndicator {

    private final ObjectProvider<WarmUp> warmUp;

    WarmUpHealthIndicator(ObjectProvider<WarmUp> warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Health health() {
        WarmUp running = warmUp.getIfAvailable();
        if (running == null) {
            return Health.up().build();
        }
        WarmUp.Report report = running.report().getNow(null);
        return report == null ? Health.outOfService().build()
                : Health.up().withDetail("rounds", report.rounds()).withDetail("millis", report.millis())
                        .withDetail("failures", report.failures()).build();
    }
}
