package org.migrationgraph.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code --new-api-key=<name>:<roles>}: makes a random key and prints it once, with the
 * configuration that admits it (its bcrypt hash, never the key). The service keeps no key in
 * clear, so this is the only time anyone sees it. No server and no database start.
 */
public final class NewApiKeyCommand {

    public static final String FLAG = "--new-api-key";

    /** bcrypt's work factor: about 0.34 s per check on these machines (median of 7), paid once per key and 10 minutes (ApiKeys caches). */
    static final int STRENGTH = 12;

    private NewApiKeyCommand() {
    }

    public static boolean isRequested(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals(FLAG) || a.startsWith(FLAG + "="));
    }

    public static int run(String[] args, PrintStream out) {
        String spec = List.of(args).stream().filter(a -> a.startsWith(FLAG + "=")).map(a -> a.substring(FLAG.length() + 1))
                .findFirst().orElse("");
        String[] parts = spec.split(":", 2);
        if (parts.length != 2 || parts[0].isBlank() || !validRoles(parts[1])) {
            out.println("Usage: " + FLAG + "=<name>:<roles>, roles from reader, editor, admin separated by commas, "
                    + "for example " + FLAG + "=dashboard-team:editor");
            return 1;
        }
        String key = newKey();
        String hash = new BCryptPasswordEncoder(STRENGTH).encode(key);
        out.printf("""
                The key (shown once, give it to %1$s and keep it out of logs):
                  %2$s
                Configure the service with its hash, in the environment:
                  MIGRATION_GRAPH_SECURITY_KEYS_0_NAME=%1$s
                  MIGRATION_GRAPH_SECURITY_KEYS_0_HASH='%3$s'
                  MIGRATION_GRAPH_SECURITY_KEYS_0_ROLES=%4$s
                or in YAML under migration-graph.security.keys:
                  - name: %1$s
                    hash: '%3$s'
                    roles: [%4$s]
                Clients send it as: Authorization: Bearer <key>
                """, parts[0], key, hash, parts[1].toLowerCase(Locale.ROOT));
        return 0;
    }

    private static boolean validRoles(String roles) {
        try {
            for (String role : roles.split(",")) {
                Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
            }
            return !roles.isBlank();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** 32 random bytes, URL-safe: 256 bits, as strong as the hash can keep. Prefixed so scanners can spot a leaked one. */
    static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "mgk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
