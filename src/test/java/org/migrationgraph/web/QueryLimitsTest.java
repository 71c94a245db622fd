package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.ReadBudget;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The cost and limit arithmetic on the real schema, with no data behind it: QueryLimits decides
 * before anything executes, so a schema with mocked fetchers is all it needs.
 */
class QueryLimitsTest {

    private static final GraphQL GRAPHQL = GraphQL.newGraphQL(schema()).instrumentation(new QueryLimits()).build();
    /** As the service runs: parsed documents kept (DocumentCache), so QueryLimits may keep their measures. */
    private static final GraphQL KEEPING_DOCUMENTS = GraphQL.newGraphQL(GRAPHQL.getGraphQLSchema())
            .instrumentation(new QueryLimits()).preparsedDocumentProvider(new DocumentCache.CaffeineProvider()).build();

    private static GraphQLSchema schema() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
                registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
    }

    private record Outcome(int cost, List<String> messages) {
    }

    private static Outcome run(String document) {
        return run(document, Map.of());
    }

    private static Outcome run(String document, Map<String, Object> variables) {
        return run(GRAPHQL, document, variables);
    }

    private static Outcome run(GraphQL graphQl, String document, Map<String, Object> variables) {
        QueryStats stats = new QueryStats(ReadBudget.startingNow(Duration.ofSeconds(5)));
        ExecutionInput input = ExecutionInput.newExecutionInput(document).variables(variables).build();
        input.getGraphQLContext().put(QueryStats.class, stats);
        ExecutionResult result = graphQl.execute(input);
        List<String> refusals = result.getErrors().stream()
                .filter(e -> e.getExtensions() != null && List.of("QUERY_TOO_COMPLEX", "BAD_USER_INPUT").contains(e.getExtensions().get("code")))
                .map(GraphQLError::getMessage).toList();
        return new Outcome((Integer) stats.toExtension().get("cost"), refusals);
    }

    @Test
    void shouldCostOnePointForARootFieldWithoutASize() {
        assertThat(run("{ entity(id: \"state:PHL\") { name } }").cost()).isEqualTo(1);
    }

    @Test
    void shouldCostAConnectionItsPageSize() {
        assertThat(run("{ memberStates(first: 40) { nodes { id } } }").cost()).isEqualTo(40);
    }

    @Test
    void shouldMultiplyTheSizesOfNestedConnections() {
        Outcome outcome = run("{ memberStates(first: 10) { nodes { relations(first: 5) { edges { node { id } } } } } }");

        assertThat(outcome.cost()).isEqualTo(10 + 10 * 5);
    }

    @Test
    void shouldCostNodesByTheNumberOfIds() {
        assertThat(run("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }").cost()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAQueryThatMayCostMoreThanTheLimitAndSaySo() {
        Outcome outcome = run("{ memberStates(first: 100) { nodes { relations(first: 60) { edges { node { id } } } } } }");

        assertThat(outcome.cost()).isEqualTo(100 + 100 * 60);
        assertThat(outcome.messages()).singleElement().asString().contains("6100 points", "limit is 5000");
    }

    @Test
    void shouldCostUnsizedListsAtTheirEstimateSoTheyMultiply() {
        // The audit's 150-character chain: it cost 1 point and ran 31 s; now refused before it runs.
        // (Its estimate passes int's range: summed without saturation, it came out negative.)
        Outcome outcome = run("{ entity(id: \"framework:gcm\") { mentionedIn { mentions { mentionedIn { mentions { mentionedIn {"
                + " mentions { mentionedIn { mentions { id } } } } } } } } } }");

        assertThat(outcome.cost()).isGreaterThan(QueryLimits.MAX_COST);
        assertThat(outcome.messages()).anySatisfy(m -> assertThat(m).contains("may cost"));
    }


    @Test
    void shouldCostAnEmbeddedListNothingButMultiplyWhatIsBelowIt() {
        Outcome quotes = run("{ entity(id: \"x\") { citations { quote } } }");
        Outcome documents = run("{ memberStates(first: 10) { nodes { mentionedIn { id } citations { quote } } } }");

        assertThat(quotes.cost()).isEqualTo(1);
        assertThat(documents.cost()).isEqualTo(10 + 10 * 40);
    }

    @Test
    void shouldAllowTheExplorersDocumentView() {
        Outcome outcome = run("{ entity(id: \"doc:x\") { ... on Document { paragraphs { number text mentions { id name kind } } } } }");

        assertThat(outcome.cost()).isEqualTo(1 + 50 + 50 * 40);
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void shouldCountAliasesOfTypename() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" t").append(i).append(": __typename");
        }
        assertThat(run(query.append(" }").toString()).messages()).anySatisfy(m -> assertThat(m).contains("31 aliases"));
    }

    @Test
    void shouldRefuseAQueryDeeperThanTheLimit() {
        String levels = "relations { edges { node { ".repeat(4);
        String deep = "{ entity(id: \"x\") { " + levels + "id" + " } } }".repeat(4) + " } }";

        assertThat(run(deep).messages()).anySatisfy(m -> assertThat(m).contains("levels deep"));
    }

    @Test
    void shouldRefuseTooManyAliases() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": stats { entities }");
        }
        assertThat(run(query.append(" }").toString()).messages()).anySatisfy(m -> assertThat(m).contains("31 aliases"));
    }

    @Test
    void shouldReportEveryViolationAtOnce() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 31; i++) {
            query.append(" a").append(i).append(": memberStates(first: 100) { nodes { relations(first: 2) { totalCount } } }");
        }
        assertThat(run(query.append(" }").toString()).messages()).hasSize(3);
    }

    @Test
    void shouldRefuseArgumentsThatHoldTooMuchEvenWhenSentAsVariables() {
        Map<String, Object> where = Map.of("OR", IntStream.range(0, 1000).mapToObj(i -> Map.of("id", Map.of("eq", "x" + i))).toList());

        Outcome outcome = run("query($kinds: [String!], $where: EntityWhere) { search(query: \"a\", kinds: $kinds) { edges { score } }"
                + " entities(where: $where) { nodes { id } } }", Map.of("kinds", Collections.nCopies(150, "Meeting"), "where", where));

        assertThat(outcome.messages()).containsExactlyInAnyOrder(
                "In 'search': 'kinds' holds 150 values; at most 100.",
                "In 'entities': 'where.OR' holds 1000 values; at most 100.",
                "In 'entities': 'where' holds 1000 conditions; at most 20. Use 'in' for many values of one field, or split the question.");
    }

    @Test
    void shouldExemptIntrospection() {
        Outcome outcome = run("{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }");

        assertThat(outcome.cost()).isZero();
        assertThat(outcome.messages()).isEmpty();
    }

    @Test
    void shouldMeasureAKeptDocumentTheSameEachTimeItIsAsked() {
        String tooCostly = "{ memberStates(first: 100) { nodes { relations(first: 100) { edges { node { id } } } } } }";
        String cheap = "{ memberStates(first: 10) { nodes { relations(first: 5) { edges { node { id } } } } } }";

        for (int time = 0; time < 3; time++) {
            assertThat(run(KEEPING_DOCUMENTS, tooCostly, Map.of()).messages()).singleElement().asString().contains("10100 points");
            assertThat(run(KEEPING_DOCUMENTS, cheap, Map.of()).cost()).isEqualTo(60);
        }
    }

    /** A document with variables costs what each request's values make it cost: its measure is never kept. */
    @Test
    void shouldMeasureADocumentWithVariablesForTheValuesSentEachTime() {
        String document = "query($n: Int) { memberStates(first: $n) { nodes { relations(first: $n) { edges { node { id } } } } } }";

        assertThat(run(KEEPING_DOCUMENTS, document, Map.of("n", 5)).cost()).isEqualTo(30);
        assertThat(run(KEEPING_DOCUMENTS, document, Map.of("n", 100)).messages()).singleElement().asString().contains("10100 points");
        assertThat(run(KEEPING_DOCUMENTS, document, Map.of("n", 5)).cost()).isEqualTo(30);
    }
}
