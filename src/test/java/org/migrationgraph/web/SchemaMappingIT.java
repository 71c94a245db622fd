package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.SchemaReport;

/**
 * Spring's schema mapping inspection over the running service: every schema field has a
 * fetcher, every controller mapping names a field the schema has, and every argument is read.
 */
class SchemaMappingIT extends GraphIntegrationTest {

    @Autowired
    SchemaMappingCheck check;

    @Test
    void shouldAnswerEverySchemaField() {
        SchemaReport report = check.report();
        assertThat(report.unmappedFields()).as("%s", report).isEmpty();
    }

    @Test
    void shouldMapOnlyFieldsTheSchemaDeclares() {
        SchemaReport report = check.report();
        assertThat(report.unmappedRegistrations()).as("%s", report).isEmpty();
    }

    @Test
    void shouldReadEveryArgumentTheSchemaDeclares() {
        SchemaReport report = check.report();
        assertThat(report.unmappedArguments()).as("%s", report).isEmpty();
    }

    @Test
    void shouldKnowTheJavaTypeOfEveryEntityType() {
        SchemaReport report = check.report();
        assertThat(report.skippedTypes()).as("%s", report).isEmpty();
    }
}
