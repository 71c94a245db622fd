package org.migrationgraph.web;

import java.util.List;

import graphql.schema.GraphQLObjectType;
import org.migrationgraph.entity.EntityView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.stereotype.Component;

/**
 * Spring's schema mapping inspection, kept on and made exact: every entity type is backed by
 * {@link EntityView}, which the inspector cannot guess because entities resolve through the
 * Entity interface. A field without a fetcher, a mapping naming a field the schema lacks, or an
 * argument nobody reads is logged at start-up as a warning, and {@code SchemaMappingIT} fails on it.
 */
@Component
public class SchemaMappingCheck implements GraphQlSourceBuilderCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SchemaMappingCheck.class);

    private volatile SchemaReport report;

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.inspectSchemaMappings(
                initializer -> initializer.classResolver((type, owner) -> isEntityType(type) ? List.of(EntityView.class) : List.of()),
                this::record);
    }

    private void record(SchemaReport report) {
        this.report = report;
        if (hasGaps(report)) {
            log.warn("{}", report);
        } else {
            log.debug("{}", report);
        }
    }

    /** The last inspection's report: what the schema declares that nothing answers, and the reverse. */
    public SchemaReport report() {
        return report;
    }

    static boolean hasGaps(SchemaReport report) {
        return !report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
                || !report.unmappedArguments().isEmpty();
    }

    private static boolean isEntityType(GraphQLObjectType type) {
        return type.getInterfaces().stream().anyMatch(i -> i.getName().equals("Entity"));
    }
}
