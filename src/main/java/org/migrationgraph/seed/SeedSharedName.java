package org.migrationgraph.seed;

import java.util.List;

/**
 * A name or alias that several entities may carry on purpose ("Micronesia" is both an M49
 * sub-region and a common name of a State), with the reason; any other shared name is a problem.
 */
record SeedSharedName(String name, List<String> ids, String reason, String file, int line) {
}
