package org.migrationgraph.schema;

import java.util.List;

/** One versioned schema change: a file {@code V0001__what_it_does.cypher}, split into statements. */
record Migration(int version, String description, String checksum, List<String> statements) {
}
