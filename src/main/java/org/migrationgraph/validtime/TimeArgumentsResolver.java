package org.migrationgraph.validtime;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Gives a controller method's {@link TimeArguments} parameter the field's valid-time arguments.
 * Spring's {@code @Arguments} binding did the same, but looked the record's constructor up by
 * reflection on every call (Boot hands resolver beans like this one to the annotated controllers).
 */
@Component
class TimeArgumentsResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TimeArguments.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
        return TimeArguments.of(environment.getArguments());
    }
}
