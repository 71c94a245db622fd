// The drawing: a Cytoscape.js canvas with the controls every graph view shares (zoom, fit,
// focus, export, legend). Views hand it subgraphs in the API's own shape: { nodes, edges }.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { h, fill, humanType, debounce } from './dom.js';
import { graphStyle, legendIcon, kindLabel } from './kinds.js';
import { chooseLayout, fitCapped } from './layouts.js';
import { placeLabels } from './labels.js';
import { applyMetrics, describeMetrics } from './measures.js';
import { toGraphMl } from './graphml.js';

/**
 * `onOpen(id)` on a click on an entity, `onExpand(id)` on a double click, `onEdge(edge data)`
 * on a click on a relation, `onGroup(id)` on a click on a region group.
 */
export function createGraph({ label, onOpen, onExpand, onEdge, onGroup }) {
  const canvas = h('div', { class: 'graph', role: 'img', 'aria-label': label });
  const tip = h('div', { class: 'tip', role: 'tooltip', hidden: true });
  const status = h('p', { class: 'note', 'aria-live': 'polite' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend: kinds of entity' });
  let cy = null;
  let selected = null;
  let focusHops = 0;
  let destroyed = false;
  let arrangement = {};

  // Cytoscape measures its container when created, so it is created on the first drawing,
  // once the view has put the canvas in the page.
  function start() {
    cy = cytoscape({ container: canvas, style: graphStyle(), minZoom: 0.05, maxZoom: 4 });
    canvas.append(tip);
    cy.on('tap', 'node', (e) => (e.target.hasClass('group') ? onGroup?.(e.target.id()) : onOpen?.(e.target.id())));
    cy.on('dbltap', 'node', (e) => { if (!e.target.hasClass('group')) onExpand?.(e.target.id()); });
    cy.on('tap', 'edge', (e) => onEdge?.(e.target.data()));
    cy.on('mouseover', 'node', (e) => showTip(e.target));
    cy.on('mouseout', 'node', () => { tip.hidden = true; });
    cy.on('viewport', () => { tip.hidden = true; });
    cy.on('viewport resize', debounce(relabel, 80));
  }

  const graph = {
    canvas, status, legend,
    /**
     * Replaces what is drawn. With a `centre`, rings by distance from it (a neighbourhood of up
     * to 60); with a `root`, layers from it (paths); otherwise force-directed (networks).
     * `metrics` (Subgraph.metrics) size nodes by `sizeBy` and, with `byCommunity`, colour them.
     */
    show(subgraph, { centre, root, highlight = [], metrics = [], sizeBy = null, byCommunity = false } = {}) {
      if (destroyed) return graph;
      if (!cy) start();
      arrangement = { centre, root };
      cy.elements().remove();
      addElements(subgraph);
      applyMetrics(cy, metrics, sizeBy, byCommunity);
      if (centre ?? root) cy.getElementById(centre ?? root).addClass('centre');
      for (const id of highlight) cy.getElementById(id).addClass('path');
      runLayout([]);
      graph.select(selected);
      return graph;
    },
    /** Marks the entity shown in the panel (and, in focus mode, dims what is far from it). */
    select(id) {
      selected = id;
      if (!cy || destroyed) return;
      cy.$(':selected').unselect();
      if (id) cy.getElementById(id).select();
      applyFocus();
    },
    /** Focus mode: dims everything more than `hops` (1 or 2) steps from the selected entity; 0 ends it. */
    focus(hops) {
      focusHops = hops;
      if (cy && !destroyed) applyFocus();
    },
    /** Ends the drawing; a view's late answers then draw nothing. */
    destroy() {
      destroyed = true;
      cy?.destroy();
    },
    /**
     * Replaces what is drawn without starting over: entities still there keep their places, the
     * ones gone are removed and new ones settle around them (the time slider replays a network
     * as it grew this way).
     */
    update(subgraph, { metrics = [], sizeBy = null, byCommunity = false } = {}) {
      if (destroyed) return graph;
      if (!cy || !cy.nodes().length) return graph.show(subgraph, { ...arrangement, metrics, sizeBy, byCommunity });
      const nodes = new Set(subgraph.nodes.map((n) => n.id));
      const edges = new Set(subgraph.edges.map((e) => e.id));
      cy.edges().filter((e) => !edges.has(e.id())).remove();
      cy.nodes().filter((n) => !nodes.has(n.id())).remove();
      const before = cy.nodes().toArray();
      addElements(subgraph);
      applyMetrics(cy, metrics, sizeBy, byCommunity);
      runLayout(before);
      graph.select(selected);
      return graph;
    },
    /** Adds to what is drawn (expanding a node), keeping what is there as the starting point. */
    add(subgraph, around) {
      if (destroyed) return graph;
      if (!cy) return graph.show(subgraph);
      const before = cy.nodes().toArray();
      addElements(subgraph, around && cy.getElementById(around).position());
      runLayout(before);
      applyFocus();
      return graph;
    },
    fit: () => cy && fitCapped(cy),
    zoom: (factor) => cy?.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    toJson: () => (!cy ? { nodes: [], edges: [] } : {
      nodes: cy.nodes().map((n) => ({ id: n.id(), name: n.data('label'), kind: n.data('kind') })),
      edges: cy.edges().map((e) => ({ id: e.id(), type: e.data('type'), source: e.data('source'), target: e.data('target') })),
    }),
    toPng: () => cy?.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
    /** The toolbar; with `onFocus(hops)`, a focus-mode choice set to `focus`. */
    controls(name, { focus = 0, onFocus } = {}) {
      return h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls' },
        h('button', { type: 'button', onclick: () => graph.zoom(1.25), 'aria-label': 'Zoom in' }, '+'),
        h('button', { type: 'button', onclick: () => graph.zoom(0.8), 'aria-label': 'Zoom out' }, '−'),
        h('button', { type: 'button', onclick: () => graph.fit() }, 'Fit'),
        onFocus ? h('label', {}, 'Focus ', h('select', { 'aria-label': 'Focus on the selected entity', onchange: (e) => onFocus(Number(e.target.value)) },
          [[0, 'Off'], [1, 'One step'], [2, 'Two steps']].map(([v, text]) => h('option', { value: v, selected: v === focus }, text)))) : '',
        h('button', { type: 'button', onclick: () => download(`${name}.png`, graph.toPng()) }, 'Export PNG'),
        h('button', { type: 'button', onclick: () => download(`${name}.json`, jsonBlob(graph.toJson())) }, 'Export JSON'),
        h('button', { type: 'button', onclick: () => download(`${name}.graphml`, new Blob([toGraphMl(cy)], { type: 'application/graphml+xml' })) }, 'Export GraphML'));
    },
  };

  function addElements({ nodes, edges }, near) {
    const fresh = nodes.filter((n) => !cy.getElementById(n.id).nonempty());
    // New nodes start around the node they came from, so the layout only has to settle them.
    const start = (i) => (near ? { x: near.x + 60 * Math.cos(i), y: near.y + 60 * Math.sin(i) } : undefined);
    // Compound parents (open region groups) go in before the nodes inside them.
    const parentsFirst = [...fresh.filter((n) => n.compound), ...fresh.filter((n) => !n.compound)];
    cy.add(parentsFirst.map((n, i) => ({
      group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind, parent: n.parent, size: n.size ?? 18 }, position: start(i),
      classes: [n.group && 'group', n.compound && 'group-open'].filter(Boolean).join(' '),
    })));
    const drawable = edges.filter((e) => !cy.getElementById(e.id).nonempty()
      && cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty());
    cy.add(drawable.map((e) => ({ group: 'edges', data: { ...e, label: humanType(e.type) } })));
    refreshLegend();
  }

  function runLayout(before) {
    const started = performance.now();
    const count = cy.nodes().length;
    cy.elements().layout(chooseLayout(cy, arrangement, before)).run();
    if (!before.length) fitCapped(cy);
    const laidOut = performance.now();
    relabel();
    const ms = Math.round(performance.now() - started);
    canvas.dataset.labelMs = Math.round(performance.now() - laidOut);
    performance.measure('explorer:layout', { start: started, end: started + ms });
    canvas.dataset.layoutMs = ms;
    canvas.dataset.nodes = count;
    canvas.dataset.edges = cy.edges().length;
    status.textContent = `${count} entities and ${cy.edges().length} relationships drawn; click one to open it, double-click to expand it. Names that would overlap are hidden: zoom in or hover to read them.`;
  }

  /** Most important labels first: the centre, the selected entity, then by size (the chosen measure). */
  function relabel() {
    if (!cy || destroyed) return;
    const result = placeLabels(cy, (n) => (n.hasClass('centre') || n.selected() ? 1e9 : 0) + (n.hasClass('group') ? 1e6 : 0) + n.data('size') * 1000 + (n.data('degree') ?? n.degree()));
    canvas.dataset.labels = result.painted;
    canvas.dataset.labelZoom = cy.zoom();
  }

  function applyFocus() {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded');
      const centre = selected && cy.getElementById(selected);
      if (!focusHops || !centre?.nonempty()) return;
      let near = centre.closedNeighborhood();
      if (focusHops > 1) near = near.union(near.nodes().closedNeighborhood());
      near = near.union(near.ancestors());
      cy.elements().not(near).addClass('faded');
    });
  }

  function showTip(node) {
    const data = node.data();
    const lines = node.hasClass('group') ? [data.label, 'Click to show the Member States in this region']
      : [data.label, kindLabel(data.kind ?? ''), ...describeMetrics(data)];
    fill(tip, lines.map((line, i) => h(i === 0 ? 'strong' : 'span', {}, line)));
    const at = node.renderedPosition();
    tip.style.left = `${Math.min(at.x + 12, cy.width() - 220)}px`;
    tip.style.top = `${at.y + 12}px`;
    tip.hidden = false;
  }

  function refreshLegend() {
    const kinds = [...new Set(cy.nodes().filter((n) => !n.hasClass('group') && !n.hasClass('group-open')).map((n) => n.data('kind')))].sort();
    fill(legend, kinds.map((k) => h('li', {}, h('i', { style: legendIcon(k), 'aria-hidden': 'true' }), kindLabel(k))));
  }

  return graph;
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
