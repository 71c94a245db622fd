/**
 * How much each client may ask: a budget of query cost points per minute per client (its API
 * key, else its address), kept in Bucket4j token buckets. Each request is admitted for one point
 * ({@code RateLimitFilter} answers 429 with {@code Retry-After} when the budget is spent) and then
 * charged the rest of its cost once {@code web.QueryLimits} has measured it, so one expensive
 * query can overdraw the budget (by at most one minute's worth) and the next requests wait
 * until it refills. The service's own requests (the start-up warm-up) spend none: security
 * authenticates them by a secret of the process ({@code security.OwnRequests}). It depends on
 * {@code security} for who the caller is and on {@code support} for the refusal's shape.
 */
package org.migrationgraph.ratelimit;
