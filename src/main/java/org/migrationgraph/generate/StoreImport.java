package org.migrationgraph.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.list.LastDateDerivation;
import org.migrationgraph.list.SortDateDerivation;
import org.migrationgraph.list.SortNameDerivation;
import org.migrationgraph.relation.RelationKeyDerivation;
import org.migrationgraph.schema.DerivedProperty;
import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.migrationgraph.validtime.Validity;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.internal.batchimport.staging.ExecutionMonitors;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.recordstorage.RecordDatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.springframework.util.FileSystemUtils;

/**
 * Writes a new store in one pass with Neo4j's offline importer (what {@code neo4j-admin database
 * import full} runs), for a generation into a data directory that has no database yet: the seed's
 * entities, then the generated documents' entities, paragraphs and relations, from the same rows
 * the transactional path ({@link GraphGenerator}) writes, with what that path derives in Cypher
 * (validity by {@link Validity}, the page keys) and a record that it did, so start-up does not
 * derive them again. The importer writes records, not indexes: the service's first start makes
 * the schema (populating the indexes) and loads the rest of the seed, as for any store that lacks
 * them. Only an empty store can be written this way; every later load is transactional.
 */
final class StoreImport {

    /**
     * The importer's defaults, and the label and relationship type lookup indexes that every new
     * database has: without them every label match scans all nodes (neo4j-admin's import asks
     * for them too).
     */
    private static final Configuration CONFIGURATION = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    private StoreImport() {
    }

    /** What the importer wrote (generated records; the seed's are loaded at the first start), and how long it took. */
    record Imported(long documents, long entities, long paragraphs, long relations, Duration took) {
    }

    /**
     * Whether the data directory (a Neo4j home) may be imported into: it has no default database
     * yet, or only one an interrupted import left.
     */
    static boolean canImport(Path home) {
        return !Files.exists(layout(home).metadataStore()) || Files.exists(home.resolve(EmbeddedNeo4j.IMPORT_MARKER));
    }

    /**
     * Writes the store, printing the importer's progress to {@code out}. A marker file stands in
     * the data directory while it writes, so that a store an interrupted import left is never
     * opened (EmbeddedNeo4j refuses it) and the next import starts over; a failed import removes
     * what it wrote.
     */
    static Imported write(Path home, List<Map<String, Object>> seedEntities, SyntheticGraph graph, long documents, PrintStream out) {
        Path marker = home.resolve(EmbeddedNeo4j.IMPORT_MARKER);
        try {
            Files.createDirectories(home);
            if (Files.exists(marker)) {
                out.println("An earlier import into " + home + " did not finish: removing what it wrote and starting over.");
                clear(home);
            }
            Files.writeString(marker, "An offline import is writing this store (--generate); do not start the service on it.\n");
            Imported imported = importStore(home, seedEntities, graph, documents, out);
            Files.delete(marker);
            return imported;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            clear(home);
            try {
                Files.deleteIfExists(marker);
            } catch (IOException ignored) {
                // The marker stays: the next import clears again, and the service refuses the store.
            }
            throw e;
        }
    }

