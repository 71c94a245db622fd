package org.migrationgraph.ratelimit;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.migrationgraph.security.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every client's budget. A budget left alone for two minutes has refilled and is dropped, so
 * the map holds recent clients only (and at most 100,000 of them). The service's own requests to
 * itself (the start-up warm-up, {@code security.OwnRequests}) spend none: under the anonymous
 * budget its rounds from 127.0.0.1 were refused with RATE_LIMITED within seconds and warmed
 * nothing.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class CostBudgets {

    private final RateLimitProperties properties;
    private final Cache<String, ClientBudget> budgets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();

    CostBudgets(RateLimitProperties properties) {
        this.properties = properties;
    }

    /** The caller's budget, or empty when rate limiting is off or the caller is the service itself. */
    public Optional<ClientBudget> of(Caller caller) {
        if (!properties.enabled() || caller.serviceItself()) {
            return Optional.empty();
        }
        return Optional.of(budgets.get(caller.clientId(), id -> new ClientBudget(caller.pointsPerMinute().orElse(properties.pointsPerMinute()))));
    }

    /** The refusal's message, the same over HTTP and WebSocket. */
    public static String refusal(Duration wait) {
        return "This client has spent its query budget for now; retry in " + seconds(wait)
                + " s. Cheaper queries (smaller pages, fewer nested lists) spend less; X-RateLimit-Remaining says what is left.";
    }

    /** Whole seconds, rounded up: what Retry-After carries. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
