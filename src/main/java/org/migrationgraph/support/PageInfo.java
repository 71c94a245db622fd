package org.migrationgraph.support;

/** Relay page information, shared by every connection. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
