package org.migrationgraph.embedded;

/** The embedded DBMS could not start for a reason the user can fix; {@link #action()} says how. */
public class EmbeddedNeo4jStartException extends RuntimeException {

    private final String action;

    public EmbeddedNeo4jStartException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
