/**
 * The web side of GraphQL execution: request limits and cost ({@code QueryLimits}), query
 * statistics, the response cache, the parsed-document cache, GET support, the GraphiQL page and
 * the one exception handler that turns every failure into a typed {@code extensions.code}.
 * Nothing outside this package depends on it: features throw {@code support.ApiException} and
 * read through {@code reads}; this package decides how that looks on the wire.
 */
package org.migrationgraph.web;
