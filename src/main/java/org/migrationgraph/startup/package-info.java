/**
 * What happens while the service starts: migrations then the seed before requests are
 * accepted, one-sentence failure reports, the ready line, and the background warm-up, which the
 * readiness probe waits for. Nothing depends on it.
 */
package org.migrationgraph.startup;
