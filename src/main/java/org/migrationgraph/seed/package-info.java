/**
 * {@code graph-seed/}: reading the YAML and texts, validating the whole seed (ids, vocabulary,
 * citations with verbatim quotes, dates, shared names, unused references) and writing it in one
 * transaction so the graph mirrors it, plus the {@code --validate-seed} command. Start-up and the
 * application entry point depend on it.
 */
package org.migrationgraph.seed;