    /** Removes the default database's store and transaction logs, as they were before an import. */
    static void clear(Path home) {
        DatabaseLayout layout = layout(home);
        for (Path dir : List.of(layout.databaseDirectory(), layout.getTransactionLogsDirectory())) {
            FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }

    private static Imported importStore(Path home, List<Map<String, Object>> seedEntities, SyntheticGraph graph, long documents,
                                        PrintStream out) {
        long started = System.nanoTime();
        Counts counts = new Counts(new AtomicLong(), new AtomicLong(), new AtomicLong());
        Input input = input(seedEntities, graph, documents, counts);
        Config config = config(home);
        try (JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            BatchImporterFactory.withHighestPriority().instantiate(layout(home), new DefaultFileSystemAbstraction(), PageCacheTracer.NULL,
                    CONFIGURATION, NullLogService.getInstance(), ExecutionMonitors.defaultVisible(Monitor.NO_MONITOR, out, out),
                    DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    CursorContextFactory.NULL_CONTEXT_FACTORY).doImport(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The import could not finish: " + e.getMessage(), e);
        }
        return new Imported(documents, counts.entities().get(), counts.paragraphs().get(), counts.relations().get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** How many generated records the importer was given (seed anchors and bookkeeping aside). */
    private record Counts(AtomicLong entities, AtomicLong paragraphs, AtomicLong relations) {
    }

    /**
     * The importer's input: nodes (the seed's entities as anchors, the derived-property records,
     * then each range of documents' entities and paragraphs) and relationships (each range's
     * relations and paragraph links), ids being the records' own string ids.
     */
    private static Input input(List<Map<String, Object>> seedEntities, SyntheticGraph graph, long documents, Counts counts) {
        Groups groups = new Groups();
        Group ids = groups.getOrCreate(null);
        // The seed's entities only as the ends generated relations need: the first start's seed
        // load gives them their properties, as it would to any entity of an older seed.
        List<ImportChunks.Record> first = new ArrayList<>();
        seedEntities.forEach(row -> first.add(visitor -> entity(visitor, ids, Map.of("id", row.get("id"), "kinds", row.get("kinds"),
                "props", Map.of("id", row.get("id"))))));
        first.add(visitor -> derived(visitor, ids, ValidTimeCypher.PROPERTY, Validity.RULES_VERSION));
        first.add(visitor -> derived(visitor, ids, RelationKeyDerivation.NAME, RelationKeyDerivation.RULES_VERSION));
        first.add(visitor -> derived(visitor, ids, SortNameDerivation.NAME, SortNameDerivation.RULES_VERSION));
        first.add(visitor -> derived(visitor, ids, SortDateDerivation.NAME, SortDateDerivation.RULES_VERSION));
        first.add(visitor -> derived(visitor, ids, LastDateDerivation.NAME, LastDateDerivation.RULES_VERSION));
        InputIterable nodes = () -> new ImportChunks(graph, documents, first, rows -> {
            counts.entities().addAndGet(rows.entities().size());
            counts.paragraphs().addAndGet(rows.paragraphs().size());
            List<ImportChunks.Record> records = new ArrayList<>();
            rows.entities().forEach(row -> records.add(visitor -> entity(visitor, ids, row)));
            rows.paragraphs().forEach(row -> records.add(visitor -> paragraph(visitor, ids, row)));
            return records;
        });
        InputIterable relationships = () -> new ImportChunks(graph, documents, List.of(), rows -> {
            counts.relations().addAndGet(rows.relations().size());
            List<ImportChunks.Record> records = new ArrayList<>();
            rows.relations().forEach(row -> records.add(visitor -> relation(visitor, ids, row)));
            rows.paragraphs().forEach(row -> records.add(visitor -> paragraphOf(visitor, ids, row)));
            return records;
        });
        // What the importer plans memory and reports disk by, as measured on a million entities: per
        // document about 27 nodes (13 entities, 14 paragraphs) with 255 properties and 41 labels
        // in all, 62 relationships with 530 properties, and 80 kB of property data.
        long nodeCount = documents * 27 + seedEntities.size();
        return Input.input(nodes, relationships, IdType.STRING, Input.knownEstimates(nodeCount, documents * 62, documents * 255,
                documents * 530, documents * 35_000, documents * 45_000, documents * 41), groups);
    }

    /** An entity as BulkWrites#ENTITIES writes it: its kinds as labels, its properties, version 1, its validity, sort name and date, and last date. */
    private static void entity(InputEntityVisitor visitor, Group ids, Map<String, Object> row) {
        visitor.id(row.get("id"), ids);
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) row.get("kinds");
        List<String> labels = new ArrayList<>(kinds);
        labels.add(0, "Entity");
        visitor.labels(labels.toArray(String[]::new));
        Map<String, Object> props = props(row);
        properties(visitor, props);
        visitor.property("version", 1L);
        Validity.ofEntity(props).ifPresent(v -> visitor.property(ValidTimeCypher.PROPERTY, v));
        // Cypher's toLower as BulkWrites#DERIVE_ENTITY applies it; generated names are ASCII. A
        // seed entity here has no name yet: the first start's seed load derives its sort keys.
        if (props.get("name") instanceof String name) {
            visitor.property(BulkWrites.SORT_NAME, name.toLowerCase(Locale.ROOT));
            visitor.property(BulkWrites.SORT_DATE, BulkWrites.sortDate(props));
            BulkWrites.lastDate(props).ifPresent(last -> visitor.property(BulkWrites.LAST_DATE, last));
        }
    }

    /** A relation as BulkWrites#RELATIONS writes it: its properties, version 1, its validity and its page keys. */
    private static void relation(InputEntityVisitor visitor, Group ids, Map<String, Object> row) {
        Map<String, Object> props = props(row);
        visitor.startId(row.get("from"), ids);
        visitor.endId(row.get("to"), ids);
        visitor.type((String) row.get("type"));
        properties(visitor, props);
        visitor.property("version", 1L);
        Validity.ofRelation(props).ifPresent(v -> visitor.property(ValidTimeCypher.PROPERTY, v));
        visitor.property(BulkWrites.FROM_KEY, row.get("from") + " " + props.get("id"));
        visitor.property(BulkWrites.TO_KEY, row.get("to") + " " + props.get("id"));
    }

    /** A paragraph as BulkWrites#PARAGRAPHS writes it. */
    private static void paragraph(InputEntityVisitor visitor, Group ids, Map<String, Object> row) {
        visitor.id(row.get("id"), ids);
        visitor.labels(new String[] {"Paragraph"});
        properties(visitor, props(row));
    }

    /** Its document's link to a paragraph (a generated one carries no seed version). */
    private static void paragraphOf(InputEntityVisitor visitor, Group ids, Map<String, Object> row) {
        visitor.startId(props(row).get("document"), ids);
        visitor.endId(row.get("id"), ids);
        visitor.type("HAS_PARAGRAPH");
    }

    /** Records that every record was written with this derived property (SchemaMigrations then leaves them be). */
    private static void derived(InputEntityVisitor visitor, Group ids, String name, int rulesVersion) {
        visitor.id(DerivedProperty.RECORD_LABEL + " " + name, ids);
        visitor.labels(new String[] {DerivedProperty.RECORD_LABEL});
        visitor.property("name", name);
        visitor.property("rulesVersion", (long) rulesVersion);
        visitor.property("derivedAt", ZonedDateTime.now(ZoneOffset.UTC));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    /** Cypher stores a list as an array: so does the importer, for the same values read back. */
    private static void properties(InputEntityVisitor visitor, Map<String, Object> props) {
        props.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                visitor.property(key, list.toArray(String[]::new));
            } else if (value instanceof Integer i) {
                visitor.property(key, i.longValue());
            } else if (value != null) {
                visitor.property(key, value);
            }
        });
    }

    private static Config config(Path home) {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
    }

    private static DatabaseLayout layout(Path home) {
        return RecordDatabaseLayout.of(config(home));
    }
}
