// GraphiQL against this service's /graphql. The headers editor starts with X-Query-Stats, so
// every answer shows in extensions.queryStats the Cypher statements it ran and its cost; the
// documentation explorer reads the schema's descriptions through introspection.
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });

ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
  fetcher,
  defaultQuery: '# Run it, then open the documentation (the book icon).\n'
    + '{\n  search(query: "Phil", first: 3) {\n    edges { score node { id name kind } }\n  }\n}\n',
  headers: JSON.stringify({ 'X-Query-Stats': 'true' }, null, 2),
  shouldPersistHeaders: false,
  defaultEditorToolsVisibility: 'headers',
}));
