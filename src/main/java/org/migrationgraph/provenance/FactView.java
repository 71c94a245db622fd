package org.migrationgraph.provenance;

import org.migrationgraph.entity.EntityView;

/** A relationship as one paragraph supports it: the GraphQL Fact. */
record FactView(String id, String type, EntityView source, EntityView target, String quote) {
}
