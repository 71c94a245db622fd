package org.migrationgraph.security;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.migrationgraph.ratelimit.ClientBudget;
import org.migrationgraph.ratelimit.CostBudgets;
import org.migrationgraph.support.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the {@link Caller} and its {@link ClientBudget} in each request's GraphQLContext, where
 * MutationAccess and QueryLimits find them. Over HTTP the caller is what the filter chain
 * authenticated and RateLimitFilter has admitted the request; over WebSocket the caller is who
 * opened the connection (its handshake went through the same chain) and each operation is
 * admitted here, refused with {@code RATE_LIMITED} when the budget is spent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerInterceptor implements WebGraphQlInterceptor {

    private final CostBudgets budgets;

    CallerInterceptor(CostBudgets budgets) {
        this.budgets = budgets;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            String address = Optional.ofNullable(socket.getSessionInfo().getRemoteAddress())
                    .map(InetSocketAddress::getHostString).orElse("unknown");
            return socket.getSessionInfo().getPrincipal().map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(principal -> overWebSocket(request, chain, Caller.of(principal.orElse(null), address)));
        }
        Principal principal = SecurityContextHolder.getContext().getAuthentication();
        String address = request.getRemoteAddress() == null ? "unknown" : request.getRemoteAddress().getHostString();
        Caller caller = Caller.of(principal, address);
        remember(request, caller, budgets.of(caller));
        return chain.next(request);
    }

    private Mono<WebGraphQlResponse> overWebSocket(WebGraphQlRequest request, Chain chain, Caller caller) {
        Optional<ClientBudget> budget = budgets.of(caller);
        Optional<Duration> wait = budget.flatMap(ClientBudget::admit);
        if (wait.isPresent()) {
            return Mono.just(refused(request, wait.get()));
        }
        remember(request, caller, budget);
        return chain.next(request);
    }

    private static void remember(WebGraphQlRequest request, Caller caller, Optional<ClientBudget> budget) {
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(Caller.class, caller);
            budget.ifPresent(b -> input.getGraphQLContext().put(ClientBudget.class, b));
            return input;
        });
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, Duration wait) {
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .message(CostBudgets.refusal(wait)).errorType(ErrorType.BAD_REQUEST)
                .extensions(Map.of("code", ErrorCode.RATE_LIMITED.name(), "retryAfterSeconds", CostBudgets.seconds(wait)))
                .build()).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
