// Document ingestion (issue 17). A proposal is keyed by what it proposes, so ingesting a text
// again finds the proposals it made before (accepted, rejected or pending) instead of adding new
// ones; the review queue reads them by document and status.
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX proposal_document_status IF NOT EXISTS FOR (p:Proposal) ON (p.document, p.status);
// Where a paragraph names an entity (character offsets, the words as written), and its sentences.
CREATE CONSTRAINT text_mention_id IF NOT EXISTS FOR (m:TextMention) REQUIRE m.id IS UNIQUE;
CREATE INDEX text_mention_document IF NOT EXISTS FOR (m:TextMention) ON (m.document);
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
