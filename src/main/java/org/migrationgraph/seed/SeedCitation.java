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

    /** As the seed writes it: {document, paragraph, quote} or {reference, detail}; history keeps the same. */
    public java.util.Map<String, Object> asMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        if (isDocument()) {
            map.put("document", document);
            map.put("paragraph", paragraph);
            map.put("quote", quote);
        } else {
            map.put("reference", reference);
            if (detail != null) {
                map.put("detail", detail);
            }
        }
        return map;
    }
}
