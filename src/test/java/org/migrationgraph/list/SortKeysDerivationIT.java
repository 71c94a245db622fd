package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.schema.SchemaMigrations;
import org.migrationgraph.testsupport.TestNeo4j;

/**
 * A store written before entities carried their list keys gets them at start-up, once: the
 * lower-cased name, the date or else the start date ('~' for neither), and the end date or else
 * either of those (none for neither); a second start derives nothing again.
 */
class SortKeysDerivationIT {

    @Test
    void shouldDeriveTheSortNameAndDatesOnAStoreWrittenWithoutThemOnceOnly() {
        try (TestNeo4j neo4j = TestNeo4j.start("sort-keys-derivation"); var session = neo4j.driver().session()) {
            session.run("""
                    CREATE (:Entity:Meeting {id: 'meeting:a', name: 'IMRF 2022', date: '2022-05-17', startDate: '2022-05-16', endDate: '2022-05-20'})
                    CREATE (:Entity:Process {id: 'process:b', name: 'Rabat Process', startDate: '2006'})
                    CREATE (:Entity:Organization {id: 'org:c', name: 'IOM'})
                    """).consume();
            SchemaMigrations migrations = new SchemaMigrations(neo4j.driver(), List.of(new SortNameDerivation(), new SortDateDerivation(), new LastDateDerivation()));
            migrations.apply();

            String keys = "MATCH (n:Entity) RETURN n.id + ' ' + n.sortName + ' ' + n.sortDate + ' ' + coalesce(n.lastDate, '-') AS keys ORDER BY n.id";
            assertThat(session.run(keys).list(r -> r.get("keys").asString()))
                    .containsExactly("meeting:a imrf 2022 2022-05-17 2022-05-20", "org:c iom ~ -", "process:b rabat process 2006 2006");
            assertThat(neo4j.count("MATCH (d:DerivedProperty) WHERE d.name IN ['sortName', 'sortDate', 'lastDate'] AND d.rulesVersion = 1 RETURN count(d)"))
                    .isEqualTo(3);
            session.run("CALL db.awaitIndexes(60)").consume();
            assertThat(session.run("SHOW INDEXES YIELD name, state WHERE name IN ['entity_sort_date', 'entity_last_date'] RETURN state")
                    .list(r -> r.get("state").asString())).containsExactly("ONLINE", "ONLINE");

            session.run("MATCH (n {id: 'org:c'}) SET n.date = '2001'").consume();
            migrations.apply();
            assertThat(session.run("MATCH (n {id: 'org:c'}) RETURN n.sortDate AS d", Map.of()).single().get("d").asString())
                    .as("rules unchanged: nothing is derived again (writers derive what they write)").isEqualTo("~");
        }
    }
}
