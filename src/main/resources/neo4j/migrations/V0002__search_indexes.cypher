// Search runs on a full-text index, never a scan. standard-folding lower-cases and folds
// accents, so "Cote d'Ivoire" finds "Côte d'Ivoire". Aliases are indexed through aliasText,
// their joined form, because full-text indexes read string properties, not lists.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE FULLTEXT INDEX paragraph_search IF NOT EXISTS
FOR (p:Paragraph) ON EACH [p.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
// Kind lookups and relation ids back the list queries and cursor pagination.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
