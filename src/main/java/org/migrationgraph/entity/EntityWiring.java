package org.migrationgraph.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves Node and Entity to the object type named by the entity's kind (GenericEntity when a
 * kind has no type yet), and lets every entity type read its kind-specific fields from the
 * stored properties. The entity types are found in the schema files, so adding a kind means
 * adding a type there and nothing here.
 */
@Component
public class EntityWiring implements RuntimeWiringConfigurer {

    static final String FALLBACK_TYPE = "GenericEntity";

    /** Read once: three wirings ask for it, and the schema files do not change at run time. */
    private static volatile List<String> entityTypeNames;
    /** One fetcher per field name, not one per resolved field: this runs for every entity field. */
    private static final java.util.Map<String, DataFetcher<?>> ACCESSORS = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        TypeResolver byKind = env -> {
            EntityView entity = env.getObject();
            GraphQLObjectType type = env.getSchema().getObjectType(entity.kind());
            boolean isEntityType = type != null && type.getInterfaces().stream().anyMatch(i -> i.getName().equals("Entity"));
            return isEntityType ? type : env.getSchema().getObjectType(FALLBACK_TYPE);
        };
        builder.type("Node", t -> t.typeResolver(byKind));
        builder.type("Entity", t -> t.typeResolver(byKind));
        for (String typeName : entityTypeNames()) {
            builder.type(typeName, t -> t.defaultDataFetcher(FIELD));
        }
        for (String edgeType : List.of("RelationEdge", "GraphEdge")) {
            builder.type(edgeType, t -> t.defaultDataFetcher(FIELD).dataFetcher("properties", EntityWiring::propertyList));
        }
    }

    /**
     * A record accessor when there is one, else the stored property of the same name. Marked
     * trivial: it only reads memory, so Spring for GraphQL and the instrumentations need not wrap
     * it (context propagation, reactive checks, observations) for every field of every entity,
     * which cost about a fifth of a neighbourhood request.
     */
    static final TrivialDataFetcher<Object> FIELD = env -> {
        String name = env.getField().getName();
        DataFetcher<?> accessor = ACCESSORS.computeIfAbsent(name, PropertyDataFetcher::fetching);
        Object value = accessor.get(env);
        if (value == null && env.getSource() instanceof PropertyHolder holder) {
            value = holder.properties().get(name);
        }
        return value;
    };

    /** The GraphQL Property list of an edge: every stored property as key and text. */
    private static Object propertyList(graphql.schema.DataFetchingEnvironment env) {
        PropertyHolder holder = env.getSource();
        return holder.properties().entrySet().stream()
                .map(e -> java.util.Map.of("key", e.getKey(), "value", String.valueOf(e.getValue()))).toList();
    }

    public static List<String> entityTypeNames() {
        List<String> names = entityTypeNames;
        if (names == null) {
            names = readEntityTypeNames();
            entityTypeNames = names;
        }
        return names;
    }

    private static List<String> readEntityTypeNames() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls")) {
                registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
            if (type.getImplements().stream().anyMatch(t -> t instanceof TypeName n && n.getName().equals("Entity"))) {
                names.add(type.getName());
            }
        }
        return List.copyOf(names);
    }
}
