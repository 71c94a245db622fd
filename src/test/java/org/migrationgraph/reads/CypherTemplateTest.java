package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CypherTemplateTest {

    @Test
    void shouldQuoteANameAsOneIdentifierDoublingItsBackticks() {
        assertThat(CypherTemplate.quoted("MemberState")).isEqualTo("`MemberState`");
        assertThat(CypherTemplate.quoted("Odd`) DETACH DELETE (n")).isEqualTo("`Odd``) DETACH DELETE (n`");
    }

    @Test
    void shouldFillEveryNamedSlotWhereverItStands() {
        String filled = CypherTemplate.fill("MATCH (n) WHERE {{where}} RETURN {{props}}, {{props}}",
                Map.of("where", "n.id = $id", "props", "n {.id}"));

        assertThat(filled).isEqualTo("MATCH (n) WHERE n.id = $id RETURN n {.id}, n {.id}");
    }

    @Test
    void shouldLeaveCypherMapsPercentSignsAndParametersAlone() {
        String template = "RETURN {a: 1} AS m, 10 % 3 AS r, $p AS p, {{x}} AS x";

        assertThat(CypherTemplate.fill(template, Map.of("x", "2"))).isEqualTo("RETURN {a: 1} AS m, 10 % 3 AS r, $p AS p, 2 AS x");
    }

    @Test
    void shouldTakeAPieceWithDollarSignsAndBackslashesLiterally() {
        assertThat(CypherTemplate.fill("WHERE {{w}}", Map.of("w", "n[$w0] = '\\\\'"))).isEqualTo("WHERE n[$w0] = '\\\\'");
    }

    @Test
    void shouldRefuseASlotLeftUnfilled() {
        assertThatThrownBy(() -> CypherTemplate.fill("RETURN {{x}}, {{y}}", Map.of("x", "1")))
                .hasMessageContaining("{{y}}");
    }

    @Test
    void shouldRefuseAPieceForASlotTheTemplateLacks() {
        assertThatThrownBy(() -> CypherTemplate.fill("RETURN {{x}}", Map.of("x", "1", "typo", "2")))
                .hasMessageContaining("typo");
    }
}
