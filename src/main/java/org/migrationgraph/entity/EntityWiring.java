package org.migrationgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.schema.idl.TypeUtil;
import graphql.schema.idl.ScalarInfo;
import graphql.language.Type;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.FieldDefinition;
import java.util.stream.Collectors;
import java.util.Set;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The two registrations annotations cannot express: Node and Entity resolve to the object type
 * named by the entity's kind (GenericEntity when a kind has no type yet), and every entity type
 * reads its kind-specific fields from the stored properties. The entity types come from the
 * schema Spring parsed, so adding a kind means adding a type there and nothing here. Every other
 * field is mapped by an annotated controller.
 */
@Component
class EntityWiring implements RuntimeWiringConfigurer {

    static final String FALLBACK_TYPE = "GenericEntity";
    static final String ENTITY_INTERFACE = "Entity";
    /** Relationship types whose stored properties are fields too. */
    private static final Set<String> EDGE_TYPES = Set.of("RelationEdge", "GraphEdge");

    /** One fetcher per field name, not one per resolved field: this runs for every entity field. */
    private final Map<String, PropertyDataFetcher<?>> accessors = new ConcurrentHashMap<>();
    private TypeDefinitionRegistry schema = new TypeDefinitionRegistry();

    /** Spring hands over the schema it parsed before it asks for the wiring. */
    @Override
    public void setTypeDefinitionRegistry(TypeDefinitionRegistry registry) {
        this.schema = registry;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        TypeResolver byKind = env -> {
            if (env.getObject() instanceof org.migrationgraph.support.NamedType named) {
                return env.getSchema().getObjectType(named.graphQlType());
            }
            EntityView entity = env.getObject();
            GraphQLObjectType type = env.getSchema().getObjectType(entity.kind());
            boolean isEntityType = type != null && type.getInterfaces().stream().anyMatch(i -> i.getName().equals(ENTITY_INTERFACE));
            return isEntityType ? type : env.getSchema().getObjectType(FALLBACK_TYPE);
        };
        builder.type("Node", t -> t.typeResolver(byKind));
        builder.type(ENTITY_INTERFACE, t -> t.typeResolver(byKind));
        StoredField field = new StoredField();
        Set<String> interfaceFields = fieldNames(schema.getType(ENTITY_INTERFACE, InterfaceTypeDefinition.class).orElseThrow()
                .getFieldDefinitions());
        for (ObjectTypeDefinition type : schema.getTypes(ObjectTypeDefinition.class)) {
            boolean edge = EDGE_TYPES.contains(type.getName());
            if (edge || implementsEntity(type)) {
                builder.type(type.getName(), t -> {
                    t.defaultDataFetcher(field);
                    storedProperties(type, edge ? Set.of() : interfaceFields).forEach(name -> t.dataFetcher(name, field));
                    return t;
                });
            }
        }
    }

    /**
     * The type's scalar fields outside the Entity interface: kind-specific stored properties
     * (a State's iso3, a meeting's date). They are registered by name rather than left to the
     * default fetcher so that schema inspection sees them answered.
     */
    private List<String> storedProperties(ObjectTypeDefinition type, Set<String> interfaceFields) {
        return type.getFieldDefinitions().stream()
                .filter(f -> !interfaceFields.contains(f.getName()) && isScalar(f.getType()))
                .map(FieldDefinition::getName)
                .toList();
    }

    private boolean isScalar(Type<?> type) {
        String name = TypeUtil.unwrapAll(type).getName();
        return ScalarInfo.isGraphqlSpecifiedScalar(name) || schema.scalars().containsKey(name);
    }

    private static boolean implementsEntity(ObjectTypeDefinition type) {
        return type.getImplements().stream().anyMatch(t -> t instanceof TypeName n && n.getName().equals(ENTITY_INTERFACE));
    }

    private static Set<String> fieldNames(List<FieldDefinition> fields) {
        return fields.stream().map(FieldDefinition::getName).collect(Collectors.toSet());
    }

    /**
     * A record accessor when there is one, else the stored property of the same name. A light
     * fetcher: it only reads memory, so Spring for GraphQL and the instrumentations need not wrap
     * it (context propagation, reactive checks, observations) for every field of every entity,
     * which cost about a fifth of a neighbourhood request; and graphql-java hands it the field
     * and the source without building a DataFetchingEnvironment for each (3% of a neighbourhood
     * request's CPU).
     */
    private final class StoredField implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env) throws Exception {
            String name = definition.getName();
            Object value = accessors.computeIfAbsent(name, PropertyDataFetcher::fetching).get(definition, source, env);
            if (value == null && source instanceof PropertyHolder holder) {
                value = holder.properties().get(name);
            }
            return value;
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }
    }

}
