package org.migrationgraph.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.validation.Validator;
import org.migrationgraph.curation.UserError;
import org.migrationgraph.security.Caller;
import org.migrationgraph.security.Role;
import org.migrationgraph.seed.ViolationCode;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Registering, listing and removing trusted operations; changing them needs the {@code admin} role. */
@Controller
class TrustedOperationsController {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private final TrustedOperations operations;

    TrustedOperationsController(TrustedOperations operations) {
        this.operations = operations;
    }

    /** The name and document of a new trusted operation. */
    record RegisterInput(String name, String document) {
    }

    /** What a registration or removal did. */
    record Payload(TrustedOperation operation, List<UserError> userErrors) {
    }

    @QueryMapping
    List<TrustedOperation> trustedOperations() {
        return operations.all();
    }

    @MutationMapping
    Payload registerTrustedOperation(@Argument RegisterInput input, DataFetchingEnvironment env) {
        Caller caller = requireAdmin(env);
        List<UserError> errors = new ArrayList<>();
        if (!NAME.matcher(input.name()).matches()) {
            errors.add(new UserError(List.of("input", "name"), "A name is a letter then up to 99 letters, digits, '-' or '_'; '"
                    + input.name() + "' is not.", ViolationCode.INVALID_ID));
        }
        invalidDocument(input.document(), env).ifPresent(message -> errors.add(new UserError(List.of("input", "document"), message,
                ViolationCode.INVALID)));
        if (!errors.isEmpty()) {
            return new Payload(null, errors);
        }
        if (!operations.register(input.name(), input.document(), caller.clientId())) {
            return new Payload(null, List.of(new UserError(List.of("input", "name"), "Another document is registered as '" + input.name()
                    + "'; a trusted operation never changes (clients rely on its hash): register this one under a new name.",
                    ViolationCode.ID_TAKEN)));
        }
        return new Payload(operations.find(input.name()).orElseThrow(), List.of());
    }

    @MutationMapping
    Payload removeTrustedOperation(@Argument String name, DataFetchingEnvironment env) {
        requireAdmin(env);
        TrustedOperation removed = operations.find(name).filter(o -> "api".equals(o.source())).orElse(null);
        if (removed == null || !operations.remove(name)) {
            return new Payload(null, List.of(new UserError(List.of("name"), "No operation registered through the API is called '" + name
                    + "' (operations of the manifest folder are removed by deleting their file).", ViolationCode.NOT_FOUND)));
        }
        return new Payload(removed, List.of());
    }

    private static Caller requireAdmin(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.class);
        if (caller == null || !caller.has(Role.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Trusted operations are registered and removed with a key that has the admin role.");
        }
        return caller;
    }

    /** The document must parse and be valid against this schema, so a trusted operation can always run. */
    private static java.util.Optional<String> invalidDocument(String text, DataFetchingEnvironment env) {
        Document document;
        try {
            document = Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            return java.util.Optional.of("The document does not parse: " + e.getMessage());
        }
        List<? extends GraphQLError> errors = new Validator().validateDocument(env.getGraphQLSchema(), document, java.util.Locale.ENGLISH);
        return errors.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("The document is not valid against this schema: " + errors.get(0).getMessage());
    }
}
