package org.migrationgraph.ratelimit;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/** One client's query cost budget: full at first, refilled continuously at its rate per minute. */
public final class ClientBudget {

    private final long perMinute;
    private final Bucket bucket;

    ClientBudget(long perMinute) {
        this.perMinute = perMinute;
        this.bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    /** Takes the one point every request costs; empty when admitted, else how long until it could be. */
    public Optional<Duration> admit() {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Charges the rest of an admitted request's cost, even into debt (a query already admitted
     * runs), but never more than one minute's budget: the debt, and so the wait, stays under a
     * minute also for a key with a small budget, and a budget dropped after two idle minutes
     * (CostBudgets) has nothing left to forgive.
     */
    public void charge(long points) {
        if (points > 0) {
            bucket.consumeIgnoringRateLimits(Math.min(points, perMinute));
        }
    }

    public long limit() {
        return perMinute;
    }

    /** What is left now, never below zero (a client in debt has 0). */
    public long remaining() {
        return Math.max(0, bucket.getAvailableTokens());
    }
}
