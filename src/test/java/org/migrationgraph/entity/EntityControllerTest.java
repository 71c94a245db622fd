package org.migrationgraph.entity;

import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.support.ErrorCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The lookups and type resolution alone: the repository is a mock, there is no database. */
@GraphQlTest({EntityController.class, EntityWiring.class})
class EntityControllerTest {

    private static final EntityView PHILIPPINES = new EntityView("state:PHL", "MemberState", List.of("MemberState", "Entity"),
            "Philippines", List.of("PHL"), null, Map.of("iso3", "PHL"), List.of(), 1);

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    EntityRepository entities;

    /** entity(asRecordedOn:) reads history through it; these tests ask for the graph now. */
    @MockitoBean
    org.migrationgraph.asrecorded.AsRecorded asRecorded;

    @Test
    void shouldResolveAnEntityToTheTypeNamedByItsKindWithItsStoredProperties() {
        given(entities.findByIds(List.of("state:PHL"))).willReturn(Map.of("state:PHL", PHILIPPINES));

        graphQl.document("{ entity(id: \"state:PHL\") { __typename name ... on MemberState { iso3 } } }").execute()
                .path("entity.__typename").entity(String.class).isEqualTo("MemberState")
                .path("entity.iso3").entity(String.class).isEqualTo("PHL");
    }

    @Test
    void shouldReadAliasedFieldsByTheirNameInTheSchema() {
        given(entities.findByIds(List.of("state:PHL"))).willReturn(Map.of("state:PHL", PHILIPPINES));

        graphQl.document("{ entity(id: \"state:PHL\") { label: name ... on MemberState { code: iso3 } } }").execute()
                .path("entity.label").entity(String.class).isEqualTo("Philippines")
                .path("entity.code").entity(String.class).isEqualTo("PHL");
    }

    @Test
    void shouldResolveAKindWithoutATypeToGenericEntity() {
        EntityView unknown = new EntityView("x:1", "Newcomer", List.of("Newcomer", "Entity"), "New", List.of(), null, Map.of(), List.of(), 1);
        given(entities.findByIds(List.of("x:1"))).willReturn(Map.of("x:1", unknown));

        graphQl.document("{ entity(id: \"x:1\") { __typename kind } }").execute()
                .path("entity.__typename").entity(String.class).isEqualTo("GenericEntity")
                .path("entity.kind").entity(String.class).isEqualTo("Newcomer");
    }

    @Test
    void shouldAnswerNullForAnUnknownId() {
        given(entities.findByIds(List.of("state:NONE"))).willReturn(Map.of());

        graphQl.document("{ entity(id: \"state:NONE\") { id } }").execute().path("entity").valueIsNull();
    }

    @Test
    void shouldRefuseMoreThanAHundredIdsWithoutReading() {
        String ids = String.join(",", java.util.Collections.nCopies(101, "\"state:PHL\""));

        graphQl.document("{ nodes(ids: [" + ids + "]) { id } }").execute()
                .errors().expect(e -> ErrorCode.BAD_USER_INPUT.name().equals(e.getExtensions().get("code"))).verify();
        verify(entities, never()).findByIds(anyCollection());
    }
}
