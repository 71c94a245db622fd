package org.migrationgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.migrationgraph.reads.ReadBudget;
import org.migrationgraph.ratelimit.ClientBudget;
import org.migrationgraph.support.ErrorCode;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses a query before it runs when it is too deep, uses too many aliases or root fields,
 * costs too much, or an argument holds more than {@link InputLimits} allow. Cost counts the items a query may fetch, the way GitHub's node limit does:
 * a connection or list with a size argument (first, limit, ids), or an unsized list at its
 * declared estimate ({@link #LIST_ESTIMATES}), costs its size times the sizes of the lists it
 * is nested in, so sizes multiply; a root field without one costs 1.
 * Introspection is exempt.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

    /** GraphQLContext key: true when the request came over HTTP (not the WebSocket). */
    static final String OVER_HTTP = QueryLimits.class.getName() + ".overHttp";

    static final int MAX_DEPTH = 10;
    static final int MAX_ALIASES = 30;
    static final int MAX_ROOT_FIELDS = 20;
    /**
     * Raised from 1,000 when unsized lists began to count: a document's paragraphs with their
     * mentions (the explorer's document view) is estimated at 2,051 points.
     */
    static final int MAX_COST = 5000;

    /**
     * Lists without a size argument are read by a DataLoader per level, so they multiply like
     * connections do: each costs this declared estimate of its length, at least the longest such
     * list in the graph (ListEstimatesIT checks it against the data). Without
     * them a 150-character chain of mentionedIn/mentions cost 1 point and ran 31 s (audit 2.4d).
     */
    static final Map<String, Integer> LIST_ESTIMATES = Map.of(
            "mentionedIn", 40, "mentions", 40, "facts", 50, "paragraphs", 50, "citations", 4,
            "speakers", 20, "statements", 40, "objectives", 30);
    /**
     * Lists that arrive with their parent (a fact's citations are stored on it): they cost no
     * points themselves, but what is fetched below them is multiplied by their estimate.
     */
    static final Set<String> EMBEDDED_LISTS = Set.of("citations");

    /**
     * Parser limits apply before any of the checks below: huge or token-heavy documents are refused
     * early. Set per request (ApiInterceptor puts them in the GraphQLContext, where graphql-java
     * looks first), never as the JVM-wide default.
     */
    /** What a mutation may take in all: its write transaction's 30 s and the reads of its payload. */
    static final java.time.Duration MUTATION_TIME = java.time.Duration.ofSeconds(40);

    static final ParserOptions PARSER_OPTIONS = ParserOptions.getDefaultOperationParserOptions()
            .transform(b -> b.maxTokens(5_000).maxCharacters(50_000).maxRuleDepth(200));

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Measure measure = measure(context);
        QueryStats stats = context.getGraphQLContext().get(QueryStats.class);
        if (stats != null) {
            stats.cost(measure.cost);
            stats.query(context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY);
            stats.mutation(context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION);
        }
        if (context.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            // A write may queue behind others (ADR 10) and has its own transaction timeout; the reads of
            // its payload, after the commit, must not find the request's read time already spent.
            context.getGraphQLContext().put(ReadBudget.CONTEXT_KEY, ReadBudget.startingNow(MUTATION_TIME));
        }
        List<GraphQLError> errors = measure.violations();
        if (Boolean.TRUE.equals(context.getGraphQLContext().get(OVER_HTTP))
                && context.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            // Over HTTP a subscription's stream was serialized as a Reactor object (audit 1.8).
            errors.add(GraphqlErrorBuilder.newError().message("Subscriptions run over the WebSocket at /graphql "
                            + "(graphql-ws protocol), not over HTTP.").errorType(ErrorType.BAD_REQUEST)
                    .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "classification", ErrorType.BAD_REQUEST.name()))
                    .build());
        }
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        // Admission took one point; the rest is charged now, before anything runs (ratelimit/).
        ClientBudget budget = context.getGraphQLContext().get(ClientBudget.class);
        if (budget != null) {
            budget.charge(measure.cost - 1L);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /**
     * Measures kept for queries that declare no variables, whose measure then depends only on the
     * document and the schema: DocumentCache hands back the same Document object for the same
     * text, so a dashboard's repeated question is traversed once (the traversal was 4% of a
     * lookup's CPU samples, docs/benchmarks.md). With variables, the sizes and the argument
     * checks depend on their values, which are not kept: they could hold up to a request's 100 KB.
     */
    private final Cache<MeasuredDocument, Measure> measures = Caffeine.newBuilder().maximumSize(DocumentCache.SIZE).build();

    /** A document as one operation of it measures against one schema; Document compares by identity. */
    private record MeasuredDocument(GraphQLSchema schema, Document document, String operation) {
    }

    private Measure measure(ExecutionContext context) {
        OperationDefinition operation = context.getOperationDefinition();
        if (operation.getOperation() != OperationDefinition.Operation.QUERY || !operation.getVariableDefinitions().isEmpty()) {
            return traverse(context);
        }
        return measures.get(new MeasuredDocument(context.getGraphQLSchema(), context.getDocument(), operation.getName()),
                key -> traverse(context));
    }

    private static Measure traverse(ExecutionContext context) {
        Measure measure = new Measure();
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        measure.add(env);
                    }
                });
        return measure;
    }

    /** What the traversal found; not changed once measured, since it may be kept. */
    private static final class Measure {
        int depth;
        int aliases;
        int rootFields;
        int cost;
        final List<String> inputProblems = new ArrayList<>();

        void add(QueryVisitorFieldEnvironment env) {
            if (isIntrospection(env)) {
                return;
            }
            int level = 1;
            for (var p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                level++;
            }
            depth = Math.max(depth, level);
            if (env.getField().getAlias() != null) {
                aliases++;
            }
            String field = env.getField().getName();
            env.getArguments().forEach((name, value) -> InputLimits.check(name, value)
                    .forEach(problem -> inputProblems.add("In '" + field + "': " + problem)));
            int size = size(env);
            if (env.getParentEnvironment() == null) {
                rootFields++;
                cost = saturated(cost, size > 0 ? 0 : 1);
            }
            if (size > 0 && !EMBEDDED_LISTS.contains(env.getField().getName())) {
                cost = saturated(cost, (long) enclosingPages(env) * size);
            }
        }

        /** Adds without overflowing: a sum past int's range once made a huge query cost less than nothing. */
        private static int saturated(int cost, long points) {
            return (int) Math.min(Integer.MAX_VALUE / 2, cost + points);
        }

        /** Within __schema or __type; __typename is an ordinary field here, so its aliases count. */
        private static boolean isIntrospection(QueryVisitorFieldEnvironment env) {
            var root = env;
            while (root.getParentEnvironment() != null) {
                root = root.getParentEnvironment();
            }
            String name = root.getField().getName();
            return name.equals("__schema") || name.equals("__type");
        }

        /** How many times this field may be fetched: the product of the enclosing sizes. */
        private static int enclosingPages(QueryVisitorFieldEnvironment env) {
            long pages = 1;
            for (var p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
                pages *= Math.max(1, size(p));
            }
            return (int) Math.min(pages, Integer.MAX_VALUE / 2);
        }

        /** How many items the field may return: its size argument, else the estimate for an unsized list, else 0. */
        private static int size(QueryVisitorFieldEnvironment env) {
            Map<String, Object> arguments = env.getArguments();
            for (String name : List.of("first", "limit")) {
                if (arguments.get(name) instanceof Number n) {
                    return n.intValue();
                }
            }
            if (arguments.get("ids") instanceof List<?> ids) {
                return ids.size();
            }
            return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()))
                    ? LIST_ESTIMATES.getOrDefault(env.getField().getName(), 0) : 0;
        }

        List<GraphQLError> violations() {
            List<GraphQLError> errors = new ArrayList<>();
            check(errors, depth > MAX_DEPTH, "The query is " + depth + " levels deep; the limit is " + MAX_DEPTH
                    + ". Ask for less nesting, or follow relations in a second query.");
            check(errors, aliases > MAX_ALIASES, "The query uses " + aliases + " aliases; the limit is " + MAX_ALIASES
                    + ". Use nodes(ids:) to fetch many entities at once.");
            check(errors, rootFields > MAX_ROOT_FIELDS, "The query has " + rootFields + " root fields; the limit is "
                    + MAX_ROOT_FIELDS + ". Split it into several requests.");
            check(errors, cost > MAX_COST, "The query may cost " + cost + " points; the limit is " + MAX_COST
                    + ". Lower 'first' or 'limit' on nested connections (points multiply with nesting).");
            inputProblems.forEach(problem -> errors.add(GraphqlErrorBuilder.newError().message(problem)
                    .errorType(ErrorType.BAD_REQUEST)
                    .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "classification", ErrorType.BAD_REQUEST.name()))
                    .build()));
            return errors;
        }

        private static void check(List<GraphQLError> errors, boolean violated, String message) {
            if (violated) {
                errors.add(GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST)
                        .extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name(), "classification", ErrorType.BAD_REQUEST.name()))
                        .build());
            }
        }
    }
}
