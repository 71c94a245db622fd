package org.migrationgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class MigrationFilesTest {

    @Test
    void shouldListMigrationsInVersionOrderWhateverTheClasspathOrder() {
        assertThat(MigrationFiles.load("classpath*:schema/in-order/*.cypher"))
                .extracting(Migration::version, Migration::description)
                .containsExactly(tuple(2, "earlier"), tuple(10, "later"));
    }

    @Test
    void shouldRefuseTwoMigrationsOfOneVersionNamingBoth() {
        assertThatIllegalStateException()
                .isThrownBy(() -> MigrationFiles.load("classpath*:schema/shared-version/*.cypher"))
                .withMessageContaining("Two schema migrations have version 1")
                .withMessageContaining("'first'")
                .withMessageContaining("'renamed'")
                .withMessageContaining("next free version");
    }

    @Test
    void shouldGiveEveryShippedMigrationItsOwnVersion() {
        assertThat(MigrationFiles.load(SchemaMigrations.LOCATION)).extracting(Migration::version).doesNotHaveDuplicates();
    }
}
