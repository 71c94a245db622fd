// Search also reads the verbatim quotes an entity is cited with (quoteText, written by the
// loader), so that a sentence from a document finds the statement or fact it states. A
// full-text index cannot gain a property in place: it is dropped and made again, and
// SchemaMigrations waits for it to be online before the seed is loaded or searched.
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description, n.quoteText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
