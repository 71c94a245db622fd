package org.migrationgraph.security;

import java.util.Arrays;
import java.util.List;

import graphql.GraphQLContext;
import org.migrationgraph.support.PrivateAnswer;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.viewer}: who the request's API key says the caller is (GitHub's API has the same
 * field), so that a page can show editing controls only to those who may edit. The answer
 * depends on the caller, so it is never kept by the response cache.
 */
@Controller
class ViewerController {

    /** The viewer as GraphQL shows it. */
    record Viewer(String name, List<String> roles, boolean canEdit) {
    }

    @QueryMapping
    Viewer viewer(GraphQLContext context) {
        PrivateAnswer.mark(context);
        Caller caller = context.get(Caller.class);
        if (caller == null || caller.key() == null) {
            return null;
        }
        List<String> roles = Arrays.stream(Role.values()).filter(caller::has).map(r -> r.name().toLowerCase()).toList();
        return new Viewer(caller.key().getName(), roles, caller.has(Role.EDITOR));
    }
}
