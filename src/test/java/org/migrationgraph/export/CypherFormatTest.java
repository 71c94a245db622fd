package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The script's layout: what cypher-shell needs to read it (ExportRoundTripIT runs it for real). */
class CypherFormatTest {

    private static ExportNode node(String id, String name) {
        return new ExportNode(id, "Organization", List.of("Organization"), name, Map.of(), List.of(),
                Map.of("id", id, "name", name));
    }

    private static String script(int nodes, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CypherFormat format = new CypherFormat(bytes);
        format.begin(new ExportContext(null, new ExportState(7, Instant.EPOCH), ExportScope.WHOLE_GRAPH, "http://x", Instant.EPOCH));
        for (int i = 0; i < nodes; i++) {
            format.node(node("org:n" + i, name));
        }
        format.betweenNodesAndEdges();
        format.edge(new ExportEdge("org:n0-COORDINATES->org:n1", "org:n0", "COORDINATES", "org:n1", Map.of(), List.of(),
                Map.of("citedQuotes", List.of("a quote"))));
        format.end();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteEachBatchAsOneParamLineFollowedByTheStatementThatReadsIt() throws IOException {
        List<String> lines = script(CypherFormat.BATCH + 1, "IOM").lines().toList();

        List<Integer> params = IntStream.range(0, lines.size()).filter(i -> lines.get(i).startsWith(":param ")).boxed().toList();
        // 500 entities, then 1, then the relation: a kind's rows never share a batch with another kind's.
        assertThat(params).hasSize(3);
        params.forEach(i -> {
            assertThat(lines.get(i)).startsWith(":param rows => [").endsWith("]");
            assertThat(lines.get(i + 1)).isEqualTo("UNWIND $rows AS row");
        });
        assertThat(Pattern.compile("`kinds`: ").matcher(lines.get(params.get(0))).results().count()).isEqualTo(CypherFormat.BATCH);
        assertThat(lines.get(params.get(2) + 4)).isEqualTo("MERGE (a)-[r:$(row.type)]->(b)");
    }

    @Test
    void shouldKeepAParamOnOneLineWhateverTheTextHolds() throws IOException {
        String script = script(1, "line one\nline two\r\n'quoted' \\ and `ticked`");

        String param = script.lines().filter(line -> line.startsWith(":param ")).findFirst().orElseThrow();
        assertThat(param).contains("'line one\\nline two\\r\\n\\'quoted\\' \\\\ and `ticked`'");
    }

    @Test
    void shouldWriteLiteralsCypherReadsBackAsTheSameValues() {
        assertThat(CypherFormat.literal(Map.of("we`ird", List.of(1L, 2.5, true)))).isEqualTo("{`we``ird`: [1, 2.5, true]}");
        assertThat(CypherFormat.literal(null)).isEqualTo("null");
        assertThat(CypherFormat.literal(Instant.EPOCH)).isEqualTo("'1970-01-01T00:00:00Z'");
    }
}
