// The entity view: the open entity's neighbourhood drawn as a graph, and the entity panel.
// URL: ?id=<centre>&depth=1|2&kinds=..&types=..&exp=<expanded ids>&focus=1|2&sel=<entity in the panel>&rel=<relation>
//      &asOf=<date> (the neighbourhood as it stood then; the time slider sets it)
import { graphql } from '../api.js';
import { NEIGHBORHOOD } from '../queries.js';
import { h, fill, link } from '../dom.js';
import { createGraph } from '../graph.js';
import { showEntity } from '../panel.js';
import { filterBox, listParam, loadVocabulary } from '../filters.js';
import { queryBox } from '../querybox.js';
import { loadDates, timeSlider } from '../timeslider.js';

const LIMIT = 150;
let state = null;

export function leave() {
  state?.graph.destroy();
  state = null;
}

export async function render(main, params, app) {
  const view = read(params);
  if (state && state.key === graphKey(view)) {
    main.replaceChildren(state.root);
    if (state.view.asOf !== view.asOf) await redrawAsOf(view);
    state.graph.focus(view.focus);
    return showPanel(view, app);
  }
  leave();
  const root = h('div', { class: 'split' });
  const graph = createGraph({
    label: `Network around ${view.id}; the same relations are listed in the entity panel.`,
    onOpen: (id) => app.navigate(href({ ...state.view, sel: id, rel: null })),
    onExpand: (id) => expand(id, app),
    onEdge: (edge) => app.navigate(href({ ...state.view, sel: edge.source, rel: edge.id })),
  });
  const panel = h('aside', { class: 'panel card', 'aria-label': 'Entity panel' });
  state = { key: graphKey(view), view, root, graph, panel };
  const box = h('section', { class: 'graph-box', 'aria-label': 'Neighbourhood network' });
  fill(main, root);
  root.append(box, panel);

  const variables = neighbourhoodVariables(view.id, view);
  const [subgraph, vocabulary, dates] = await Promise.all([
    graphql(NEIGHBORHOOD, variables).then((d) => d.neighborhood), loadVocabulary(), loadDates(), showPanel(view, app)]);
  state.query = h('div', {}, queryBox(NEIGHBORHOOD, variables));
  fill(box, toolbar(view, vocabulary, graph, app), timeSlider(dates, view.asOf, (asOf) => app.navigate(href({ ...state.view, asOf }))),
    graph.legend, graph.canvas, graph.status,
    subgraph?.truncated ? h('p', { class: 'note' }, `Only the ${LIMIT} nearest entities are drawn; filter by kind or relation type to see others.`) : '',
    state.query);
  if (!subgraph) return;
  graph.show(subgraph, { centre: view.id });
  graph.focus(view.focus);
  // Expanded entities are fetched together, then drawn in the order the address lists them.
  const expanded = await Promise.all(view.exp.map((id) =>
    graphql(NEIGHBORHOOD, neighbourhoodVariables(id, { ...view, depth: 1 })).then((d) => d.neighborhood)));
  view.exp.forEach((id, i) => graph.add(expanded[i] ?? { nodes: [], edges: [] }, id));
}

function read(params) {
  return {
    id: params.get('id'), depth: Number(params.get('depth') ?? 1), kinds: listParam(params, 'kinds'),
    types: listParam(params, 'types'), exp: listParam(params, 'exp'), sel: params.get('sel'), rel: params.get('rel'),
    focus: Math.min(2, Math.max(0, Number(params.get('focus')) || 0)), asOf: params.get('asOf'),
  };
}

/** Another date on the slider: the same neighbourhood as of then, drawn over the one shown so that what stays keeps its place. */
async function redrawAsOf(view) {
  const mine = state;
  mine.view = view;
  const variables = neighbourhoodVariables(view.id, view);
  const [subgraph, ...expanded] = await Promise.all([view.id, ...view.exp].map((id, i) =>
    graphql(NEIGHBORHOOD, i === 0 ? variables : neighbourhoodVariables(id, { ...view, depth: 1 })).then((d) => d.neighborhood)));
  if (state !== mine || state.view.asOf !== view.asOf) return;
  const nodes = new Map();
  const edges = new Map();
  for (const part of [subgraph, ...expanded].filter(Boolean)) {
    part.nodes.forEach((n) => nodes.set(n.id, n));
    part.edges.forEach((e) => edges.set(e.id, e));
  }
  state.graph.update({ nodes: [...nodes.values()], edges: [...edges.values()] });
  fill(state.query, queryBox(NEIGHBORHOOD, variables));
}

function graphKey(v) {
  return JSON.stringify([v.id, v.depth, v.kinds, v.types, v.exp]);
}

