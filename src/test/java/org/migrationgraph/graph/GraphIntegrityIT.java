package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/** Integrity of the loaded graph: ids, references, citations, quotes, orphans, the data contract. */
class GraphIntegrityIT extends GraphIntegrationTest {

    @Test
    void shouldHaveNoDuplicateIds() {
        assertThat(cypher("MATCH (n:Entity) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id")).isEmpty();
        assertThat(cypher("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name")).hasSize(1);
    }

    @Test
    void shouldCiteEveryRelationshipBetweenEntities() {
        assertThat(cypher("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE size(coalesce(r.citedParagraphs, [])) + size(coalesce(r.citedReferences, [])) = 0
                RETURN a.id, type(r), b.id""")).isEmpty();
    }

    @Test
    void shouldResolveEveryCitationToAParagraphOrReference() {
        assertThat(cypher("""
                MATCH (n:Entity) UNWIND coalesce(n.citedParagraphs, []) AS pid
                WITH DISTINCT pid WHERE NOT EXISTS { MATCH (:Paragraph {id: pid}) }
                RETURN pid""")).isEmpty();
        assertThat(cypher("""
                MATCH ()-[r]->() UNWIND coalesce(r.citedParagraphs, []) AS pid
                WITH DISTINCT pid WHERE NOT EXISTS { MATCH (:Paragraph {id: pid}) }
                RETURN pid""")).isEmpty();
        assertThat(cypher("""
                MATCH ()-[r]->() UNWIND coalesce(r.citedReferences, []) AS rid
                WITH DISTINCT rid WHERE NOT EXISTS { MATCH (:Reference {id: rid}) }
                RETURN rid""")).isEmpty();
    }

    @Test
    void shouldFindEveryQuoteVerbatimInItsParagraph() {
        var rows = cypher("""
                MATCH ()-[r]->() WHERE size(coalesce(r.citedQuotes, [])) > 0
                UNWIND range(0, size(r.citedQuotes) - 1) AS i
                MATCH (p:Paragraph {id: r.citedParagraphs[i]})
                RETURN count(*) AS quotes, sum(CASE WHEN p.text CONTAINS r.citedQuotes[i] THEN 1 ELSE 0 END) AS found""");
        assertThat(rows.get(0).get("quotes")).isEqualTo(rows.get(0).get("found"));
        assertThat((Long) rows.get(0).get("quotes")).isGreaterThan(200);
    }

    @Test
    void shouldHaveNoOrphanEntity() {
        assertThat(cypher("MATCH (n:Entity) WHERE NOT (n)-[]-(:Entity) RETURN n.id")).isEmpty();
    }

    @Test
    void shouldGiveEveryEntityAKindLabelAndTheContractProperties() {
        assertThat(cypher("""
                MATCH (n:Entity)
                WHERE size(labels(n)) < 2 OR NOT n.kind IN labels(n) OR n.id IS NULL OR n.name IS NULL OR n.aliases IS NULL
                RETURN n.id""")).isEmpty();
        // Lists sort by it and read only entities that have it (list.ListRepository).
        assertThat(cypher("MATCH (n:Entity) WHERE n.sortName IS NULL OR n.sortName <> toLower(n.name) RETURN n.id")).isEmpty();
        assertThat(cypher("MATCH (n:Entity) WHERE n.sortDate IS NULL OR n.sortDate <> coalesce(n.date, n.startDate, '~') RETURN n.id")).isEmpty();
        // Lists dated from a day seek it (list.WhereCompiler): every dated entity has it, no undated one.
        assertThat(cypher("""
                MATCH (n:Entity) WHERE (n.date IS NULL AND n.startDate IS NULL AND n.lastDate IS NOT NULL)
                  OR (coalesce(n.date, n.startDate) IS NOT NULL AND (n.lastDate IS NULL OR n.lastDate <> coalesce(n.endDate, n.date, n.startDate)))
                RETURN n.id""")).isEmpty();
        assertThat(cypher("MATCH (s:MemberState) WHERE s.iso3 IS NULL OR s.iso2 IS NULL OR s.m49 IS NULL RETURN s.id")).isEmpty();
    }

    @Test
    void shouldKeepDatesIsoAndPartialDatesPartial() {
        assertThat(cypher("""
                MATCH (n:Entity) WHERE n.date IS NOT NULL AND NOT n.date =~ '\\\\d{4}(-\\\\d{2}(-\\\\d{2})?)?'
                RETURN n.id""")).isEmpty();
        assertThat(cypher("MATCH (n:Entity {id: 'framework:au-free-movement-protocol'}) RETURN n.adoptedDate AS d").get(0).get("d")).isEqualTo("2018");
    }

    @Test
    void shouldKeepTheSpeakersRoleWithoutInventingAName() {
        assertThat(cypher("""
                MATCH (p:Person)-[:AUTHORED]->(:Document {id: 'doc:dsg-remarks-2020-12-16'})
                RETURN p.name AS name""")).extracting(r -> r.get("name")).containsExactly("The Deputy Secretary-General of the United Nations");
    }
}
