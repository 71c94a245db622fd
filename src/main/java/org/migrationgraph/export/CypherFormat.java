package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A cypher-shell script that recreates the export in another Neo4j 5 ({@code cypher-shell -f}):
 * the uniqueness constraints, then entities, relations and (for the whole graph) documents'
 * paragraphs, mentions and references, as stored, in batches of {@value #BATCH} rows. Every
 * statement MERGEs by id, so running the script twice changes nothing.
 *
 * <p>Each batch is a {@code :param rows => [...]} line and one statement that reads
 * {@code $rows}, the way APOC's UNWIND_BATCH_PARAMS export writes it. The shell turns the
 * literal into a parameter itself, and Neo4j plans each statement once for the whole script. Rows
 * written into the statement text instead made Neo4j plan every batch anew, walking the whole
 * literal dozens of times: about 15 µs per character, 18 s for the seed's script against 5 s.
 */
final class CypherFormat implements FormatWriter {

    static final int BATCH = 500;

    static final String ENTITIES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.props
            SET n:$(row.kinds);
            """;
    static final String RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:$(row.type)]->(b)
            SET r = row.props;
            """;
    static final String PARAGRAPHS = """
            UNWIND $rows AS row
            MATCH (d:Entity {id: row.document})
            MERGE (p:Paragraph {id: row.props.id})
            SET p = row.props
            MERGE (d)-[:HAS_PARAGRAPH]->(p);
            """;
    static final String MENTIONS = """
            UNWIND $rows AS row
            MATCH (p:Paragraph {id: row.paragraph})
            MATCH (e:Entity {id: row.entity})
            MERGE (p)-[:MENTIONS]->(e);
            """;
    static final String REFERENCES = """
            UNWIND $rows AS row
            MERGE (r:Reference {id: row.props.id})
            SET r = row.props;
            """;
    /** What the whole-graph script reads besides entities and relations. */
    static final String READ_PARAGRAPHS = """
            MATCH (d:Entity)-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN d.id AS document, properties(p) AS props ORDER BY p.id
            """;
    static final String READ_MENTIONS = """
            MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity) RETURN p.id AS paragraph, e.id AS entity
            """;
    static final String READ_REFERENCES = """
            MATCH (r:Reference) RETURN properties(r) AS props ORDER BY r.id
            """;

    private final Writer out;
    private final List<String> batch = new ArrayList<>();
    private String statement;

    CypherFormat(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(ExportContext context) throws IOException {
        out.write("// migration-graph export: " + (context.scope().isWholeGraph() ? "the whole graph" : context.scope().asParameters())
                + ", revision " + context.state().revision() + ", written " + context.generatedAt() + ".\n"
                + "// Run it in an empty Neo4j 5 database: cypher-shell -f graph.cypher. Running it again changes nothing.\n"
                + "// Each batch of rows is a :param line (a cypher-shell command), then one statement that reads $rows.\n");
        out.write("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
        out.write("CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (p:Paragraph) REQUIRE p.id IS UNIQUE;\n");
        out.write("CREATE CONSTRAINT reference_id IF NOT EXISTS FOR (r:Reference) REQUIRE r.id IS UNIQUE;\n");
        statement = ENTITIES;
    }

    @Override
    public void node(ExportNode node) throws IOException {
        add(Map.of("id", node.id(), "kinds", node.kinds(), "props", node.stored()));
    }

    @Override
    public void betweenNodesAndEdges() throws IOException {
        switchTo(RELATIONS);
    }

    @Override
    public void edge(ExportEdge edge) throws IOException {
        add(Map.of("from", edge.from(), "to", edge.to(), "type", edge.type(), "props", edge.stored()));
    }

    /** The whole graph's documents, mentions and references, after the relations. */
    void rows(String statementTemplate, Map<String, Object> row) throws IOException {
        switchTo(statementTemplate);
        add(row);
    }

    private void switchTo(String template) throws IOException {
        if (!template.equals(statement)) {
            flushBatch();
            statement = template;
        }
    }

    private void add(Map<String, Object> row) throws IOException {
        batch.add(literal(row));
        if (batch.size() >= BATCH) {
            flushBatch();
        }
    }

    private void flushBatch() throws IOException {
        if (!batch.isEmpty()) {
            // The shell reads a command up to the end of its line: the rows stay on one line.
            out.write(":param rows => [" + String.join(", ", batch) + "]\n");
            out.write(statement);
            batch.clear();
        }
    }

    @Override
    public void end() throws IOException {
        flushBatch();
        out.flush();
    }

    /** A Cypher literal for a stored value: strings quoted and escaped, maps with back-quoted keys. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "'" + escape(text) + "'";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                out.append('`').append(String.valueOf(entry.getKey()).replace("`", "``")).append("`: ").append(literal(entry.getValue()));
                if (entries.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            return "[" + String.join(", ", list.stream().map(CypherFormat::literal).toList()) + "]";
        }
        // Temporal values (a load's datetime): their ISO text, which is how the graph's own dates are kept.
        return "'" + escape(String.valueOf(value)) + "'";
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
