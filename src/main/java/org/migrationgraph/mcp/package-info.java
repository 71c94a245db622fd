/**
 * An MCP (Model Context Protocol) server at {@code /mcp}, so that an AI assistant answers
 * migration-governance questions from this graph with its sources: search, entity, relations,
 * shortest path, neighbourhood and timeline as tools. Each tool runs one GraphQL document through
 * the API's own handler ({@code WebGraphQlHandler}), so limits, keys, caching and error codes are
 * the API's, and every answer carries its citations (quotes with document and paragraph, or the
 * public reference). Built on the MCP Java SDK's stateless servlet transport. It depends on the
 * GraphQL API as a whole (through its handler) and nothing depends on it.
 */
package org.migrationgraph.mcp;
