package org.migrationgraph.reads;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one request's reads share: a deadline, so that each statement's transaction timeout is
 * what the request has left (Neo4j stops a request of several statements when its time is up),
 * and a count of the statements run (reported in {@code X-Query-Stats}).
 * <p>
 * A request's budget travels in its {@code GraphQLContext} under {@link #CONTEXT_KEY}; Spring for
 * GraphQL restores it, through {@link ReadBudgetAccessor}, on whichever thread runs a data
 * fetcher or a DataLoader batch (the request thread, or a virtual thread of the controller
 * executor), and {@code GraphReads} finds it there.
 */
public final class ReadBudget {

    /** The key in the GraphQLContext, and of the ThreadLocalAccessor that restores it. */
    public static final String CONTEXT_KEY = ReadBudget.class.getName();

    static final ThreadLocal<ReadBudget> CURRENT = new ThreadLocal<>();

    /** Neo4j reads a zero timeout as "none", so less than this counts as no time left. */
    private static final long SHORTEST_NANOS = Duration.ofMillis(1).toNanos();

    private final long deadline;
    private final AtomicInteger statements = new AtomicInteger();

    private ReadBudget(long deadline) {
        this.deadline = deadline;
    }

    /** A budget whose clock starts now. */
    public static ReadBudget startingNow(Duration limit) {
        return new ReadBudget(System.nanoTime() + limit.toNanos());
    }

    /** How many statements ran against this budget. */
    public int statements() {
        return statements.get();
    }

    /**
     * What the request bound to this thread has left, at most {@code atMost} ({@code atMost} when
     * none is bound): for a caller that waits on work it does not run itself. Counts no statement.
     */
    public static Duration timeLeft(Duration atMost) {
        ReadBudget budget = CURRENT.get();
        if (budget == null) {
            return atMost;
        }
        return Duration.ofNanos(Math.max(0, Math.min(budget.deadline - System.nanoTime(), atMost.toNanos())));
    }

    /** Makes this the budget of the current thread until the scope is closed (tests and non-GraphQL callers). */
    public Scope bind() {
        ReadBudget previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * Called by GraphReads before each statement: gives its timeout, the configured one or what the
     * request bound to this thread has left if that is less, and counts it; a statement refused for
     * lack of time is not counted.
     */
    static Duration nextStatement(Duration configured) {
        ReadBudget budget = CURRENT.get();
        if (budget == null) {
            return configured;
        }
        Duration timeout = budget.timeoutFor(configured);
        budget.statements.incrementAndGet();
        return timeout;
    }

    Duration timeoutFor(Duration configured) {
        long left = deadline - System.nanoTime();
        if (left < SHORTEST_NANOS) {
            throw new ReadTimedOutException(null);
        }
        return Duration.ofNanos(Math.min(left, configured.toNanos()));
    }

    /** The end of a {@link #bind()}: restores what the thread had before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
