package org.migrationgraph.support;

/** The stable {@code extensions.code} values clients can branch on. */
public enum ErrorCode {
    /** An argument is out of range or malformed; the message says which and how to fix it. */
    BAD_USER_INPUT,
    /** The query is too deep, too wide or too costly; the message says which limit and how to stay under it. */
    QUERY_TOO_COMPLEX,
    /** The request body is larger than the service accepts (HTTP 413); the message gives the limit. */
    REQUEST_TOO_LARGE,
    /** The request needs an API key and has none, or its key is not valid (HTTP 401); the message says how to send one. */
    UNAUTHENTICATED,
    /** The API key is valid but its roles do not allow this operation (for example a mutation without {@code editor}). */
    FORBIDDEN,
    /** The client spent its budget of query cost for now (HTTP 429); {@code Retry-After} says when to try again. */
    RATE_LIMITED,
    /** The answer would be larger than the service sends; the message gives its size, the limit and how to ask for less. */
    RESPONSE_TOO_LARGE,
    /** The document is not valid GraphQL syntax, or is over the parser's size limits. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not match the schema (an unknown field, a wrong argument type). */
    GRAPHQL_VALIDATION_FAILED,
    /** A required entity does not exist. */
    NOT_FOUND,
    /** The id belonged to an entity that was deleted; extensions carry {@code deletedIn} (the revision) and {@code replacedBy} when it was merged. */
    DELETED,
    /** Neo4j cannot be reached right now; retrying later may succeed. */
    DATABASE_UNAVAILABLE,
    /** The request ran longer than the time allowed. */
    TIMEOUT,
    /**
     * What the answer is made from is being made again (the graph's counts, after a change to it)
     * and was not ready within the request's time; {@code extensions.retryAfter} says in how many
     * seconds to ask again.
     */
    NOT_READY,
    /**
     * A persisted query's hash or name is not known here (the Apollo convention: send the
     * document with its hash once, or register it as a trusted operation).
     */
    PERSISTED_QUERY_NOT_FOUND,
    /** The service runs in safelist mode and this document is not a registered trusted operation. */
    OPERATION_NOT_TRUSTED,
    /** Anything unexpected; details are in the server log, never in the response. */
    INTERNAL_ERROR
}
