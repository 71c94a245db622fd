package org.migrationgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one GraphQL request cost: Cypher statements run and the computed cost points. Bound to
 * the request thread while it executes (data fetchers and DataLoader batches run there), so
 * that the statement counter in front of GraphReads can find it.
 */
public final class QueryStats {

    private static final ThreadLocal<QueryStats> CURRENT = new ThreadLocal<>();

    private final AtomicInteger statements = new AtomicInteger();
    private volatile int cost;
    private volatile boolean query;

    static void bind(QueryStats stats) {
        CURRENT.set(stats);
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** Counts a statement against the request running on this thread, if any. */
    static void countStatement() {
        QueryStats stats = CURRENT.get();
        if (stats != null) {
            stats.statements.incrementAndGet();
        }
    }

    void cost(int points) {
        this.cost = points;
    }

    /** Marks the request as a query operation (not a mutation or subscription): only these may be cached. */
    void query(boolean isQuery) {
        this.query = isQuery;
    }

    boolean isQuery() {
        return query;
    }

    Map<Object, Object> toExtension() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("cypherStatements", statements.get());
        map.put("cost", cost);
        map.put("maxCost", QueryLimits.MAX_COST);
        return map;
    }
}
