/**
 * The GraphQL-over-HTTP layer and the small shared pieces every feature uses: the one exception
 * handler and its typed error codes ({@code ApiException}, {@code ErrorCode}), paging
 * ({@code OffsetCursor}, {@code PageInfo}), partial ISO dates, name keys; and the web side of
 * execution: request limits and cost, query statistics, the response cache, the parsed-document
 * cache, GET support and the GraphiQL page. Every feature may depend on the shared pieces; the web
 * classes are package-private. (Issue 12 plans to split the shared pieces into a package of their own.)
 */
package org.migrationgraph.api;
