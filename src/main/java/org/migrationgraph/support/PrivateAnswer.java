package org.migrationgraph.support;

import graphql.GraphQLContext;

/**
 * Marks a request whose answer depends on who asked (Query.viewer), so that the response cache,
 * which keys answers by the document alone, never keeps it for someone else.
 */
public final class PrivateAnswer {

    private static final String KEY = "migration-graph.private-answer";

    private PrivateAnswer() {
    }

    public static void mark(GraphQLContext context) {
        context.put(KEY, Boolean.TRUE);
    }

    public static boolean isMarked(GraphQLContext context) {
        return Boolean.TRUE.equals(context.get(KEY));
    }
}
