/**
 * Entities as the API shows them: {@code node}, {@code nodes}, {@code entity}, their citations,
 * the shared read model ({@code EntityView}, {@code CitationView}, {@code EntityMapping}) and
 * the two registrations annotations cannot express ({@code EntityWiring}: the type resolver by
 * kind, and kind-specific fields read from stored properties). The other read features depend
 * on its read model; it depends on {@code reads} and {@code support}.
 */
package org.migrationgraph.entity;
