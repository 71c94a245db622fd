package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.validtime.ValidTime;

class KindReachTest {

    @Test
    void shouldCountEachKindInEachDirectionInOneStatementWhateverTheKindsOrder() {
        String statement = KindReach.statement("CONCERNS", List.of("Organization", "Framework"));

        assertThat(statement).isEqualTo(KindReach.statement("CONCERNS", List.of("Framework", "Organization"))).isEqualTo("""
                MATCH ()-[r:`CONCERNS`]->() WITH count(r) AS every
                CALL () { MATCH ()-[r:`CONCERNS`]->(:`Framework`) RETURN count(r) AS c UNION ALL \
                MATCH ()-[r:`CONCERNS`]->(:`Organization`) RETURN count(r) AS c }
                WITH every, sum(c) > 0 AS toKind, every > 0 AND max(c) = every AS toAll
                CALL () { MATCH (:`Framework`)-[r:`CONCERNS`]->() RETURN count(r) AS c UNION ALL \
                MATCH (:`Organization`)-[r:`CONCERNS`]->() RETURN count(r) AS c }
                WITH toKind, toAll, every, sum(c) > 0 AS fromKind, every > 0 AND max(c) = every AS fromAll
                RETURN toKind, fromKind, toAll, fromAll""");
    }

    @Test
    void shouldKeepANameWithABacktickInsideItsQuotes() {
        assertThat(KindReach.statement("A`B", List.of("K`) DETACH DELETE (x")))
                .contains("[r:`A``B`]").contains("(:`K``) DETACH DELETE (x`)");
    }

    /** A hub's type statement holds the index reads of the directions asked and reachable only: a parameter cannot switch one off. */
    @Test
    void shouldPutOnlyTheDirectionsTheFilterAsksAndTheKindsCanTakeInAHubsTypeStatement() {
        KindReach fromKind = new KindReach(false, true, false, false);
        String incoming = RelationRepository.statementOf(RelationRepository.Shape.type(filter(null), "CONCERNS", fromKind), false);
        String both = RelationRepository.statementOf(RelationRepository.Shape.type(filter(null), "CONCERNS", KindReach.ANY), false);

        assertThat(incoming).contains("USING INDEX r:`CONCERNS`(toKey)").doesNotContain("(fromKey)", "UNION ALL");
        assertThat(both).contains("(fromKey)", "UNION ALL", "(toKey)");
        assertThat(RelationRepository.Shape.type(filter("OUTGOING"), "CONCERNS", fromKind)).as("asked out, reachable in")
                .matches(shape -> !shape.outgoing() && !shape.incoming());
        assertThatThrownBy(() -> RelationRepository.statementOf(RelationRepository.Shape.type(filter("OUTGOING"), "CONCERNS", fromKind), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skipped");
    }

    private static RelationFilter filter(String direction) {
        return new RelationFilter(null, direction, List.of("Statement"), 20, RelationCursor.after(null), Projection.FULL, false, ValidTime.ALWAYS, null);
    }

    @Test
    void shouldRefuseToCountNoKindSinceThatWouldBeAnEmptyUnion() {
        assertThatThrownBy(() -> KindReach.statement("CONCERNS", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NONE");
    }
}
