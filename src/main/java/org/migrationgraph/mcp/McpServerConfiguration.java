package org.migrationgraph.mcp;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The MCP server: a stateless Streamable HTTP endpoint at {@code /mcp} (each request stands
 * alone, so any instance can answer it) with the tools of {@link GraphTools}. A tool's answer is
 * the GraphQL answer's data, as JSON text and as structured content, or the API's error messages
 * with {@code isError}.
 */
@Configuration(proxyBeanMethods = false)
class McpServerConfiguration {

    static final String PATH = "/mcp";

    @Bean
    HttpServletStatelessServerTransport mcpTransport(JsonMapper json) {
        return HttpServletStatelessServerTransport.builder().jsonMapper(new JacksonMcpJsonMapper(json)).messageEndpoint(PATH)
                .maxRequestSize(64 * 1024).build();
    }

    @Bean
    ServletRegistrationBean<HttpServletStatelessServerTransport> mcpServlet(HttpServletStatelessServerTransport transport) {
        return new ServletRegistrationBean<>(transport, PATH);
    }

    @Bean(destroyMethod = "close")
    McpStatelessSyncServer mcpServer(HttpServletStatelessServerTransport transport, WebGraphQlHandler graphQl, JsonMapper json) {
        JacksonMcpJsonMapper mapper = new JacksonMcpJsonMapper(json);
        List<McpStatelessServerFeatures.SyncToolSpecification> tools = GraphTools.all().stream()
                .map(tool -> new McpStatelessServerFeatures.SyncToolSpecification(McpSchema.Tool.builder().name(tool.name())
                        .description(tool.description()).inputSchema(mapper, tool.inputSchema()).build(),
                        (context, request) -> call(graphQl, json, tool, request.arguments())))
                .toList();
        return McpServer.sync(transport).jsonMapper(mapper)
                .serverInfo("migration-graph", "0.1.0")
                .instructions("A cited knowledge graph of global migration governance. Find ids with search, then ask entity, "
                        + "relations, shortest_path, neighbourhood or timeline. Every fact comes with its citations: quote them "
                        + "(document, paragraph) or name the reference when you answer.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .immediateExecution(true)
                .tools(tools).build();
    }

    /** Runs the tool's document through the API's own handler: the caller's key, limits and error codes apply as over HTTP. */
    static McpSchema.CallToolResult call(WebGraphQlHandler graphQl, JsonMapper json, GraphTool tool, Map<String, Object> arguments) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", tool.document());
        body.put("variables", tool.variables().apply(arguments));
        WebGraphQlResponse response = graphQl.handleRequest(new WebGraphQlRequest(URI.create("http://localhost" + PATH), new HttpHeaders(),
                new LinkedMultiValueMap<>(), new HashMap<>(), body, UUID.randomUUID().toString(), Locale.ENGLISH)).block();
        if (response == null || !response.getErrors().isEmpty()) {
            String message = response == null ? "No answer." : String.join("\n", response.getErrors().stream()
                    .map(e -> e.getMessage() + " [" + e.getExtensions().getOrDefault("code", e.getErrorType()) + "]").toList());
            return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
        }
        Object data = response.getData();
        return McpSchema.CallToolResult.builder().addTextContent(json.writeValueAsString(data)).structuredContent(data).isError(false).build();
    }
}
