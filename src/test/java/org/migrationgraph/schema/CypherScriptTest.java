package org.migrationgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherScriptTest {

    @Test
    void shouldSplitAtTheSemicolonsThatEndStatements() {
        assertThat(CypherScript.statements("CREATE A;\nCREATE B\n  MORE;\n")).containsExactly("CREATE A", "CREATE B\n  MORE");
    }

    @Test
    void shouldKeepTheLastStatementWithoutASemicolon() {
        assertThat(CypherScript.statements("CREATE A; CREATE B")).containsExactly("CREATE A", "CREATE B");
    }

    @Test
    void shouldNotSplitAtASemicolonInsideAStringOrAnEscapedName() {
        assertThat(CypherScript.statements("RETURN 'a;\nb' AS `x;y`;\nRETURN \"c;\" AS z;"))
                .containsExactly("RETURN 'a;\nb' AS `x;y`", "RETURN \"c;\" AS z");
    }

    @Test
    void shouldHonourEscapedQuotesInsideStrings() {
        assertThat(CypherScript.statements("RETURN 'it\\'s; fine';RETURN 2")).containsExactly("RETURN 'it\\'s; fine'", "RETURN 2");
    }

    @Test
    void shouldDropLineAndBlockCommentsEvenWithSemicolonsInThem() {
        assertThat(CypherScript.statements("// one; two\nCREATE A /* not; here */ ;\n/* trailing; */"))
                .containsExactly("CREATE A");
    }

    @Test
    void shouldKeepDoubleSlashesInsideStrings() {
        assertThat(CypherScript.statements("RETURN 'http://example.org';")).containsExactly("RETURN 'http://example.org'");
    }

    @Test
    void shouldRefuseAScriptThatEndsInsideAString() {
        assertThatThrownBy(() -> CypherScript.statements("RETURN 'open;")).hasMessageContaining("not closed");
    }
}
