/**
 * Paragraphs and provenance, both ways: a document's paragraphs ({@code Document.paragraphs}),
 * each paragraph's document, mentions and supported facts, and where any entity is mentioned
 * ({@code Entity.mentionedIn}, mapped once on the interface). Nothing depends on it.
 */
package org.migrationgraph.provenance;
