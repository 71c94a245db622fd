/**
 * Document ingestion: a new text becomes a Document with numbered paragraphs and sentences, the
 * mentions of known entities it contains (with character offsets and the words as written), and
 * proposals for what the graph does not hold yet (entities, dates, figures, relations), each with
 * its sentence as the quote. A curator accepts or rejects each proposal; an accepted one becomes
 * an ordinary curated write.
 *
 * <p>{@code DocumentReader} is the pure part (no database): it reads a text against the names
 * the graph knows, rule family by rule family ({@code MeetingRules}, {@code ParticipationRules},
 * {@code StatementRules}, {@code RelationPatterns}, {@code EntityRules}). {@code IngestionService} stores what it read,
 * {@code ReviewService} turns accepted proposals into curated writes, and
 * {@code IngestionEvaluation} measures the reader against the hand-curated seed.
 *
 * <p>It depends on {@code curation} (through {@code CuratedWrites}), {@code seed} (the paragraph
 * rule and, for the evaluation, the seed's records), {@code change} and {@code entity}. Nothing
 * depends on it but the application's entry point (its command-line twin).
 */
package org.migrationgraph.ingest;
