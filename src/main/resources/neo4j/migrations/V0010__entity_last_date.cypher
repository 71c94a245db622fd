// Lists dated from a day (scale issue): the end date, else the date or start date, of every dated
// entity (seed.BulkWrites LAST_DATE, absent when undated), indexed so that where: {date: {from}}
// is a range seek instead of a read of every entity's three dates.
CREATE INDEX entity_last_date IF NOT EXISTS FOR (n:Entity) ON (n.lastDate);
