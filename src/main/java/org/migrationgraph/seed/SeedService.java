package org.migrationgraph.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrationgraph.change.GraphChange;
import org.migrationgraph.change.GraphChanges;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Service;

/** Reads, validates and applies graph-seed/. Nothing is written unless the whole seed is valid. */
@Service
public class SeedService {

    private static final String LOADED_HASH = """
            OPTIONAL MATCH (s:SeedState {id: 'graph-seed'}) RETURN s.hash AS hash
            """;

    /** Curated revisions the seed files do not hold yet: those after the last load or export. */
    private static final String PENDING_CURATION = """
            OPTIONAL MATCH (s:SeedState {id: 'graph-seed'})
            WITH coalesce(s.revision, 0) AS synced
            MATCH (r:Revision) WHERE r.number > synced
            RETURN count(DISTINCT r.number) AS pending
            """;
    /** After an export that no write overtook, the graph holds exactly the exported files. */
    private static final String RECORD_EXPORT = """
            MATCH (g:GraphState {id: 'graph'}) WHERE g.revision = $revision
            MERGE (s:SeedState {id: 'graph-seed'})
            SET s.hash = $hash, s.revision = g.revision, s.exportedAt = datetime()
            RETURN count(s) AS recorded
            """;

    /** The checks before a load run at start-up, when a cold large store has taken seconds (see SchemaMigrations#START_UP). */
    private static final TransactionConfig START_UP = TransactionConfig.builder().withTimeout(Duration.ofMinutes(2)).build();

    private final Driver driver;
    private final SeedProperties properties;
    private final GraphChanges changes;

    SeedService(Driver driver, SeedProperties properties, GraphChanges changes) {
        this.driver = driver;
        this.properties = properties;
        this.changes = changes;
    }

    public boolean loadsOnStartup() {
        return properties.onStartup();
    }

    /** Applies the configured seed unless the graph already holds exactly this seed. */
    public SeedReport applyIfChanged() {
        return apply(properties.resolvedLocation(), false);
    }

    /** Validates the seed at {@code location} and writes it, even when its hash is unchanged. */
    public SeedReport apply(String location, boolean force) {
        return apply(SeedFiles.read(location), force);
    }

    SeedReport apply(SeedFiles files, boolean force) {
        long started = System.nanoTime();
        String location = files.location();
        String hash = files.hash();
        if (!force && hash.equals(loadedHash())) {
            return new SeedReport(SeedReport.Status.UNCHANGED, location, hash, 0, 0, 0, since(started));
        }
        long pending = force ? 0 : pendingCuration();
        if (pending > 0) {
            // Loading would make the graph mirror the files and undo the curators' work.
            return new SeedReport(SeedReport.Status.KEPT_CURATED, location, hash, 0, 0, (int) pending, since(started));
        }
        Seed seed = validated(files);
        SeedWriter.Written written = SeedWriter.write(driver, seed);
        changes.publish(new GraphChange(List.copyOf(written.changedEntityIds()), List.of(), "seed-load",
                written.revision(), java.time.Instant.now().toString()));
        int paragraphs = seed.paragraphs().values().stream().mapToInt(List::size).sum();
        return new SeedReport(SeedReport.Status.LOADED, location, hash, seed.entities().size(),
                seed.relations().size(), paragraphs, since(started));
    }

    /**
     * The entity rows (BulkWrites' shape) of the seed at {@code location} (the default seed when
     * null or blank), validated: for a writer that makes a store before the service starts.
     */
    public static List<Map<String, Object>> validatedEntityRows(String location) {
        String resolved = location != null && !location.isBlank() ? location : SeedLocations.defaultLocation();
        Seed seed = validated(SeedFiles.read(resolved));
        return SeedRows.of(seed).entities();
    }

    /** Parses and checks a seed without a database; throws with every problem found. */
    static Seed validated(SeedFiles files) {
        List<SeedProblem> problems = new ArrayList<>();
        Seed seed = SeedParser.parse(files, problems);
        problems.addAll(SeedValidator.validate(seed));
        if (!problems.isEmpty()) {
            throw new InvalidSeedException(files.location(), problems.stream().sorted().toList());
        }
        return seed;
    }

    /**
     * Records that the graph, at {@code revision}, holds exactly the seed files hashed
     * {@code filesHash}, so that those files, once they are graph-seed/, are not loaded again.
     * Does nothing when a write came after the export.
     */
    public boolean recordExport(String filesHash, long revision) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> tx.run(RECORD_EXPORT, Map.of("hash", filesHash, "revision", revision))
                    .single().get("recorded").asLong()) > 0;
        }
    }

    private long pendingCuration() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(PENDING_CURATION).single().get("pending").asLong(), START_UP);
        }
    }

    private String loadedHash() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(LOADED_HASH, Map.of()).single().get("hash").asString(null), START_UP);
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
