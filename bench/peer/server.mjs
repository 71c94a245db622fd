// The peer: @neo4j/graphql on Apollo Server over the service's own Neo4j (its embedded Bolt port),
// with type definitions for the graph's Entity nodes and the operations bench/peer/run.sh times.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String
    kind: String
    aliases: [String!]
    "Any relation's other end, as the service's nested page asks for five of them."
    related(first: Int!): [Entity!]!
      @cypher(statement: "MATCH (this)-[]-(m:Entity) RETURN m LIMIT $first", columnName: "m")
  }

  type Query {
    search(query: String!, first: Int!): [Entity!]!
      @cypher(statement: "CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node RETURN node LIMIT $first", columnName: "node")
    neighbourhood(id: ID!, limit: Int!): [Entity!]!
      @cypher(statement: "MATCH (c:Entity {id: $id})-[*1..2]-(n:Entity) WITH DISTINCT n LIMIT $limit RETURN n", columnName: "n")
    shortestPath(from: ID!, to: ID!): [Entity!]!
      @cypher(statement: "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[*..6]-(b)) UNWIND nodes(p) AS n RETURN n", columnName: "n")
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4000), host: "127.0.0.1" } });
console.log(`peer ready at ${url}`);
