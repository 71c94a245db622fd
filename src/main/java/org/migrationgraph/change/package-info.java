/**
 * Graph changes: every writer publishes here after it committed, which moves the graph
 * generation on (caches compare against it) and feeds the {@code graphChanged} subscription.
 * Writers (the seed loader) and caches (the response cache, the vocabulary) depend on it.
 */
package org.migrationgraph.change;
