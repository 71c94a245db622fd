package org.migrationgraph.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import org.migrationgraph.reads.ReadBudget;
import org.migrationgraph.reads.ReadsProperties;
import org.migrationgraph.support.ErrorCode;
import org.migrationgraph.support.Redirects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Mono;

/**
 * Every HTTP and WebSocket request passes here: it gets a QueryStats (reported in
 * {@code extensions.queryStats} when the request sends {@code X-Query-Stats: true}), and every
 * error leaves with an {@code extensions.code}, including graphql-java's own parse and
 * validation errors. Its reads share one time limit ({@code migration-graph.reads.timeout}) and
 * statement count through a {@link ReadBudget}, and its document is parsed with the limits of
 * {@link QueryLimits#PARSER_OPTIONS}: all three live in the request's GraphQLContext.
 */
@Component
@EnableConfigurationProperties(ApiProperties.class)
class ApiInterceptor implements WebGraphQlInterceptor {

    static final String STATS_HEADER = "X-Query-Stats";

    static final String TIMEOUT_MESSAGE = "The request took longer than the time allowed; ask for less (smaller pages, fewer hops).";

    private final Duration readLimit;
    private final WallClock clock;
    private final ApiProperties api;

    /**
     * Introspection is switched per request here, because Boot's own switch
     * (spring.graphql.schema.introspection.enabled) sets graphql-java's JVM-wide default, which
     * leaked into every other context of a test run.
     */
    ApiInterceptor(ReadsProperties reads, WallClock clock, ApiProperties api) {
        this.readLimit = reads.timeout();
        this.clock = clock;
        this.api = api;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        ReadBudget budget = ReadBudget.startingNow(readLimit);
        QueryStats stats = new QueryStats(budget);
        boolean report = "true".equalsIgnoreCase(request.getHeaders().getFirst(STATS_HEADER));
        AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
        request.configureExecutionInput((input, builder) -> {
            deadline.set(clock.cancelAfter(input, readLimit, () -> !stats.isMutation()));
            // Per request, nothing JVM-wide: graphql-java reads the parser options from the context,
            // Spring restores the read budget from it on whichever thread runs a fetcher.
            input.getGraphQLContext().put(ParserOptions.class, QueryLimits.PARSER_OPTIONS);
            input.getGraphQLContext().put(ReadBudget.CONTEXT_KEY, budget);
            input.getGraphQLContext().put(QueryStats.class, stats);
            input.getGraphQLContext().put(QueryLimits.OVER_HTTP, !(request instanceof WebSocketGraphQlRequest));
            input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, !api.introspection());
            return input;
        });
        return chain.next(request)
                .map(response -> response.transform(builder -> {
                    builder.errors(oneTimeout(withCodes(response.getExecutionResult().getErrors())));
                    long size = AnswerSize.of(response.getData(), api.maxResponseSize().toBytes());
                    if (size > api.maxResponseSize().toBytes()) {
                        builder.data(null).errors(List.of(tooLarge(api.maxResponseSize())));
                    }
                    var redirects = Redirects.of(response.getExecutionInput().getGraphQLContext());
                    if (report || !redirects.isEmpty()) {
                        Map<Object, Object> extensions = new HashMap<>(response.getExtensions());
                        if (report) {
                            extensions.put("queryStats", stats.toExtension());
                        }
                        if (!redirects.isEmpty()) {
                            extensions.put("redirects", redirects);
                        }
                        builder.extensions(extensions);
                    }
                }))
                .doFinally(signal -> {
                    ScheduledFuture<?> pending = deadline.get();
                    if (pending != null) {
                        pending.cancel(false);
                    }
                });
    }

    /** The answer's data is dropped whole: half an answer would look complete to a client that ignores errors. */
    private static GraphQLError tooLarge(DataSize limit) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message("The answer would be larger than " + readable(limit) + ", the most this service sends; "
                        + "ask for less: smaller pages (first:, limit:), fewer nested lists, or fewer text fields.")
                .extensions(Map.of("code", ErrorCode.RESPONSE_TOO_LARGE.name(), "classification", ErrorType.BAD_REQUEST.name(),
                        "maxBytes", limit.toBytes()))
                .build();
    }

    private static String readable(DataSize size) {
        return size.toBytes() >= DataSize.ofMegabytes(1).toBytes() && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0
                ? size.toMegabytes() + " MB" : size.toKilobytes() + " kB";
    }

    /** However many fields ran out of time, the answer says so once. */
    private static List<GraphQLError> oneTimeout(List<GraphQLError> errors) {
        List<GraphQLError> kept = new ArrayList<>();
        boolean timedOut = false;
        for (GraphQLError error : errors) {
            boolean timeout = ErrorCode.TIMEOUT.name().equals(error.getExtensions().get("code"));
            if (!timeout || !timedOut) {
                kept.add(error);
            }
            timedOut |= timeout;
        }
        return kept;
    }

    private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
        return errors.stream().map(ApiInterceptor::withCode).toList();
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        if (error instanceof AbortExecutionException && error.getMessage().contains("cancelled")) {
            // The wall clock cancelled the execution: the request's time is up.
            return GraphqlErrorBuilder.newError().message(TIMEOUT_MESSAGE).errorType(ErrorType.INTERNAL_ERROR)
                    .extensions(Map.of("code", ErrorCode.TIMEOUT.name(), "classification", ErrorType.INTERNAL_ERROR.name())).build();
        }
        String code = switch (String.valueOf(error.getErrorType())) {
            case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
            case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
            case "NOT_FOUND" -> ErrorCode.NOT_FOUND.name();
            case "OperationNotSupported" -> ErrorCode.BAD_USER_INPUT.name();
            // graphql-java's guard against introspection bombs (audit 1.11 found it coded INTERNAL_ERROR)
            case "BadFaithIntrospection" -> ErrorCode.QUERY_TOO_COMPLEX.name();
            // migration-graph.api.introspection=false: the schema is not for asking about here
            case "IntrospectionDisabled" -> ErrorCode.GRAPHQL_VALIDATION_FAILED.name();
            default -> ErrorCode.INTERNAL_ERROR.name();
        };
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }
}
