package org.migrationgraph.reads;

/** Neo4j stopped a read that ran past its transaction timeout. */
public class ReadTimedOutException extends RuntimeException {

    public ReadTimedOutException(Throwable cause) {
        super("The read ran past its transaction timeout.", cause);
    }
}
