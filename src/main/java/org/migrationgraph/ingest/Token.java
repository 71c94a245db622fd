package org.migrationgraph.ingest;

/** One analysed word: its normalised term and where it stands in the paragraph's text. */
record Token(String term, int start, int end) {
}
