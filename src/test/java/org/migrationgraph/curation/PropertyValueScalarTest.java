package org.migrationgraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import org.junit.jupiter.api.Test;

/** PropertyValue takes what a Neo4j property (and so a seed property) can hold, and nothing else. */
class PropertyValueScalarTest {

    @Test
    void shouldReadInlineValuesAsTheSeedsYamlWould() {
        assertThat(PropertyValueScalar.fromLiteral(StringValue.of("2019-05"))).isEqualTo("2019-05");
        assertThat(PropertyValueScalar.fromLiteral(IntValue.of(3))).isEqualTo(3L);
        assertThat(PropertyValueScalar.fromLiteral(FloatValue.of(1.5))).isEqualTo(1.5);
        assertThat(PropertyValueScalar.fromLiteral(BooleanValue.of(true))).isEqualTo(true);
        assertThat(PropertyValueScalar.fromLiteral(ArrayValue.newArrayValue().value(IntValue.of(1)).value(IntValue.of(2)).build()))
                .isEqualTo(List.of(1L, 2L));
    }

    @Test
    void shouldRefuseMixedListsObjectsAndNumbersTooLargeForALong() {
        assertThat(PropertyValueScalar.fromLiteral(ArrayValue.newArrayValue().value(IntValue.of(1)).value(StringValue.of("a")).build())).isNull();
        assertThat(PropertyValueScalar.fromLiteral(ObjectValue.newObjectValue().build())).isNull();
        assertThat(PropertyValueScalar.fromLiteral(new IntValue(BigInteger.TWO.pow(70)))).isNull();
    }

    @Test
    void shouldReadVariablesTheSameWay() {
        assertThat(PropertyValueScalar.fromVariable(3)).isEqualTo(3L);
        assertThat(PropertyValueScalar.fromVariable(new BigDecimal("4.0"))).isEqualTo(4L);
        assertThat(PropertyValueScalar.fromVariable(new BigDecimal("0.25"))).isEqualTo(0.25);
        assertThat(PropertyValueScalar.fromVariable(List.of("a", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(PropertyValueScalar.fromVariable(List.of("a", 1))).isNull();
        assertThat(PropertyValueScalar.fromVariable(Map.of("a", 1))).isNull();
    }
}
