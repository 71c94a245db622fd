package org.migrationgraph.ingest;

import java.util.Map;

/** A proposal as stored and as the Proposal type shows it. */
record StoredProposal(String id, String document, String kind, String status, String entityKind, String suggestedId,
                      String name, String from, String type, String to, Map<String, Object> properties, int paragraph,
                      String quote, double confidence, String rule, String createdAt, String createdBy, String reviewedAt,
                      String reviewedBy, String reviewReason, String acceptedAs) {

    boolean isEntity() {
        return "ENTITY".equals(kind);
    }
}
