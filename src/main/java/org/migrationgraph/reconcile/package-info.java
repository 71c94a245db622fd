/**
 * The Reconciliation Service API (W3C Entity Reconciliation Community Group, version 0.2, what
 * OpenRefine speaks) at {@code /reconcile}: a spreadsheet column of names ("UK", "Cote d'Ivoire",
 * "IOM", "the Compact") matched to ids with scores and types, the service manifest, previews and
 * the suggest services. {@code NameSimilarity} scores a candidate (pure), {@code Reconciler} ranks
 * search's candidates, {@code ReconcileController} speaks the protocol. It depends on
 * {@code search} (candidates), {@code vocabulary} (types and property names), {@code entity} (the
 * read model) and {@code support}.
 */
package org.migrationgraph.reconcile;
