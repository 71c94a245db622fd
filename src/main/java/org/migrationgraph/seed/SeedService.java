package org.migrationgraph.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrationgraph.change.GraphChange;
import org.migrationgraph.change.GraphChanges;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Service;

/** Reads, validates and applies graph-seed/. Nothing is written unless the whole seed is valid. */
@Service
public class SeedService {

    private static final String LOADED_HASH = """
            OPTIONAL MATCH (s:SeedState {id: 'graph-seed'}) RETURN s.hash AS hash
            """;

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
        Seed seed = validated(files);
        SeedWriter.Written written = SeedWriter.write(driver, seed);
        changes.publish(new GraphChange(List.copyOf(written.changedEntityIds()), List.of(), "seed-load",
                written.revision(), java.time.Instant.now().toString()));
        int paragraphs = seed.paragraphs().values().stream().mapToInt(List::size).sum();
        return new SeedReport(SeedReport.Status.LOADED, location, hash, seed.entities().size(),
                seed.relations().size(), paragraphs, since(started));
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

    private String loadedHash() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(LOADED_HASH, Map.of()).single().get("hash").asString(null));
        }
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