export function href(v) {
  const p = new URLSearchParams({ id: v.id });
  if (v.depth !== 1) p.set('depth', v.depth);
  if (v.kinds.length) p.set('kinds', v.kinds.join(','));
  if (v.types.length) p.set('types', v.types.join(','));
  if (v.exp.length) p.set('exp', v.exp.join(','));
  if (v.focus) p.set('focus', v.focus);
  if (v.sel && v.sel !== v.id) p.set('sel', v.sel);
  if (v.rel) p.set('rel', v.rel);
  if (v.asOf) p.set('asOf', v.asOf);
  return `/?${p}`;
}

function neighbourhoodVariables(id, v) {
  return { id, depth: v.depth, kinds: v.kinds.length ? v.kinds : null, relationTypes: v.types.length ? v.types : null, limit: LIMIT,
    asOf: v.asOf ?? null };
}

async function expand(id, app) {
  if (state.view.exp.includes(id) || id === state.view.id) return;
  const subgraph = (await graphql(NEIGHBORHOOD, neighbourhoodVariables(id, { ...state.view, depth: 1 }))).neighborhood;
  if (!subgraph) return;
  state.graph.add(subgraph, id);
  state.view = { ...state.view, exp: [...state.view.exp, id] };
  state.key = graphKey(state.view);
  app.navigate(href(state.view));
}

async function showPanel(view, app) {
  state.view = view;
  const selected = view.sel ?? view.id;
  state.graph.select(selected);
  const actions = selected === view.id ? [link(`/?view=path&from=${encodeURIComponent(selected)}`, 'Find a path from here')] : [
    link(`/?id=${encodeURIComponent(selected)}`, 'Centre the network here'),
    h('button', { type: 'button', onclick: () => expand(selected, app) }, 'Expand in the graph'),
    link(`/?view=path&from=${encodeURIComponent(view.id)}&to=${encodeURIComponent(selected)}`, 'Paths from the centre'),
  ];
  const entity = await showEntity(state.panel, selected, actions);
  if (entity) document.title = `${entity.name} · migration-graph explorer`;
  const relation = view.rel && state.panel.querySelector(`[data-relation="${CSS.escape(view.rel)}"]`);
  if (relation) { relation.classList.add('target'); relation.scrollIntoView({ block: 'nearest' }); }
}

function toolbar(view, vocabulary, graph, app) {
  const depth = h('select', { 'aria-label': 'Depth', onchange: (e) => app.navigate(href({ ...view, depth: Number(e.target.value), exp: [] })) },
    [1, 2].map((d) => h('option', { value: d, selected: d === view.depth }, d === 1 ? 'Direct relations' : 'Two steps out')));
  return h('div', { class: 'toolbar' },
    h('label', {}, 'Depth ', depth),
    graph.controls(view.id.replace(/[^a-z0-9-]+/gi, '-'), { focus: view.focus, onFocus: (focus) => app.navigate(href({ ...state.view, focus })) }),
    downloads(view),
    filterBox({
      kinds: vocabulary.kinds, types: vocabulary.types, selectedKinds: view.kinds, selectedTypes: view.types,
      onChange: (kinds, types) => app.navigate(href({ ...view, kinds: kinds ?? [], types: types ?? [], exp: [] })),
    }));
}

/**
 * The neighbourhood as files for Gephi, Cytoscape, R or pandas, and the sources of the entity's
 * facts for a reference manager (docs/integrations.md). Whole neighbourhoods: the kind and type
 * filters of the drawing do not apply to the files.
 */
function downloads(view) {
  const around = new URLSearchParams({ around: view.id, depth: view.depth }).toString();
  const entity = new URLSearchParams({ entity: view.id }).toString();
  const file = (path, query, text) => h('li', {}, h('a', { href: `/export/${path}?${query}`, download: '' }, text));
  return h('details', { class: 'downloads' },
    h('summary', {}, 'Download'),
    h('div', { class: 'menu' },
      h('p', {}, view.depth === 1 ? 'The direct relations' : 'Two steps out', ', unfiltered:'),
      h('ul', {},
        file('graph.graphml', around, 'GraphML (Gephi, Cytoscape, networkx)'),
        file('nodes.csv', around, 'Entities (CSV)'),
        file('edges.csv', around, 'Relations with their citations (CSV)'),
        file('cytoscape.json', around, 'Cytoscape.js JSON'),
        file('graph.jsonld', around, 'JSON-LD')),
      h('p', {}, 'The sources of its facts:'),
      h('ul', {},
        file('citations.bib', entity, 'BibTeX'),
        file('citations.json', entity, 'CSL-JSON (Zotero, Pandoc)'))));
}
