package org.migrationgraph.seed;

/**
 * Where a fact comes from: a verbatim quote from a numbered paragraph of a seed document, or a
 * named public reference (with an optional detail such as "para 16").
 */
record SeedCitation(String document, Integer paragraph, String quote, String reference, String detail,
                    String file, int line) {

    boolean isDocument() {
        return reference == null;
    }
}
