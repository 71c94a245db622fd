/**
 * Whole-graph questions: neighbourhoods, the coordination network, shortest paths, the timeline
 * and counts. A feature of its own: nothing depends on it.
 */
package org.migrationgraph.graph;
