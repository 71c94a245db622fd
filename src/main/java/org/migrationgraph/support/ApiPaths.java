package org.migrationgraph.support;

import java.util.List;
import java.util.stream.Stream;

/**
 * The doors that read the graph: GraphQL, exports, reconciliation and the MCP server. Security
 * (a key when reads require one) and the rate limiter cover the same list, so a new door is
 * added in one place.
 */
public final class ApiPaths {

    public static final List<String> ROOTS = List.of("/graphql", "/export", "/reconcile", "/mcp");

    private ApiPaths() {
    }

    /** Each root and everything under it, as Spring Security's matchers take them. */
    public static String[] patterns() {
        return ROOTS.stream().flatMap(root -> Stream.of(root, root + "/**")).toArray(String[]::new);
    }

    public static boolean covers(String path) {
        return ROOTS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
    }
}
