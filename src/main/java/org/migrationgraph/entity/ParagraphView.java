package org.migrationgraph.entity;

/** A numbered paragraph of a document. */
public record ParagraphView(String id, String documentId, int number, String text) {
}
