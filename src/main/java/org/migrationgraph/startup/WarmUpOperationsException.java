package org.migrationgraph.startup;

/** The configured warm-up operations cannot be read, or hold none: the operator's to fix before the service starts. */
class WarmUpOperationsException extends IllegalStateException {

    WarmUpOperationsException(String message, Throwable cause) {
        super(message, cause);
    }

    String action() {
        return "Give migration-graph.warm-up.operations a readable file of named queries (file:/path/warm-up.graphql, "
                + "each \"query Name { ... }\"), leave it unset for the explorer's own, "
                + "or set migration-graph.warm-up.enabled=false.";
    }
}
