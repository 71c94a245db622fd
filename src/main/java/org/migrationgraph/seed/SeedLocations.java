package org.migrationgraph.seed;

import java.nio.file.Files;
import java.nio.file.Path;

/** The default seed: the project's own graph-seed/ when run from a checkout, else the jar's copy. */
final class SeedLocations {

    private SeedLocations() {
    }

    static String defaultLocation() {
        return Files.isDirectory(Path.of("graph-seed")) ? "file:graph-seed/" : "classpath:graph-seed/";
    }
}
