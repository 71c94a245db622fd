package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

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

    @Test
    void shouldReadATypeOnlyWhenOneOfItsDirectionsCanReachTheKind() {
        assertThat(KindReach.ANY.any()).isTrue();
        assertThat(new KindReach(false, true, false, false).any()).isTrue();
        assertThat(KindReach.NONE.any()).isFalse();
    }

    @Test
    void shouldRefuseToCountNoKindSinceThatWouldBeAnEmptyUnion() {
        assertThatThrownBy(() -> KindReach.statement("CONCERNS", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NONE");
    }
}
