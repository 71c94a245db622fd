// Lists in date order (scale issue): the date or else the start date every writer stores
// (seed.BulkWrites SORT_DATE; '~' when the entity has neither), indexed so that a list of a large
// kind reads its first page in date order instead of sorting the whole kind.
CREATE INDEX entity_sort_date IF NOT EXISTS FOR (n:Entity) ON (n.sortDate);
