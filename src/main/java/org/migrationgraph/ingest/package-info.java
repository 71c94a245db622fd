/**
 * Document ingestion: a new text becomes a Document with numbered paragraphs, the mentions of
 * known entities it contains (with character offsets), and proposals for what the graph does not
 * hold yet (entities, dates, figures, relations), each with its sentence as the quote. A curator
 * accepts or rejects each proposal; an accepted one becomes an ordinary curated write.
 *
 * <p>{@link org.migrationgraph.ingest.DocumentReader} is the pure part (no database): it reads a
 * text against the names the graph knows. {@code IngestionService} stores what it read and
 * {@code ReviewService} turns accepted proposals into {@code curation} changes.
 */
package org.migrationgraph.ingest;
