package org.migrationgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A selection of row fields only (id, name, kind, aliases) reads no other properties; it must
 * answer those fields exactly as a selection that reads everything, and any other field, typed
 * fragments included, must still be answered.
 */
class ProjectionIT extends GraphIntegrationTest {

    private GraphQlTester.Response run(String operation) {
        return graphQl.documentName("projection").operationName(operation).execute();
    }

    private void assertSameRows(String rows, String everything, List<String> paths) {
        GraphQlTester.Response light = run(rows);
        GraphQlTester.Response full = run(everything);
        for (String path : paths) {
            List<Object> fromRows = light.path(path).entityList(Object.class).get();
            assertThat(fromRows).as(path).isNotEmpty();
            full.path(path).entityList(Object.class).isEqualTo(fromRows);
        }
    }

    @Test
    void shouldAnswerANeighbourhoodsRowFieldsAlikeWithOrWithoutItsProperties() {
        assertSameRows("NeighbourhoodRows", "NeighbourhoodEverything", List.of("neighborhood.nodes[*].id",
                "neighborhood.nodes[*].name", "neighborhood.nodes[*].kinds", "neighborhood.nodes[*].aliases",
                "neighborhood.edges[*].id", "neighborhood.edges[*].source", "neighborhood.edges[*].target"));
    }

    @Test
    void shouldStillReadPropertiesForTypedFragmentsDescriptionsAndCitations() {
        GraphQlTester.Response full = run("NeighbourhoodEverything");
        full.path("neighborhood.nodes[0].iso3").entity(String.class).isEqualTo("PHL");
        full.path("neighborhood.nodes[*].description").entityList(String.class)
                .satisfies(descriptions -> assertThat(descriptions).filteredOn(java.util.Objects::nonNull).hasSizeGreaterThan(3));
        full.path("neighborhood.edges[*].citations[*].quote").entityList(String.class).hasSizeGreaterThan(10);
    }

    @Test
    void shouldAnswerPathsRelationsAndListsAlikeWithOrWithoutProperties() {
        assertSameRows("PathRows", "PathEverything", List.of("allShortestPaths[*].nodes[*].id",
                "allShortestPaths[*].nodes[*].aliases", "allShortestPaths[*].edges[*].id"));
        assertSameRows("RelationRows", "RelationEverything", List.of("entity.relations.edges[*].id",
                "entity.relations.edges[*].direction", "entity.relations.edges[*].node.name", "entity.relations.edges[*].node.aliases"));
        assertSameRows("ListRows", "ListEverything", List.of("memberStates.nodes[*].id", "memberStates.nodes[*].aliases",
                "memberStates.nodes[*].relations.edges[*].id"));
        run("ListEverything").path("memberStates.nodes[*].iso3").entityList(String.class).contains("PHL", "IDN");
        run("RelationEverything").path("entity.relations.edges[*].citations[*].quote").entityList(String.class)
                .hasSizeGreaterThan(10);
    }

    @Test
    void shouldWorkOutWhatAFieldNeedsPerTypeWhenAFragmentWidensItForSome() {
        GraphQlTester.Response response = run("MergedPerType");
        response.path("nodes[0].relations.edges[*].citations").pathDoesNotExist();
        response.path("nodes[1].id").entity(String.class).isEqualTo("state:PHL")
                .path("nodes[1].relations.edges[*].citations[*].reference.id").entityList(String.class).hasSizeGreaterThan(2);
    }
}
