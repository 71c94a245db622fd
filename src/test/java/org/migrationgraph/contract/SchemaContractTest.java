package org.migrationgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.Test;

/**
 * The schema is a contract: docs/schema.graphqls is the committed snapshot, and a change to
 * src/main/resources/graphql/ that breaks a client (a field removed, an argument made required,
 * a type changed) fails here unless CHANGELOG.md's "Unreleased" section names it. Any change at
 * all asks for the snapshot to be refreshed, so a release's snapshot is always its schema:
 * {@code mvn test -Dtest=SchemaContractTest -Dschema.snapshot.update=true}.
 */
class SchemaContractTest {

    static final Path SNAPSHOT = Path.of("docs", "schema.graphqls");
    static final Path CHANGELOG = Path.of("CHANGELOG.md");

    static GraphQLSchema schemaFromSources() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("schema.sources", "src/main/resources/graphql")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Test
    void everyBreakingChangeSinceTheSnapshotIsListedInTheChangelogAndTheSnapshotIsCurrent() throws IOException {
        String current = SchemaSdl.print(schemaFromSources());
        if (!Files.exists(SNAPSHOT) && Boolean.getBoolean("schema.snapshot.update")) {
            Files.writeString(SNAPSHOT, current); // the first snapshot: nothing to compare with yet
        }
        String snapshot = Files.readString(SNAPSHOT);

        List<String> unlisted = SchemaChanges.unlisted(SchemaChanges.breaking(snapshot, current), Files.readString(CHANGELOG));
        assertThat(unlisted).as("Breaking changes to the schema that CHANGELOG.md's Unreleased section does not list; "
                + "list each as `Type.field` under Breaking, with what a client must do").isEmpty();
        if (Boolean.getBoolean("schema.snapshot.update")) {
            Files.writeString(SNAPSHOT, current);
            snapshot = current;
        }
        assertThat(current).as("The schema changed since docs/schema.graphqls was written; refresh it with "
                + "mvn test -Dtest=SchemaContractTest -Dschema.snapshot.update=true and commit it").isEqualTo(snapshot);
    }

    @Test
    void removingAFieldOrRequiringAnArgumentIsBreakingAndMustBeListed() {
        String before = "type Query { entity(id: ID!): Entity stats: Int }\ntype Entity { id: ID! name: String }";
        String after = "type Query { entity(id: ID!, kind: String!): Entity stats: Int }\ntype Entity { id: ID! }";

        var breaking = SchemaChanges.breaking(before, after);
        assertThat(breaking.stream().map(SchemaChanges::name).collect(Collectors.toSet())).contains("Entity.name", "Query.entity");
        assertThat(SchemaChanges.unlisted(breaking, "# Changelog\n## Unreleased\n### Breaking\n- `Entity.name` removed\n"))
                .singleElement().asString().startsWith("`Query.entity`");
        assertThat(SchemaChanges.unlisted(breaking, "## Unreleased\n- `Entity.name`, `Query.entity`\n## 0.1.0\n")).isEmpty();
        assertThat(SchemaChanges.unlisted(breaking, "## Unreleased\n\n## 0.1.0\n- `Entity.name`, `Query.entity`\n"))
                .as("a listing under an older release does not count").hasSize(2);
    }

    @Test
    void addingAFieldOrAnOptionalArgumentIsNotBreaking() {
        String before = "type Query { entity(id: ID!): Entity }\ntype Entity { id: ID! }";
        String after = "type Query { entity(id: ID!, kind: String): Entity }\ntype Entity { id: ID! name: String }";

        assertThat(SchemaChanges.breaking(before, after)).isEmpty();
    }
}
