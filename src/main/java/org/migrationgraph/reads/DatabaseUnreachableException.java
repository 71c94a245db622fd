package org.migrationgraph.reads;

/** The database cannot serve reads right now: a server is down or the embedded DBMS is stopping. */
public class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException(Throwable cause) {
        super("The graph database cannot be reached.", cause);
    }
}
