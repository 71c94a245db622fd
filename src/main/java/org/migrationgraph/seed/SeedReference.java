package org.migrationgraph.seed;

import java.util.Map;

/** A named public reference (a standard, a resolution, a register) that facts may cite. */
record SeedReference(String id, String title, Map<String, Object> properties, String file, int line) {
}
