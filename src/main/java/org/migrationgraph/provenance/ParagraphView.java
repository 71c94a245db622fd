package org.migrationgraph.provenance;

/** A numbered paragraph of a document. */
record ParagraphView(String id, String documentId, int number, String text) {
}
