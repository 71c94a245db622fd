package org.migrationgraph.list;

/**
 * A condition Neo4j can answer with a range seek on the index of an entity's {@code property}
 * ({@code cypher} compares that property alone, with the filter's parameters).
 */
record Seek(String property, String cypher) {
}
