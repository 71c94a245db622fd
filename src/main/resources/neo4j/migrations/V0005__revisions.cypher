// Curated writes (issue 14). The graph's revision counter lives on one GraphState node that
// every writer locks first, so writes queue instead of overwriting each other; revisions are
// read by subject (an entity's or relation's history) and by number (what changed since).
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (g:GraphState) REQUIRE g.id IS UNIQUE;
CREATE INDEX revision_subject IF NOT EXISTS FOR (r:Revision) ON (r.subjectId);
CREATE INDEX revision_number IF NOT EXISTS FOR (r:Revision) ON (r.number);
// A deleted entity leaves a tombstone under its id, so the id answers "deleted" (or what
// replaced it) and is never given to another entity.
CREATE CONSTRAINT tombstone_id IF NOT EXISTS FOR (t:Tombstone) REQUIRE t.id IS UNIQUE;
// Names several entities carry on purpose, from graph-seed/shared-names.yaml.
CREATE CONSTRAINT shared_name_id IF NOT EXISTS FOR (s:SharedName) REQUIRE s.id IS UNIQUE;
MERGE (g:GraphState {id: 'graph'}) ON CREATE SET g.revision = 0;
