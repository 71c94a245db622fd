package org.migrationgraph.ingest;

/** A sentence of a paragraph: characters {@code [start, end)} of the paragraph's text. */
record Sentence(int paragraph, int start, int end, String text) {
}
