package org.migrationgraph.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A GraphQL document an integration may call by name or by the SHA-256 of its text: from the
 * manifest folder ({@code source = "manifest"}), registered through the API ({@code "api"}), or
 * sent once with its hash as an automatic persisted query ({@code "automatic"}, kept in memory).
 */
public record TrustedOperation(String name, String sha256Hash, String document, String source, String registeredBy,
                               String registeredAt) {

    /** The hash Apollo clients send: lower-case hex SHA-256 of the document's UTF-8 bytes, exactly as sent. */
    public static String hashOf(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
