// The declared kinds and relation types, written by the seed loader so that the API can refuse
// names it does not declare (ADR 7); one node per term, addressed by category and name.
CREATE CONSTRAINT vocabulary_term_id IF NOT EXISTS FOR (t:VocabularyTerm) REQUIRE t.id IS UNIQUE;
