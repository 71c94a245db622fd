/**
 * Who may do what: API keys (configured bcrypt-hashed under {@code migration-graph.security.keys},
 * sent as {@code Authorization: Bearer <key>}), their roles ({@code reader} &lt; {@code editor}
 * &lt; {@code admin}), the Spring Security filter chain that checks them on every HTTP request
 * and WebSocket handshake, and the check that every mutation comes from an editor before
 * GraphQL validates or runs it. The service's own requests (its start-up warm-up) are known by a
 * secret of the process ({@code OwnRequests}). Refusals are GraphQL-shaped and coded
 * {@code UNAUTHENTICATED} (401) or {@code FORBIDDEN} (403). ADR 9 records the model. It depends
 * on {@code ratelimit} (a WebSocket operation is admitted against its caller's budget here) and
 * {@code support}; {@code web} and {@code ratelimit} depend on its {@code Caller}.
 */
package org.migrationgraph.security;
