package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.support.ApiException;

class WhereCompilerTest {

    @Test
    void shouldMatchEverythingWithoutAFilter() {
        assertThat(WhereCompiler.compile(null)).isEqualTo(new Condition("true", Map.of()));
        assertThat(WhereCompiler.compile(Map.of()).cypher()).isEqualTo("true");
    }

    @Test
    void shouldCompileEachTextOperatorWithItsValueAsAParameter() {
        Condition c = WhereCompiler.compile(Map.of("name", Map.of("eq", "Philippines")));
        assertThat(c.cypher()).isEqualTo("((toString(n.name) = $w0))");
        assertThat(c.parameters()).containsExactly(Map.entry("w0", "Philippines"));
        assertThat(WhereCompiler.compile(Map.of("id", Map.of("in", List.of("state:PHL")))).cypher()).isEqualTo("((toString(n.id) IN $w0))");
        assertThat(WhereCompiler.compile(Map.of("id", Map.of("contains", "PHL"))).cypher())
                .isEqualTo("((toLower(toString(n.id)) CONTAINS toLower($w0)))");
    }

    /** A name's lower-cased form is stored as its sort name, which an index holds: a prefix is a seek on it. */
    @Test
    void shouldMatchAPartOfANameOnTheStoredSortName() {
        assertThat(WhereCompiler.compile(Map.of("name", Map.of("contains", "land"))).cypher())
                .isEqualTo("((n.sortName CONTAINS toLower($w0)))");
        assertThat(WhereCompiler.compile(Map.of("name", Map.of("startsWith", "Phil"))).cypher())
                .isEqualTo("((n.sortName STARTS WITH toLower($w0)))");
        assertThat(WhereCompiler.compile(Map.of("property", Map.of("key", "name", "startsWith", "Phil"))).cypher())
                .as("a property filter reads the property itself").isEqualTo("((toLower(toString(n[$w0])) STARTS WITH toLower($w1)))");
    }

    @Test
    void shouldBindAPropertyKeyAsAParameterNotAsText() {
        Condition c = WhereCompiler.compile(Map.of("property", Map.of("key", "iso3", "eq", "PHL")));
        assertThat(c.cypher()).isEqualTo("((toString(n[$w0]) = $w1))");
        assertThat(c.parameters()).containsEntry("w0", "iso3").containsEntry("w1", "PHL");
    }

    @Test
    void shouldNestAndOrNot() {
        Condition c = WhereCompiler.compile(Map.of("OR", List.of(Map.of("name", Map.of("eq", "a")), Map.of("NOT", Map.of("id", Map.of("eq", "b"))))));
        assertThat(c.cypher()).isEqualTo("((((toString(n.name) = $w0)) OR (NOT (((toString(n.id) = $w1))))))");
        assertThat(WhereCompiler.compile(Map.of("AND", List.of())).cypher()).isEqualTo("(true)");
        assertThat(WhereCompiler.compile(Map.of("OR", List.of())).cypher()).isEqualTo("(false)");
    }

    @Test
    void shouldKeepEveryDayOfAPartialUpperDate() {
        Condition c = WhereCompiler.compile(Map.of("date", Map.of("from", "2019-12", "to", "2020")));
        assertThat(c.parameters()).containsEntry("w0", "2019-12").containsEntry("w1", "2020~");
        assertThat(c.cypher()).isEqualTo("((n.lastDate >= $w0 AND coalesce(n.sortDate, '') <= $w1))");
        assertThat(WhereCompiler.compile(Map.of("date", Map.of())).cypher()).as("dated: not the undated's '~'").isEqualTo("((n.sortDate < '~'))");
    }

    @Test
    void shouldOfferADateBoundEveryMatchMeetsAsASeekButNotOneUnderOrOrNot() {
        Condition both = WhereCompiler.compile(Map.of("date", Map.of("from", "2019-12", "to", "2020")));
        assertThat(both.seeks()).containsExactly(new Seek("lastDate", "n.lastDate >= $w0"), new Seek("sortDate", "n.sortDate <= $w1"));
        Condition alongside = WhereCompiler.compile(Map.of("AND", List.of(Map.of("name", Map.of("eq", "a")),
                Map.of("AND", List.of(Map.of("date", Map.of("to", "2001")))))));
        assertThat(alongside.seeks()).as("under AND, every match's bound").containsExactly(new Seek("sortDate", "n.sortDate <= $w1"));
        assertThat(WhereCompiler.compile(Map.of("AND", List.of(Map.of("OR", List.of(Map.of("date", Map.of("to", "2001"))))))).seeks())
                .as("under AND, then OR").isEmpty();
        assertThat(WhereCompiler.compile(Map.of("OR", List.of(Map.of("date", Map.of("from", "2019")), Map.of("name", Map.of("eq", "a"))))).seeks())
                .isEmpty();
        assertThat(WhereCompiler.compile(Map.of("NOT", Map.of("date", Map.of("from", "2019")))).seeks()).isEmpty();
        assertThat(WhereCompiler.compile(Map.of("date", Map.of())).seeks()).as("dated at all: never narrow enough to matter").isEmpty();
    }

    @Test
    void shouldFollowARelationInTheAskedDirection() {
        Condition c = WhereCompiler.compile(Map.of("related", Map.of("type", "TOOK_THE_FLOOR_AT", "direction", "OUTGOING", "id", "meeting:x")));
        assertThat(c.cypher()).isEqualTo("(EXISTS { MATCH (n)-[r:TOOK_THE_FLOOR_AT]->(m:Entity) WHERE m.id = $w0 })");
        assertThat(WhereCompiler.compile(Map.of("related", Map.of("type", "MEMBER_OF", "direction", "INCOMING"))).cypher())
                .isEqualTo("(EXISTS { MATCH (n)<-[r:MEMBER_OF]-(m:Entity) })");
        assertThat(WhereCompiler.compile(Map.of("related", Map.of("type", "member of"))).cypher())
                .as("not the form of a type: a parameter").isEqualTo("(EXISTS { MATCH (n)-[r]-(m:Entity) WHERE type(r) = $w0 })");
        assertThat(WhereCompiler.compile(Map.of("inRegion", "region:m49-419")).cypher()).contains("(:Region {id: $w0})");
    }

    @Test
    void shouldNeverLetInputTextIntoTheStatement() {
        String hostile = "x' }) DETACH DELETE n //";
        Condition c = WhereCompiler.compile(Map.of("OR", List.of(
                Map.of("name", Map.of("eq", hostile, "contains", hostile)),
                Map.of("property", Map.of("key", hostile, "in", List.of(hostile))),
                Map.of("related", Map.of("type", hostile, "kind", hostile, "id", hostile)),
                Map.of("inRegion", hostile))));
        assertThat(c.cypher()).doesNotContain("DETACH").doesNotContain("x'");
        assertThat(c.parameters().values()).contains(hostile);
    }

    @Test
    void shouldRefuseUnknownFieldsAndOperatorsAndBadDates() {
        assertThatThrownBy(() -> WhereCompiler.compile(Map.of("colour", Map.of("eq", "x")))).isInstanceOf(ApiException.class)
                .hasMessage("Unknown filter field 'colour'.");
        assertThatThrownBy(() -> WhereCompiler.compile(Map.of("name", Map.of("like", "x")))).isInstanceOf(ApiException.class)
                .hasMessage("Unknown text operator 'like'.");
        assertThatThrownBy(() -> WhereCompiler.compile(Map.of("date", Map.of("from", "December 2019")))).isInstanceOf(ApiException.class)
                .hasMessageContaining("not an ISO date");
    }
}
