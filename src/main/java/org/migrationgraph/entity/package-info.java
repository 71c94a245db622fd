/**
 * Entities as the API shows them: {@code node}, {@code nodes}, {@code entity}, their citations
 * and paragraphs, the shared read model ({@code EntityView}, {@code EntityMapping}), the type
 * resolution by kind and the Cypher projection that reads only the properties a selection needs.
 * The other read features (graph, list, relation, search, provenance) depend on its read model.
 */
package org.migrationgraph.entity;
