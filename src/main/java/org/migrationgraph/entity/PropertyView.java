package org.migrationgraph.entity;

/** A stored property of a relationship as the API lists it: its key and its value in text. */
record PropertyView(String key, String value) {
}
