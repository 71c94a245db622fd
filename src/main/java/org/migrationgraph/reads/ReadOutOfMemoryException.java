package org.migrationgraph.reads;

/**
 * A read needed more memory than Neo4j lets one transaction (or all of them together) use: a
 * question too large to answer, refused by the database before it could starve the others.
 */
public class ReadOutOfMemoryException extends RuntimeException {

    public ReadOutOfMemoryException(Throwable cause) {
        super("The read needed more memory than a transaction may use.", cause);
    }
}
