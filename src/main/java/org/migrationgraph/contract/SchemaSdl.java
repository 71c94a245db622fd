package org.migrationgraph.contract;

import java.util.Set;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;

/**
 * The schema as SDL, printed one way everywhere: descriptions kept, types in name order,
 * directive definitions left out (they are the spec's), {@code @deprecated} kept. The served
 * file and the committed snapshot come from this printer, so they compare line for line.
 */
public final class SchemaSdl {

    private static final Set<String> KEPT_DIRECTIVES = Set.of("deprecated", "specifiedBy", "oneOf");

    private static final SchemaPrinter PRINTER = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
            .includeScalarTypes(true).includeSchemaDefinition(false).includeDirectiveDefinitions(false)
            .includeDirectives(KEPT_DIRECTIVES::contains).includeIntrospectionTypes(false));

    private SchemaSdl() {
    }

    public static String print(GraphQLSchema schema) {
        return PRINTER.print(schema);
    }
}
