package org.migrationgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the graph back in the graph-seed format: each record into the file it was loaded from
 * (curated records into curated.yaml), sorted by id, and each document's paragraphs into
 * {@code documents/<name>.txt}. Loading the export into a fresh store gives the same
 * {@link GraphFingerprint}; the round trip is tested.
 */
@Component
public class SeedExporter {

    private static final String TERMS = """
            MATCH (t:VocabularyTerm) RETURN t.category AS category, t.name AS name, t.meaning AS meaning,
                   coalesce(t.structural, false) AS structural, t.seedFile AS file
            ORDER BY t.category, t.name
            """;
    private static final String REFERENCES = "MATCH (r:Reference) RETURN properties(r) AS props ORDER BY r.id";
    private static final String ENTITIES = "MATCH (n:Entity) RETURN properties(n) AS props, labels(n) AS labels ORDER BY n.id";
    private static final String PARAGRAPHS = """
            MATCH (d:Entity)-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN d.id AS document, p.text AS text ORDER BY d.id, p.number
            """;
    private static final String RELATIONS = """
            MATCH (a:Entity)-[r]->(b:Entity)
            RETURN properties(r) AS props, type(r) AS type, a.id AS from, b.id AS to ORDER BY r.id
            """;
    private static final String SHARED_NAMES = "MATCH (s:SharedName) RETURN properties(s) AS props ORDER BY s.id";

    private final Driver driver;

    SeedExporter(Driver driver) {
        this.driver = driver;
    }

    /** What an export wrote. */
    public record Exported(Path directory, int files, int entities, int relations, String filesHash, long revision) {
    }

    /** Replaces the seed files (.yaml, .yml, .txt) under {@code directory} with the graph's content. */
    public Exported export(Path directory) {
        Map<String, Map<String, List<Object>>> files = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        long[] counts = new long[3];
        try (Session session = driver.session()) {
            session.executeRead(tx -> {
                counts[2] = tx.run("OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN coalesce(g.revision, 0) AS r").single().get("r").asLong();
                tx.run(TERMS).forEachRemaining(r -> section(files, r.get("file").asString(StoredRecords.CURATED_FILE),
                        r.get("category").asString().equals("kind") ? "kinds" : "relationTypes")
                        .add(Map.of(r.get("name").asString(), r.get("structural").asBoolean()
                                ? Map.of("meaning", r.get("meaning").asString(), "structural", true) : r.get("meaning").asString())));
                tx.run(REFERENCES).forEachRemaining(r -> reference(files, StoredRecords.reference(r.get("props").asMap())));
                Map<String, List<String>> paragraphs = new LinkedHashMap<>();
                tx.run(PARAGRAPHS).forEachRemaining(r -> paragraphs.computeIfAbsent(r.get("document").asString(),
                        d -> new ArrayList<>()).add(r.get("text").asString()));
                tx.run(ENTITIES).forEachRemaining(r -> {
                    Map<String, Object> props = r.get("props").asMap();
                    List<String> text = paragraphs.get((String) props.get("id"));
                    String textFile = text == null ? null : textFile((String) props.get("id"));
                    if (text != null) {
                        texts.put(textFile, String.join("\n\n", text) + "\n");
                    }
                    SeedEntity entity = StoredRecords.entity(props, r.get("labels").asList(Value::asString), textFile);
                    section(files, entity.file(), "entities").add(entity(entity));
                    counts[0]++;
                });
                tx.run(RELATIONS).forEachRemaining(r -> {
                    SeedRelation relation = StoredRecords.relation(r.get("props").asMap(), r.get("type").asString(),
                            r.get("from").asString(), r.get("to").asString());
                    section(files, relation.file(), "relations").add(relation(relation));
                    counts[1]++;
                });
                tx.run(SHARED_NAMES).forEachRemaining(r -> sharedName(files, r.get("props").asMap()));
                return null;
            });
        }
        write(directory, files, texts);
        return new Exported(directory, files.size() + texts.size(), (int) counts[0], (int) counts[1],
                SeedFiles.read(directory.toUri().toString()).hash(), counts[2]);
    }

    /** A document's text file: {@code documents/} and the id's name part, as graph-seed/ names them. */
    static String textFile(String documentId) {
        return "documents/" + documentId.substring(documentId.indexOf(':') + 1).replaceAll("[^A-Za-z0-9._-]", "-") + ".txt";
    }

    private static List<Object> section(Map<String, Map<String, List<Object>>> files, String file, String section) {
        return files.computeIfAbsent(file, f -> new LinkedHashMap<>()).computeIfAbsent(section, s -> new ArrayList<>());
    }

    private static void reference(Map<String, Map<String, List<Object>>> files, SeedReference reference) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", reference.id());
        yaml.put("title", reference.title());
        yaml.putAll(new TreeMap<>(reference.properties()));
        section(files, reference.file(), "references").add(yaml);
    }

    private static Map<String, Object> entity(SeedEntity e) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", e.id());
        yaml.put("kind", e.kinds().size() == 1 ? e.kinds().get(0) : e.kinds());
        yaml.put("name", e.name());
        if (!e.aliases().isEmpty()) {
            yaml.put("aliases", e.aliases());
        }
        if (e.description() != null) {
            yaml.put("description", e.description());
        }
        if (e.text() != null) {
            yaml.put("text", e.text());
        }
        yaml.putAll(new TreeMap<>(e.properties()));
        if (!e.citations().isEmpty()) {
            yaml.put("citations", e.citations().stream().map(SeedCitation::asMap).toList());
        }
        return yaml;
    }

    private static Map<String, Object> relation(SeedRelation r) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("from", r.from());
        yaml.put("type", r.type());
        yaml.put("to", r.to());
        yaml.putAll(new TreeMap<>(r.properties()));
        yaml.put("citations", r.citations().stream().map(SeedCitation::asMap).toList());
        return yaml;
    }

    @SuppressWarnings("unchecked")
    private static void sharedName(Map<String, Map<String, List<Object>>> files, Map<String, Object> props) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("name", props.get("name"));
        yaml.put("ids", (List<String>) props.get("ids"));
        yaml.put("reason", props.get("reason"));
        section(files, props.get("seedFile") instanceof String f ? f : StoredRecords.CURATED_FILE, "sharedNames").add(yaml);
    }

    private static void write(Path directory, Map<String, Map<String, List<Object>>> files, Map<String, String> texts) {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> old = Files.walk(directory)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    String name = path.getFileName().toString();
                    if (Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt"))) {
                        Files.delete(path);
                    }
                }
            }
            Yaml yaml = new Yaml(options());
            for (var file : files.entrySet()) {
                Map<String, Object> content = new LinkedHashMap<>();
                file.getValue().forEach((section, records) -> content.put(section, isVocabulary(section) ? merged(records) : records));
                writeFile(directory.resolve(file.getKey()), yaml.dump(content));
            }
            for (var text : texts.entrySet()) {
                writeFile(directory.resolve(text.getKey()), text.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export to " + directory, e);
        }
    }

    private static boolean isVocabulary(String section) {
        return section.equals("kinds") || section.equals("relationTypes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merged(List<Object> terms) {
        Map<String, Object> merged = new LinkedHashMap<>();
        terms.forEach(t -> merged.putAll((Map<String, Object>) t));
        return merged;
    }

    private static void writeFile(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return options;
    }
}
