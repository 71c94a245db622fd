package org.migrationgraph.entity;

/** A public reference a citation relies on. */
public record ReferenceView(String id, String title, String publisher, String url) {
}
