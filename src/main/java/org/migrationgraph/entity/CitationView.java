package org.migrationgraph.entity;

/** A citation: a document paragraph and quote, or a public reference with an optional detail. */
public record CitationView(String documentId, Integer paragraph, String quote, String referenceId, String detail) {
}
