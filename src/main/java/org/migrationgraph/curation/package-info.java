/**
 * Curated writes: the mutations that create, change and delete entities, relations, citations
 * and documents. Each change is checked with the seed's {@link org.migrationgraph.seed.FactRules}
 * against the graph inside the write's own transaction, refused as stale when its
 * {@code expectedVersion} is not current, recorded in {@code history}, and reported on
 * {@code change} after commit. It depends on {@code seed} (rules and rows), {@code history},
 * {@code change}, {@code entity} and {@code relation} (what a payload shows).
 */
package org.migrationgraph.curation;
