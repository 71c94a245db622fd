package org.migrationgraph.support;

/**
 * A read model that says which GraphQL object type it is, for the {@code Node} interface's type
 * resolver (entities resolve by their kind instead).
 */
public interface NamedType {

    String graphQlType();
}
