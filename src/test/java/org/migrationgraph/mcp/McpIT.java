package org.migrationgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The MCP server as an AI assistant's client sees it: the MCP SDK's own client over Streamable
 * HTTP against the running service, three research questions answered through the tools, each
 * answer carrying the citations it rests on. The requests and answers are written to
 * target/mcp-transcript.md for the record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class McpIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private McpSyncClient client;
    private final List<String> transcript = new ArrayList<>();

    @BeforeAll
    void connect() {
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port).endpoint("/mcp").build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
    }

    @AfterAll
    void disconnect() throws IOException {
        client.close();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "mcp-transcript.md"), String.join("\n\n", transcript) + "\n");
    }

    private String call(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        transcript.add("**" + tool + "** " + arguments + "\n\n```json\n" + text + "\n```");
        assertThat(result.isError()).as(text).isFalse();
        return text;
    }

    @Test
    void theToolsAreListedWithTheirInputSchemas() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertThat(tools).extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder("search", "entity", "relations", "shortest_path", "neighbourhood", "timeline");
        assertThat(tools).allSatisfy(tool -> assertThat(tool.inputSchema()).containsEntry("type", "object").containsKey("properties"));
    }

    @Test
    void whoTookTheFloorAtTheDecember2019BriefingAndWhatSaysSo() {
        transcript.add("### Who took the floor at the Network's briefing to Member States in December 2019, and what says so?");
        String found = call("search", Map.of("query", "Network Briefing to Member States", "kinds", List.of("Meeting"), "first", 1));
        assertThat(found).contains("meeting:2019-12-12-member-state-briefing");
        String floor = call("relations", Map.of("id", "meeting:2019-12-12-member-state-briefing", "types", List.of("TOOK_THE_FLOOR_AT"),
                "direction", "INCOMING", "first", 20));
        assertThat(floor).contains("Philippines", "Germany", "\"paragraph\":8", "Summary of Network Briefing to Member States",
                "took the floor");
    }

    @Test
    void howIsThePhilippinesConnectedToTheGlobalCompactForMigration() {
        transcript.add("### How is the Philippines connected to the Global Compact for Migration?");
        String path = call("shortest_path", Map.of("from", "state:PHL", "to", "framework:gcm"));
        assertThat(path).contains("\"length\":", "state:PHL", "framework:gcm", "\"citations\":[{");
    }

    @Test
    void whatWasScheduledOrHeldIn2020AndHowIsTheNetworkSurrounded() {
        transcript.add("### What meetings were held or planned in 2020, and what surrounds the Network?");
        String timeline = call("timeline", Map.of("from", "2020", "to", "2020"));
        assertThat(timeline).contains("2020-12-16", "\"status\":\"held\"", "\"quote\":", "\"hasNextPage\":false");
        String firstTwo = call("timeline", Map.of("from", "2019-12", "to", "2020", "first", 2));
        assertThat(firstTwo).contains("\"hasNextPage\":true", "2019-12-10").doesNotContain("2019-12-11");
        String cursor = firstTwo.replaceAll("(?s).*\"endCursor\":\"([^\"]+)\".*", "$1");
        assertThat(call("timeline", Map.of("from", "2019-12", "to", "2020", "first", 2, "after", cursor))).contains("2019-12-11").doesNotContain("2019-12-10");
        String around = call("neighbourhood", Map.of("id", "org:network", "depth", 1));
        assertThat(around).contains("org:iom", "COORDINATES", "\"quote\":");
    }

    @Test
    void aBadArgumentIsAnErrorWithTheApisMessageAndCode() {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest("entity", Map.of("id", "state:PHL", "unused", 1)));
        assertThat(result.isError()).isFalse();
        McpSchema.CallToolResult bad = client.callTool(new McpSchema.CallToolRequest("relations", Map.of("id", "org:iom",
                "types", List.of("COORDINATE"))));
        assertThat(bad.isError()).isTrue();
        assertThat(((McpSchema.TextContent) bad.content().get(0)).text()).contains("COORDINATES", "BAD_USER_INPUT");
    }
}
