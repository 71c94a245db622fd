// The drawing: a Cytoscape.js canvas with the controls every graph view shares (zoom, fit,
// export, legend). Views hand it subgraphs in the API's own shape: { nodes, edges }.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { h, fill, humanType } from './dom.js';
import { graphStyle, legendIcon, kindLabel } from './kinds.js';

/**
 * cose settings by size: small graphs get long edges so labels do not overlap; large graphs
 * fewer iterations and faster cooling so the whole seed graph is laid out within its budget.
 */
function layoutOptions(count, fixed) {
  const size = count > 150 ? 'large' : count > 30 ? 'medium' : 'small';
  const tuned = {
    small: { numIter: 1000, coolingFactor: 0.99, repulsion: 40000, edge: 140 },
    medium: { numIter: 1000, coolingFactor: 0.99, repulsion: 8000, edge: 80 },
    large: { numIter: 250, coolingFactor: 0.98, repulsion: 9000, edge: 40 },
  }[size];
  return {
    name: 'cose', animate: false, randomize: fixed.length === 0, fit: true, padding: 30,
    numIter: tuned.numIter, coolingFactor: tuned.coolingFactor, nodeRepulsion: () => tuned.repulsion,
    idealEdgeLength: () => tuned.edge, nodeOverlap: 20, componentSpacing: 60,
  };
}

export function createGraph({ label, onOpen, onExpand, onEdge }) {
  const canvas = h('div', { class: 'graph', role: 'img', 'aria-label': label });
  const status = h('p', { class: 'note', 'aria-live': 'polite' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend: kinds of entity' });
  let cy = null;
  let selected = null;
  let destroyed = false;
  let arrangement = {};

  // Cytoscape measures its container when created, so it is created on the first drawing,
  // once the view has put the canvas in the page.
  function start() {
    cy = cytoscape({ container: canvas, style: graphStyle(), minZoom: 0.05, maxZoom: 4 });
    cy.on('tap', 'node', (e) => onOpen?.(e.target.id()));
    cy.on('dbltap', 'node', (e) => onExpand?.(e.target.id()));
    cy.on('tap', 'edge', (e) => onEdge?.(e.target.data()));
  }

  const graph = {
    canvas, status, legend,
    /**
     * Replaces what is drawn. With a `centre`, rings by distance from it (a neighbourhood of up
     * to 60); with a `root`, layers from it (paths); otherwise force-directed (networks).
     */
    show(subgraph, { centre, root, highlight = [] } = {}) {
      if (destroyed) return graph;
      if (!cy) start();
      arrangement = { centre, root };
      cy.elements().remove();
      addElements(subgraph);
      if (centre ?? root) cy.getElementById(centre ?? root).addClass('centre');
      for (const id of highlight) cy.getElementById(id).addClass('path');
      runLayout([]);
      graph.select(selected);
      return graph;
    },
    /** Marks the entity shown in the panel. */
    select(id) {
      selected = id;
      if (!cy || destroyed) return;
      cy.$(':selected').unselect();
      if (id) cy.getElementById(id).select();
    },
    /** Ends the drawing; a view's late answers then draw nothing. */
    destroy() {
      destroyed = true;
      cy?.destroy();
    },
    /** Adds to what is drawn (expanding a node), keeping what is there in place. */
    add(subgraph, around) {
      if (destroyed) return graph;
      if (!cy) return graph.show(subgraph);
      const before = new Set(cy.nodes().map((n) => n.id()));
      addElements(subgraph, around && cy.getElementById(around).position());
      runLayout([...before]);
      return graph;
    },
    fit: () => cy?.fit(undefined, 24),
    zoom: (factor) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    toJson: () => (!cy ? { nodes: [], edges: [] } : {
      nodes: cy.nodes().map((n) => ({ id: n.id(), name: n.data('label'), kind: n.data('kind') })),
      edges: cy.edges().map((e) => ({ id: e.id(), type: e.data('type'), source: e.data('source'), target: e.data('target') })),
    }),
    toPng: () => cy?.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
    controls(name) {
      return h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls' },
        h('button', { type: 'button', onclick: () => graph.zoom(1.25), 'aria-label': 'Zoom in' }, '+'),
        h('button', { type: 'button', onclick: () => graph.zoom(0.8), 'aria-label': 'Zoom out' }, '−'),
        h('button', { type: 'button', onclick: () => graph.fit() }, 'Fit'),
        h('button', { type: 'button', onclick: () => download(`${name}.png`, graph.toPng()) }, 'Export PNG'),
        h('button', { type: 'button', onclick: () => download(`${name}.json`, jsonBlob(graph.toJson())) }, 'Export JSON'));
    },
  };

  function addElements({ nodes, edges }, near) {
    const fresh = nodes.filter((n) => !cy.getElementById(n.id).nonempty());
    // New nodes start around the node they came from, so the layout only has to settle them.
    const start = (i) => (near ? { x: near.x + 60 * Math.cos(i), y: near.y + 60 * Math.sin(i) } : undefined);
    cy.add(fresh.map((n, i) => ({ group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind }, position: start(i) })));
    const drawable = edges.filter((e) => !cy.getElementById(e.id).nonempty()
      && cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty());
    cy.add(drawable.map((e) => ({ group: 'edges', data: { ...e, label: humanType(e.type) } })));
    refreshLegend();
  }

  function runLayout(fixed) {
    const started = performance.now();
    const count = cy.nodes().length;
    cy.elements().layout(chooseLayout(count, fixed)).run();
    const ms = Math.round(performance.now() - started);
    performance.measure('explorer:layout', { start: started, end: started + ms });
    canvas.dataset.layoutMs = ms;
    canvas.dataset.nodes = count;
    canvas.dataset.edges = cy.edges().length;
    status.textContent = `${count} entities and ${cy.edges().length} relationships drawn; click one to open it, double-click to expand it.`;
  }

  function chooseLayout(count, fixed) {
    const { centre, root } = arrangement;
    // Rings read well up to a few dozen entities; beyond, the inner ring crowds the centre.
    if (centre && count <= 60 && cy.getElementById(centre).nonempty()) return rings(cy, centre);
    if (root && cy.getElementById(root).nonempty()) {
      return { name: 'breadthfirst', roots: [root], directed: false, spacingFactor: 1.3, animate: false, fit: true, padding: 30 };
    }
    return fixed.length ? { ...layoutOptions(count, fixed), randomize: false, fit: false } : layoutOptions(count, fixed);
  }

  function refreshLegend() {
    const kinds = [...new Set(cy.nodes().map((n) => n.data('kind')))].sort();
    fill(legend, kinds.map((k) => h('li', {}, h('i', { style: legendIcon(k), 'aria-hidden': 'true' }), kindLabel(k))));
  }

  return graph;
}

/** Concentric rings by hops from the centre, so a neighbourhood reads from the middle out. */
function rings(cy, centre) {
  const hops = new Map();
  cy.elements().breadthFirstSearch({ root: cy.getElementById(centre), directed: false,
    visit: (node, edge, previous, index, depth) => { hops.set(node.id(), depth); } });
  return {
    name: 'concentric', animate: false, fit: true, padding: 30, avoidOverlap: true, minNodeSpacing: 36,
    concentric: (node) => 10 - (hops.get(node.id()) ?? 9), levelWidth: () => 1, startAngle: 1.5 * Math.PI,
  };
}

function jsonBlob(value) {
  return new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
}

function download(filename, blob) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
