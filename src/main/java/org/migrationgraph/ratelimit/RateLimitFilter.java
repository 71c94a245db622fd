package org.migrationgraph.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.security.Caller;
import org.migrationgraph.support.ApiPaths;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.support.ErrorCode;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admits each HTTP request to the API (/graphql, and the doors that run the same reads: /mcp,
 * /reconcile, /export) against its client's budget, after Spring Security has
 * said who the client is: 429 with {@code Retry-After} and a {@code RATE_LIMITED} body when the
 * budget is spent, else the request goes on with {@code X-RateLimit-Limit} and
 * {@code X-RateLimit-Remaining} (GitHub's names) on its answer.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final CostBudgets budgets;
    private final JsonMapper json;

    RateLimitFilter(CostBudgets budgets, JsonMapper json) {
        this.budgets = budgets;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.covers(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), request.getRemoteAddr());
        Optional<ClientBudget> budget = budgets.of(caller);
        if (budget.isPresent()) {
            Optional<Duration> wait = budget.get().admit();
            response.setHeader("X-RateLimit-Limit", Long.toString(budget.get().limit()));
            response.setHeader("X-RateLimit-Remaining", Long.toString(budget.get().remaining()));
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(CostBudgets.seconds(wait.get())));
                ErrorBodies.write(json, response, 429, CostBudgets.refusal(wait.get()),
                        Map.of("code", ErrorCode.RATE_LIMITED.name(), "retryAfterSeconds", CostBudgets.seconds(wait.get())));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
