// Every entity, paragraph and public reference is addressed by a stable id; uniqueness is
// also what makes the seed loader's MERGE safe.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (p:Paragraph) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (r:Reference) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT seed_state_id IF NOT EXISTS FOR (s:SeedState) REQUIRE s.id IS UNIQUE;
