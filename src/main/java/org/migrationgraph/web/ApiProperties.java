package org.migrationgraph.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the GraphQL endpoint takes and gives ({@code migration-graph.api}).
 *
 * @param maxRequestSize  a larger body is refused with 413 before it is read
 * @param maxResponseSize a larger answer is replaced by one {@code RESPONSE_TOO_LARGE} error
 * @param introspection   whether {@code __schema} and {@code __type} answer (the prod profile says no)
 */
@ConfigurationProperties("migration-graph.api")
record ApiProperties(@DefaultValue("100KB") DataSize maxRequestSize, @DefaultValue("5MB") DataSize maxResponseSize,
                     @DefaultValue("true") boolean introspection) {
}
