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

    /** LOADED, UNCHANGED, or KEPT_CURATED: graph-seed/ changed, but loading it would undo curated changes (counted in paragraphs). */
    public enum Status { LOADED, UNCHANGED, KEPT_CURATED }

    public String summary() {
        return switch (status) {
            case LOADED -> "seed loaded from " + location + " (" + entities + " entities, " + relations
                    + " relations, " + paragraphs + " paragraphs) in " + elapsed.toMillis() + " ms";
            case UNCHANGED -> "seed unchanged since last load (" + hash.substring(0, 12) + "), not reloaded";
            case KEPT_CURATED -> location + " changed, but the graph holds " + paragraphs + " curated revision(s) that it does not;"
                    + " it was not loaded, so that they are not lost. Export the graph with --export-seed=<dir>, merge your"
                    + " seed edits into the export, make that graph-seed/, and start again.";
        };
    }
}
