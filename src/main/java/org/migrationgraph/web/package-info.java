/**
 * The web side of GraphQL execution, and every bound on what a client may ask: request limits,
 * cost and argument bounds ({@code QueryLimits}, {@code InputLimits}), the body limit, the wall
 * clock, WebSocket bounds, security headers, GraphQL-shaped HTTP errors, query statistics, the
 * response cache, the parsed-document cache, the instrumentation chain without per-field hooks,
 * GET support, the GraphiQL page, schema mapping inspection, the one exception handler that turns
 * every failure into a typed {@code extensions.code}, and the HTTP status an answer without data
 * gets from that code. Nothing outside this package depends on it: features throw
 * {@code support.ApiException} and read through {@code reads}; this package decides how that looks on
 * the wire.
 */
package org.migrationgraph.web;
