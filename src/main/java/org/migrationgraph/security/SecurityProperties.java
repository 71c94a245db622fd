package org.migrationgraph.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API keys and whether reads need one. There is no default key: with none configured,
 * writes are off. A key is never configured in clear, only its bcrypt hash, for example in the
 * environment as {@code MIGRATION_GRAPH_SECURITY_KEYS_0_NAME}, {@code ..._0_HASH} and
 * {@code ..._0_ROLES}. Bad entries stop the start with a message naming the entry.
 *
 * @param keys             who may call with more than public rights
 * @param readsRequireKey  when true, every GraphQL request and every export needs a key with at least {@code reader}
 */
@ConfigurationProperties("migration-graph.security")
record SecurityProperties(List<ApiKey> keys, boolean readsRequireKey) {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    static final String HOW_TO_HASH = "make a key and its hash with `mvn -q spring-boot:run "
            + "-Dspring-boot.run.arguments=" + NewApiKeyCommand.FLAG + "=<name>:<roles>`, or hash a key of your own "
            + "with `htpasswd -bnBC 12 \"\" '<key>' | tr -d ':\\n'`";

    /**
     * One API key.
     *
     * @param name  who holds it, in logs and rate limits (never the key itself)
     * @param hash  the key's bcrypt hash ($2a$, $2b$ or $2y$, 60 characters)
     * @param roles reader, editor and/or admin
     * @param pointsPerMinute this key's query budget, when it differs from migration-graph.rate-limit's
     */
    record ApiKey(String name, String hash, Set<Role> roles, Long pointsPerMinute) {
    }

    SecurityProperties {
        keys = keys == null ? List.of() : List.copyOf(keys);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            check(keys.get(i), "migration-graph.security.keys[" + i + "]", names);
        }
    }

    private static void check(ApiKey key, String where, Set<String> names) {
        if (key.name() == null || key.name().isBlank()) {
            throw new IllegalArgumentException(where + ".name is missing: give each key a name (who holds it).");
        }
        if (!names.add(key.name())) {
            throw new IllegalArgumentException(where + ".name '" + key.name() + "' is used by another key: names must differ.");
        }
        if (key.hash() == null || !BCRYPT.matcher(key.hash()).matches()) {
            throw new IllegalArgumentException(where + ".hash is not a bcrypt hash (60 characters starting with $2a$, $2b$ "
                    + "or $2y$); configure the hash, never the key: " + HOW_TO_HASH + ".");
        }
        if (key.roles() == null || key.roles().isEmpty()) {
            throw new IllegalArgumentException(where + ".roles is empty: give it reader, editor and/or admin.");
        }
        if (key.pointsPerMinute() != null && key.pointsPerMinute() < 1) {
            throw new IllegalArgumentException(where + ".points-per-minute must be at least 1, or left out for the default.");
        }
    }
}
