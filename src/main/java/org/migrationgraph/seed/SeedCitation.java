package org.migrationgraph.seed;

/**
 * Where a fact comes from: a verbatim quote from a numbered paragraph of a seed document, or a
 * named public reference (with an optional detail such as "para 16").
 */
public record SeedCitation(String document, Integer paragraph, String quote, String reference, String detail,
                    String file, int line) {

    public boolean isDocument() {
        return reference == null;
    }
}
