package org.migrationgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Something the text says that the graph does not hold yet, for a curator to accept or reject:
 * a new entity ({@code type == null}: kind, suggested id, name, properties) or a relation
 * ({@code from}, {@code type}, {@code to}, each end an entity id or the suggested id of a proposed
 * entity). The quote is verbatim from the paragraph, so that an accepted proposal becomes a
 * citation the seed's rules accept.
 */
record Proposal(String key, String kind, String suggestedId, String name, String from, String type, String to,
                Map<String, Object> properties, int paragraph, String quote, double confidence, String rule) {

    static Proposal entity(String documentId, String kind, String suggestedId, String name, Map<String, Object> properties,
                           int paragraph, String quote, double confidence, String rule) {
        // The quote is part of the key: two statements may open with the same words.
        return new Proposal(key(documentId, "entity", kind, name.toLowerCase(java.util.Locale.ROOT), quote), kind, suggestedId, name,
                null, null, null, Map.copyOf(properties), paragraph, quote, confidence, rule);
    }

    static Proposal relation(String documentId, String from, String type, String to, Map<String, Object> properties,
                             int paragraph, String quote, double confidence, String rule) {
        return new Proposal(key(documentId, "relation", from, type, to), null, null, null, from, type, to,
                Map.copyOf(properties), paragraph, quote, confidence, rule);
    }

    boolean isEntity() {
        return type == null;
    }

    /**
     * The same statement in the same document always gets the same key, so ingesting a text again
     * (or after a rejection) proposes nothing new.
     */
    private static String key(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return "proposal:" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
