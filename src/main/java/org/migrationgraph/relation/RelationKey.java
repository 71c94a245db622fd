package org.migrationgraph.relation;

/** What the relations DataLoader is asked for: one entity's page under one filter. */
record RelationKey(String entityId, RelationFilter filter) {
}
