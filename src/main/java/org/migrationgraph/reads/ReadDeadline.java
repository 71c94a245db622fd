package org.migrationgraph.reads;

import java.time.Duration;

/**
 * A whole request's time limit, shared by the reads it runs on its thread (data fetchers and
 * DataLoader batches run there): each read's transaction timeout is what is left of it, so a
 * request of several statements is still stopped by Neo4j when its time is up.
 */
public final class ReadDeadline {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    /** Neo4j reads a zero timeout as "none", so less than this counts as no time left. */
    private static final long SHORTEST_NANOS = Duration.ofMillis(1).toNanos();

    private ReadDeadline() {
    }

    /** Starts the clock for the request running on this thread. */
    public static void start(Duration limit) {
        DEADLINE.set(System.nanoTime() + limit.toNanos());
    }

    public static void clear() {
        DEADLINE.remove();
    }

    /** The next read's timeout: the configured one, or what the request has left if that is less. */
    static Duration timeoutFor(Duration configured) {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return configured;
        }
        long left = deadline - System.nanoTime();
        if (left < SHORTEST_NANOS) {
            throw new ReadTimedOutException(null);
        }
        return Duration.ofNanos(Math.min(left, configured.toNanos()));
    }
}
