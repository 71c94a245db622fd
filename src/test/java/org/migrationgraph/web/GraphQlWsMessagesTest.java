package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class GraphQlWsMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "garbage | not JSON",
            "[1, 2] | not a JSON object",
            "{\"type\": \"nope\"} | type must be one of complete, connection_init, ping, pong, subscribe",
            "{\"type\": 3} | type must be one of",
            "{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ a }\"}} | subscribe needs a string id",
            "{\"id\": \"1\", \"type\": \"subscribe\"} | subscribe needs payload.query",
            "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": 1}} | subscribe needs payload.query",
            "{\"type\": \"complete\"} | complete needs a string id"})
    void shouldSayWhatIsWrongWithAFrameInAFewWords(String frame, String problem) {
        assertThat(GraphQlWsMessages.problem(JSON, frame)).hasValueSatisfying(reason -> {
            assertThat(reason).startsWith("Invalid message: ").contains(problem);
            assertThat(reason.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(123);
        });
    }

    @Test
    void shouldLetEveryMessageOfTheProtocolThrough() {
        for (String frame : new String[] {"{\"type\":\"connection_init\"}", "{\"type\":\"ping\"}", "{\"type\":\"pong\",\"payload\":{}}",
                "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ a }\",\"variables\":{}}}",
                "{\"id\":\"1\",\"type\":\"complete\"}"}) {
            assertThat(GraphQlWsMessages.problem(JSON, frame)).as(frame).isEmpty();
        }
    }
}
