package org.migrationgraph.startup;

/** Neo4j could not be reached or refused the credentials at start-up. */
class DatabaseUnavailableException extends RuntimeException {

    private final String action;

    DatabaseUnavailableException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
