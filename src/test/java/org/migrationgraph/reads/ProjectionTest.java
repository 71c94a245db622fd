package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Cypher each projection renders; which projection a selection gets is tested through the
 * controllers (ListControllerTest) and against the database (ProjectionIT).
 */
class ProjectionTest {

    @Test
    void shouldReadEveryPropertyForAFullProjection() {
        assertThat(Projection.FULL.nodeProperties("n")).isEqualTo("properties(n)");
        assertThat(Projection.FULL.edgeProperties("r")).isEqualTo("properties(r)");
    }

    @Test
    void shouldReadOnlyTheRowFieldsOtherwise() {
        Projection rows = new Projection(false, false);

        assertThat(rows.nodeProperties("m")).isEqualTo("m {.id, .kind, .name, .aliases}");
        assertThat(rows.edgeProperties("r")).isEqualTo("r {.id}");
    }

    @Test
    void shouldRenderOneStatementPerProjectionFromOneTemplate() {
        Map<Projection, String> statements = Projection.statements(p -> p.fill("RETURN {{nodeProperties}} AS node, {{edgeProperties}} AS edge", "m", "r"));

        assertThat(statements).hasSize(4);
        assertThat(statements.get(new Projection(true, false))).isEqualTo("RETURN properties(m) AS node, r {.id} AS edge");
    }
}
