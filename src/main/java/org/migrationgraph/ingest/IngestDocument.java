package org.migrationgraph.ingest;

/** A text to ingest with what is known about it; {@code date} is ISO (YYYY-MM-DD). */
record IngestDocument(String id, String title, String date, String kind, String author, String text) {
}
