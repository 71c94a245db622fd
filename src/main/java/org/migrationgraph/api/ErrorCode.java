package org.migrationgraph.api;

/** The stable {@code extensions.code} values clients can branch on. */
public enum ErrorCode {
    /** An argument is out of range or malformed; the message says which and how to fix it. */
    BAD_USER_INPUT,
    /** A required entity does not exist. */
    NOT_FOUND,
    /** Neo4j cannot be reached right now; retrying later may succeed. */
    DATABASE_UNAVAILABLE,
    /** The request ran longer than the time allowed. */
    TIMEOUT,
    /** Anything unexpected; details are in the server log, never in the response. */
    INTERNAL_ERROR
}
