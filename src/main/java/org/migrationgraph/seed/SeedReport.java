package org.migrationgraph.seed;

import java.time.Duration;

/**
 * What a seed run did.
 *
 * @param status  LOADED (written now) or UNCHANGED (same hash as the graph already holds)
 * @param elapsed validation plus writing, or only the hash check when unchanged
 */
public record SeedReport(Status status, String location, String hash, int entities, int relations,
                         int paragraphs, Duration elapsed) {

    public enum Status { LOADED, UNCHANGED }

    public String summary() {
        return switch (status) {
            case LOADED -> "seed loaded from " + location + " (" + entities + " entities, " + relations
                    + " relations, " + paragraphs + " paragraphs) in " + elapsed.toMillis() + " ms";
            case UNCHANGED -> "seed unchanged since last load (" + hash.substring(0, 12) + "), not reloaded";
        };
    }
}
