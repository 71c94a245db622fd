/**
 * The graph out, in the formats researchers' tools read: the whole graph, one kind, one relation
 * type or one entity's neighbourhood as CSV (nodes and edges, with citation columns), GraphML,
 * Cytoscape.js JSON, JSON-LD with schema.org types, or a Cypher script that recreates it; and the
 * sources behind a finding as CSL-JSON and BibTeX. {@code ExportReader} streams rows (constant
 * memory: nothing is collected), one {@code FormatWriter} per format writes them,
 * {@code ExportController} serves them at {@code /export/...} with ETag, Last-Modified and 304,
 * {@code ExportCommand} is the command-line twin, and {@code /id/<id>} dereferences an entity's
 * IRI. It depends on {@code reads} (the streaming read), {@code vocabulary} (checked names) and
 * {@code support}; nothing depends on it but the application's command dispatch.
 */
package org.migrationgraph.export;
