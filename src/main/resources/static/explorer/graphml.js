// The drawing as GraphML for Gephi, Cytoscape desktop or networkx: what is on screen, with
// each node's kind and metrics and each edge's relation type and id. The whole data, with
// citations, is a download from /export (docs/integrations.md).

const NODE_KEYS = [['label', 'string'], ['kind', 'string'], ['degree', 'int'], ['betweenness', 'double'], ['pageRank', 'double'], ['community', 'int']];
const EDGE_KEYS = [['type', 'string'], ['relation', 'string']];

export function toGraphMl(cy) {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph edgedefault="directed">'];
  if (cy) {
    cy.nodes().filter((n) => !n.hasClass('group-open')).forEach((n) => {
      const data = NODE_KEYS.filter(([k]) => n.data(k) !== undefined).map(([k]) => `<data key="${k}">${escape(n.data(k))}</data>`);
      lines.push(`    <node id="${escape(n.id())}">${data.join('')}</node>`);
    });
    cy.edges().forEach((e) => lines.push(`    <edge id="${escape(e.id())}" source="${escape(e.data('source'))}" target="${escape(e.data('target'))}">`
      + `<data key="type">${escape(e.data('type'))}</data><data key="relation">${escape(e.id())}</data></edge>`));
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function escape(value) {
  return String(value).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));
}
