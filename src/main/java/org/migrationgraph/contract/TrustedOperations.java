package org.migrationgraph.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where trusted operations are looked up, by name or hash: the manifest folder
 * ({@code migration-graph.api.trusted-operations-dir}, one {@code <name>.graphql} per operation,
 * read at start-up: what a client's build writes), the operations registered through the API
 * (stored as {@code TrustedOperation} nodes, so every instance sees them; looked up through a
 * short-lived cache), and, unless the service runs in safelist mode, automatic persisted
 * queries (a document sent once with its hash, kept in a bounded memory cache).
 */
@Component
public class TrustedOperations {

    private static final String BY_KEY = """
            MATCH (t:TrustedOperation) WHERE t.id = $key OR t.name = $key
            RETURN t.name AS name, t.id AS hash, t.document AS document, t.registeredBy AS registeredBy,
                   toString(t.registeredAt) AS registeredAt
            """;
    private static final String ALL = """
            MATCH (t:TrustedOperation)
            RETURN t.name AS name, t.id AS hash, t.document AS document, t.registeredBy AS registeredBy,
                   toString(t.registeredAt) AS registeredAt ORDER BY t.name
            """;
    private static final String REGISTER = """
            MERGE (t:TrustedOperation {name: $name})
            ON CREATE SET t.id = $hash, t.document = $document, t.registeredBy = $by, t.registeredAt = datetime()
            RETURN t.id = $hash AS same
            """;
    private static final String REMOVE = "MATCH (t:TrustedOperation {name: $name}) DELETE t RETURN count(*) AS removed";

    private final Map<String, TrustedOperation> manifest;
    private final GraphReads reads;
    private final Driver driver;
    private final boolean safelist;
    private final Cache<String, Optional<TrustedOperation>> stored = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();
    private final Cache<String, TrustedOperation> automatic = Caffeine.newBuilder().maximumSize(10_000).build();

    TrustedOperations(GraphReads reads, Driver driver, @Value("${migration-graph.api.safelist:false}") boolean safelist,
                      @Value("${migration-graph.api.trusted-operations-dir:}") String manifestDir) {
        this.reads = reads;
        this.driver = driver;
        this.safelist = safelist;
        this.manifest = manifestDir.isBlank() ? Map.of() : readManifest(Path.of(manifestDir));
    }

    public boolean safelist() {
        return safelist;
    }

    /** The operation with this name or hash, wherever it was registered. */
    public Optional<TrustedOperation> find(String nameOrHash) {
        TrustedOperation listed = manifest.get(nameOrHash);
        if (listed != null) {
            return Optional.of(listed);
        }
        Optional<TrustedOperation> registered = stored.get(nameOrHash, key -> reads.first(BY_KEY, Map.of("key", key), row -> stored(row)));
        if (registered.isPresent() || safelist) {
            return registered;
        }
        return Optional.ofNullable(automatic.getIfPresent(nameOrHash));
    }

    /** An automatic persisted query: the document a client sent with its hash, remembered so the hash alone works next time. */
    void remember(String hash, String document) {
        automatic.put(hash, new TrustedOperation(null, hash, document, "automatic", null, null));
    }

    List<TrustedOperation> all() {
        List<TrustedOperation> all = new ArrayList<>(manifest.values().stream().distinct().toList());
        all.addAll(reads.list(ALL, Map.of(), TrustedOperations::stored));
        all.sort(Comparator.comparing(TrustedOperation::name));
        return all;
    }

    /** Stores the operation unless its name is taken by another document; true when it is (now) registered under that name. */
    boolean register(String name, String document, String by) {
        if (manifest.containsKey(name)) {
            return manifest.get(name).document().equals(document);
        }
        String hash = TrustedOperation.hashOf(document);
        try (var session = driver.session()) {
            boolean same = session.executeWrite(tx -> tx.run(REGISTER, Map.of("name", name, "hash", hash, "document", document,
                    "by", by)).single().get("same").asBoolean());
            stored.invalidateAll();
            return same;
        }
    }

    boolean remove(String name) {
        try (var session = driver.session()) {
            long removed = session.executeWrite(tx -> tx.run(REMOVE, Map.of("name", name)).single().get("removed").asLong());
            stored.invalidateAll();
            return removed > 0;
        }
    }

    private static TrustedOperation stored(Row row) {
        return new TrustedOperation(row.get("name").asString(), row.get("hash").asString(), row.get("document").asString(), "api",
                row.get("registeredBy").asString(null), row.get("registeredAt").asString(null));
    }

    /** Each {@code <name>.graphql} file is one operation, known by its name and by the hash of its text. */
    private static Map<String, TrustedOperation> readManifest(Path folder) {
        Map<String, TrustedOperation> operations = new LinkedHashMap<>();
        String at = Instant.now().toString();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".graphql")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
                String document = Files.readString(file, StandardCharsets.UTF_8);
                TrustedOperation operation = new TrustedOperation(name, TrustedOperation.hashOf(document), document, "manifest",
                        file.toString(), at);
                operations.put(name, operation);
                operations.put(operation.sha256Hash(), operation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the trusted operations in " + folder.toAbsolutePath()
                    + " (migration-graph.api.trusted-operations-dir): " + e.getMessage(), e);
        }
        return operations;
    }
}
