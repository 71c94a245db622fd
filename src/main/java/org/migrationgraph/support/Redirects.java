package org.migrationgraph.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;

/**
 * The redirects a request followed (an id asked for, merged into another entity: Wikidata's
 * redirects), kept in the request's GraphQLContext by the fetchers that follow them and reported
 * in the answer's {@code extensions.redirects} as {@code {from, to, path}}, so a caller sees that
 * the entity it got has another id than the one it asked for, and can update what it stores.
 */
public final class Redirects {

    private static final String KEY = Redirects.class.getName();

    private Redirects() {
    }

    public static void record(GraphQLContext context, String from, String to, List<Object> path) {
        context.<List<Map<String, Object>>>computeIfAbsent(KEY, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(Map.of("from", from, "to", to, "path", path));
    }

    /** What the request followed, in the order it did; empty when nothing. */
    public static List<Map<String, Object>> of(GraphQLContext context) {
        List<Map<String, Object>> redirects = context.get(KEY);
        return redirects == null ? List.of() : List.copyOf(redirects);
    }
}
