package org.migrationgraph.curation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code PropertyValue} input scalar: what a Neo4j property can hold, and so what the seed
 * allows (a text, a whole number, a decimal, a true/false, or a list of values of one type).
 * Whole numbers become longs, as YAML numbers do in the seed, so a property written through the
 * API and the same property in graph-seed/ are the same value.
 */
@Component
class PropertyValueScalar implements RuntimeWiringConfigurer {

    static final String EXPECTED = "a property value is a text, a number, true/false, or a list of values of one type";

    static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar().name("PropertyValue")
            // The same words as the SDL's: the runtime scalar's description is the one the schema serves.
            .description("A property value: a text, a number, a true/false, or a list of values of one type. "
                    + "Dates are ISO texts (YYYY, YYYY-MM or YYYY-MM-DD).")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    Object value = fromVariable(input);
                    if (value == null) {
                        throw new CoercingParseValueException(EXPECTED + "; got " + describe(input));
                    }
                    return value;
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    Object value = fromLiteral(input);
                    if (value == null) {
                        throw new CoercingParseLiteralException(EXPECTED + "; got " + input.getClass().getSimpleName());
                    }
                    return value;
                }
            }).build();

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
        builder.scalar(TYPE);
    }

    static Object fromLiteral(Value<?> literal) {
        if (literal instanceof ArrayValue array) {
            List<Object> items = new ArrayList<>();
            for (Value<?> item : array.getValues()) {
                Object scalar = scalarLiteral(item);
                if (scalar == null) {
                    return null;
                }
                items.add(scalar);
            }
            return oneType(items) ? List.copyOf(items) : null;
        }
        return scalarLiteral(literal);
    }

    private static Object scalarLiteral(Value<?> literal) {
        if (literal instanceof StringValue s) {
            return s.getValue();
        }
        if (literal instanceof IntValue i) {
            return longOrNull(i.getValue());
        }
        if (literal instanceof FloatValue f) {
            return f.getValue().doubleValue();
        }
        if (literal instanceof BooleanValue b) {
            return b.isValue();
        }
        return null;
    }

    static Object fromVariable(Object input) {
        if (input instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                Object scalar = scalarVariable(item);
                if (scalar == null) {
                    return null;
                }
                items.add(scalar);
            }
            return oneType(items) ? List.copyOf(items) : null;
        }
        return scalarVariable(input);
    }

    private static Object scalarVariable(Object input) {
        if (input instanceof String || input instanceof Boolean) {
            return input;
        }
        if (input instanceof Integer || input instanceof Long || input instanceof Short) {
            return ((Number) input).longValue();
        }
        if (input instanceof BigInteger big) {
            return longOrNull(big);
        }
        if (input instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0 ? longOrNull(decimal.toBigInteger()) : (Object) decimal.doubleValue();
        }
        if (input instanceof Double || input instanceof Float) {
            return ((Number) input).doubleValue();
        }
        return null;
    }

    private static Long longOrNull(BigInteger value) {
        return value.bitLength() < 64 ? value.longValue() : null;
    }

    private static boolean oneType(List<Object> items) {
        return items.stream().map(Object::getClass).distinct().count() <= 1;
    }

    private static String describe(Object input) {
        return input == null ? "null" : input instanceof java.util.Map ? "an object" : input.getClass().getSimpleName();
    }
}
