package org.migrationgraph.mcp;

import java.util.Map;
import java.util.function.Function;

/**
 * One tool: its name and description for the assistant, its input's JSON schema, the GraphQL
 * document it runs, and how its arguments become that document's variables.
 */
record GraphTool(String name, String description, String inputSchema, String document,
                 Function<Map<String, Object>, Map<String, Object>> variables) {
}
