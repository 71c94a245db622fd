/**
 * The whole graph, one kind, one relation type or one entity's neighbourhood, streamed out in
 * the formats researchers' tools read: CSV (nodes and edges, with citation columns), GraphML,
 * Cytoscape.js JSON, JSON-LD with schema.org types, and a Cypher script that recreates it.
 * {@code ExportReader} streams rows from the graph (constant memory: nothing is collected);
 * one {@code FormatWriter} per format writes them; {@code ExportController} serves them at
 * {@code /export/...} with ETag, Last-Modified and 304 answers; {@code ExportCommand} is the
 * command-line twin. Depends on {@code reads} (the streaming read) and {@code support}.
 */
package org.migrationgraph.export;
