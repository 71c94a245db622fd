package org.migrationgraph.security;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;
import org.migrationgraph.support.ErrorCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Every mutation needs a key with the {@code editor} role, over HTTP and WebSocket alike. The
 * check runs after parsing and before validation or execution: a caller without the role
 * learns nothing from the answer, not whether a field, an argument or an id exists.
 */
@Component
class MutationAccess extends SimplePerformantInstrumentation {

    private final ObjectProvider<ApiKeys> keys;

    /** Keys come through a provider: GraphQL slice tests load the instrumentations without the security beans. */
    MutationAccess(ObjectProvider<ApiKeys> keys) {
        this.keys = keys;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                        InstrumentationState state) {
        if (isMutation(parameters.getDocument(), parameters.getOperation())) {
            Caller caller = parameters.getGraphQLContext().get(Caller.class);
            if (caller == null || !caller.has(Role.EDITOR)) {
                throw new AbortExecutionException(List.of(refusal(caller)));
            }
        }
        return super.beginValidation(parameters, state);
    }

    /** The operation that will run: the one named, or the only one; a document that is ambiguous is left to validation. */
    static boolean isMutation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private GraphQLError refusal(Caller caller) {
        if (caller != null && caller.key() != null) {
            return error(ErrorCode.FORBIDDEN, ErrorType.FORBIDDEN, "The API key '" + caller.key().getName()
                    + "' may not change the graph: mutations need a key with the editor role.");
        }
        ApiKeys configured = keys.getIfAvailable();
        String message = configured != null && configured.configured()
                ? "Mutations need an API key with the editor role; send it as Authorization: Bearer <key>."
                : "Writes are off: this service has no API keys configured. To turn them on, configure "
                        + "migration-graph.security.keys with a key that has the editor role (" + SecurityProperties.HOW_TO_HASH + ").";
        return error(ErrorCode.UNAUTHENTICATED, ErrorType.UNAUTHORIZED, message);
    }

    private static GraphQLError error(ErrorCode code, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError().message(message).errorType(type)
                .extensions(Map.of("code", code.name(), "classification", type.name())).build();
    }
}
