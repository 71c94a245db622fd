/**
 * Paragraphs and provenance: which facts a paragraph supports and which entities it mentions,
 * and where an entity is mentioned. Nothing depends on it.
 */
package org.migrationgraph.provenance;
