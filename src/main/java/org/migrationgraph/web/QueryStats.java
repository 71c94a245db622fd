package org.migrationgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.migrationgraph.reads.ReadBudget;

/**
 * What one GraphQL request cost: the Cypher statements its reads ran (counted by its
 * {@link ReadBudget}) and the cost points {@link QueryLimits} computed. Kept in the request's
 * GraphQLContext.
 */
final class QueryStats {

    private final ReadBudget reads;
    private volatile int cost;
    private volatile boolean query;
    private volatile boolean mutation;

    QueryStats(ReadBudget reads) {
        this.reads = reads;
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

    void mutation(boolean isMutation) {
        this.mutation = isMutation;
    }

    /** A mutation is not cut at the read deadline: once it ran, its payload must say what it committed. */
    boolean isMutation() {
        return mutation;
    }

    Map<Object, Object> toExtension() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("cypherStatements", reads.statements());
        map.put("cost", cost);
        map.put("maxCost", QueryLimits.MAX_COST);
        return map;
    }
}
