/**
 * Whole-graph questions: neighbourhoods, the coordination network, shortest paths, the timeline
 * (whole, or a page at a time with keyset cursors) and counts. A feature of its own: nothing depends on it but start-up, which makes its timeline indexes (TimelineIndexes). It also holds the procedure it
 * registers in the embedded database (EdgesFromBusyToHeavy, ADR 16).
 */
package org.migrationgraph.graph;
