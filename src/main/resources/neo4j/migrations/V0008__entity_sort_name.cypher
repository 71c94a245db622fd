// Lists in name order (scale issue): the lower-cased name every writer stores (seed.BulkWrites
// SORT_NAME), indexed so that a list of a large kind reads its first page in order.
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
