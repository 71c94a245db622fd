package org.migrationgraph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.migrationgraph.curation.Inputs.Change;
import org.migrationgraph.curation.Inputs.CreateEntityInput;
import org.migrationgraph.curation.Inputs.CreateRelationInput;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.relation.RelationLookup;
import org.migrationgraph.seed.ViolationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The mutations' binding and payloads alone: the service is a mock, there is no database, and
 * access control (tested in AccessControlIT and MutationAccessTest) is left out.
 */
@GraphQlTest(controllers = {CurationController.class, PropertyValueScalar.class},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.MutationAccess"))
class CurationControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    CurationService curation;

    @MockitoBean
    EntityRepository entities;

    @MockitoBean
    RelationLookup relations;

    @Test
    @SuppressWarnings("unchecked")
    void shouldBindABatchOfOneOfInputsWithTypedPropertyValuesInOrder() {
        given(curation.applyAll(any())).willReturn(new Outcome(7L, List.of("org:a", "org:a-MEMBER_OF->org:iom"), Set.of(), Set.of(), List.of(), null));

        graphQl.document("""
                mutation { applyChanges(changes: [
                  {createEntity: {id: "org:a", kinds: ["Organization"], name: "A", properties: [{key: "count", value: 3}, {key: "years", value: [2019, 2020]}], reason: "r"}},
                  {createRelation: {from: "org:a", type: "MEMBER_OF", to: "org:iom", citations: [{reference: "ref:un-m49"}], reason: "r"}}]) {
                  subjectIds revision userErrors { code } } }""").execute()
                .path("applyChanges.revision").entity(Integer.class).isEqualTo(7)
                .path("applyChanges.subjectIds").entityList(String.class).containsExactly("org:a", "org:a-MEMBER_OF->org:iom");

        ArgumentCaptor<List<Change>> batch = ArgumentCaptor.forClass(List.class);
        verify(curation).applyAll(batch.capture());
        assertThat(batch.getValue()).hasSize(2);
        CreateEntityInput entity = (CreateEntityInput) batch.getValue().get(0);
        assertThat(entity.properties()).extracting(Inputs.PropertyInput::value).containsExactly(3L, List.of(2019L, 2020L));
        assertThat(((CreateRelationInput) batch.getValue().get(1)).citations().get(0).reference()).isEqualTo("ref:un-m49");
    }

    @Test
    void shouldAnswerUserErrorsWithTheirPathAndCodeAndNoEntity() {
        given(curation.apply(any())).willReturn(Outcome.refused(List.of(new UserError(List.of("input", "citations", "0", "quote"),
                "quote \"x\" is not in paragraph 4", ViolationCode.QUOTE_NOT_FOUND)), null));

        graphQl.document("""
                mutation { createEntity(input: {id: "org:a", kinds: ["Organization"], name: "A", reason: "r"}) {
                  entity { id } revision userErrors { field message code } } }""").execute()
                .path("createEntity.entity").valueIsNull()
                .path("createEntity.revision").valueIsNull()
                .path("createEntity.userErrors[0].code").entity(String.class).isEqualTo("QUOTE_NOT_FOUND")
                .path("createEntity.userErrors[0].field").entityList(String.class).containsExactly("input", "citations", "0", "quote");
    }

    @Test
    void shouldRefuseABatchEntryWithTwoChangesBeforeTheServiceSeesIt() {
        graphQl.document("""
                mutation { applyChanges(changes: [{
                  deleteRelation: {id: "a-B->c", expectedVersion: 1, reason: "r"},
                  deleteEntity: {id: "a", expectedVersion: 1, reason: "r"}}]) { revision } }""").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        verifyNoInteractions(curation);
    }

    @Test
    void shouldRefuseAPropertyValueThatIsAnObject() {
        graphQl.document("""
                mutation { createEntity(input: {id: "org:a", kinds: ["Organization"], name: "A",
                  properties: [{key: "bad", value: {nested: 1}}], reason: "r"}) { revision } }""").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("a property value is a text, a number")));
        verifyNoInteractions(curation);
    }
}
