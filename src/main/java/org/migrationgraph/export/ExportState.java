package org.migrationgraph.export;

import java.time.Instant;

/** The graph's revision and when it was last written: what an export's ETag and Last-Modified say. */
record ExportState(long revision, Instant lastModified) {
}
