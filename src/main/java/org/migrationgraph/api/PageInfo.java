package org.migrationgraph.api;

/** Relay page information, shared by every connection. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
