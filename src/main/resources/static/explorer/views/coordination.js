// The coordination network: who organizes, attends, speaks at, chairs, coordinates, supports,
// makes and receives statements, without the structural relations (membership of the UN, regions)
// that say where an entity sits. Idle Member States are folded into their regions.
// URL: ?view=coordination&kinds=..&types=..&open=<regions>&size=..&colour=..&focus=..&sel=<entity>&rel=<relation>
//      &asOf=<date> (the network as it stood then; the time slider sets it and replays the network as it grew)
import { graphql } from '../api.js';
import { NETWORK, REGIONS } from '../queries.js';
import { h, fill, link, humanType } from '../dom.js';
import { createGraph } from '../graph.js';
import { showEntity, showRelation } from '../panel.js';
import { filterBox, listParam, loadVocabulary } from '../filters.js';
import { queryBox } from '../querybox.js';
import { groupIdleStates } from '../groups.js';
import { warmUpLayout } from '../layouts.js';
import { SIZE_MEASURES, communityLegend, sizeLegend } from '../measures.js';
import { loadDates, timeSlider } from '../timeslider.js';

/** The actors of coordination and what they meet at and say; the filters add regions, objectives, topics and the rest. */
export const DEFAULT_KINDS = ['Framework', 'Group', 'Initiative', 'Meeting', 'MemberState', 'ObserverState', 'Organization', 'Person', 'Statement'];
const DEFAULT_SIZE = 'degree';
let state = null;
let regions = null;

export function leave() {
  state?.graph.destroy();
  state = null;
}

export async function render(main, params, app) {
  const vocabulary = await loadVocabulary();
  const view = read(params, vocabulary);
  if (state && state.dataKey === dataKey(view)) {
    main.replaceChildren(state.root);
    if (state.view.asOf !== view.asOf) await refetchAsOf(view, app);
    else if (state.drawKey !== drawKey(view)) draw(view, app);
    state.graph.focus(view.focus);
    return showPanel(view);
  }
  leave();
  const graph = createGraph({
    label: 'Coordination network; open an entity or a relation to read it, with its sources, in words.',
    onOpen: (id) => app.navigate(href({ ...state.view, sel: id, rel: null })),
    onEdge: (edge) => app.navigate(href({ ...state.view, sel: null, rel: edge.id })),
    onGroup: (id) => app.navigate(href({ ...state.view, open: toggle(state.view.open, id.replace(/^group:/, '')) })),
  });
  const panel = h('aside', { class: 'panel card', 'aria-label': 'Entity panel' }, intro());
  const parts = { toolbar: h('div', { class: 'toolbar' }), time: h('div', {}), legends: h('div', { class: 'legends' }), notes: h('div', {}),
    query: h('div', {}) };
  const box = h('section', { class: 'graph-box', 'aria-label': 'Coordination network' },
    parts.toolbar, parts.time, parts.legends, graph.canvas, graph.status, parts.notes, parts.query);
  const root = h('div', { class: 'split' }, box, panel);
  state = { dataKey: dataKey(view), view, root, graph, panel, parts, vocabulary };
  document.title = 'Coordination network · migration-graph explorer';
  fill(main, root);

  const variables = { kinds: view.kinds, relationTypes: view.types, asOf: view.asOf };
  regions ??= graphql(REGIONS).then((d) => d.network).catch((e) => { regions = null; throw e; });
  const answers = Promise.all([graphql(NETWORK, variables), regions, loadDates()]);
  setTimeout(warmUpLayout, 0);
  const [data, regionData, dates] = await answers;
  if (!state || state.root !== root) return;
  Object.assign(state, { network: data.network, regions: regionData });
  fill(parts.query, queryBox(NETWORK, variables));
  fill(parts.time, timeSlider(dates, view.asOf, (asOf) => app.navigate(href({ ...state.view, asOf }))));
  draw(view, app);
  state.graph.focus(view.focus);
  await showPanel(view);
}

/** Another date on the slider: the network as of then, drawn over the one shown so that what stays keeps its place. */
async function refetchAsOf(view, app) {
  const mine = state;
  mine.view = view;
  const variables = { kinds: view.kinds, relationTypes: view.types, asOf: view.asOf };
  const data = await graphql(NETWORK, variables);
  if (state !== mine || state.view.asOf !== view.asOf) return;
  state.network = data.network;
  fill(state.parts.query, queryBox(NETWORK, variables));
  draw(view, app, true);
}

/** Draws the fetched network as the address asks: folded regions, size, colour, toolbar and legends. */
function draw(view, app, keepPlaces = false) {
  const { graph, parts, network, vocabulary } = state;
  state.drawKey = drawKey(view);
  state.view = view;
  const drawn = groupIdleStates(network, state.regions, view.open);
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  const go = (change) => app.navigate(href({ ...state.view, ...change }));
  fill(parts.toolbar,
    graph.controls('coordination-network', { focus: view.focus, onFocus: (focus) => go({ focus }) }),
    h('label', {}, 'Size by ', h('select', { 'aria-label': 'Size entities by', onchange: (e) => go({ size: e.target.value || null }) },
      [...Object.entries(SIZE_MEASURES), ['', 'Same size']].map(([value, text]) => h('option', { value, selected: value === (view.size ?? '') }, text)))),
    h('label', {}, 'Colour by ', h('select', { 'aria-label': 'Colour entities by', onchange: (e) => go({ colour: e.target.value }) },
      [['kind', 'Kind'], ['community', 'Community']].map(([value, text]) => h('option', { value, selected: value === view.colour }, text)))),
    filterBox({
      kinds: vocabulary.kinds, types: vocabulary.types, selectedKinds: view.kinds, selectedTypes: view.types,
      changed: !same(view.kinds, DEFAULT_KINDS) || !same(view.types, defaultTypes(vocabulary)),
      onChange: (kinds, types) => go({
        kinds: kinds === null ? DEFAULT_KINDS : (kinds.length ? kinds : vocabulary.kinds),
        types: types === null ? defaultTypes(vocabulary) : (types.length ? types : vocabulary.types), sel: null, rel: null, open: [],
      }),
    }));
  fill(parts.legends, graph.legend,
    view.colour === 'community' ? communityLegend(network.metrics, names) : '', sizeLegend(network.metrics, view.size));
  fill(parts.notes, notes(view, vocabulary, drawn.groups, network.truncated));
  const drawing = { metrics: network.metrics, sizeBy: view.size, byCommunity: view.colour === 'community' };
  if (keepPlaces) graph.update(drawn, drawing);
  else graph.show(drawn, drawing);
}

function notes(view, vocabulary, groups, truncated) {
  const left = vocabulary.structural.filter((t) => !view.types.includes(t));
  const idle = groups.reduce((sum, g) => sum + g.count, 0);
  return [
    left.length ? h('p', { class: 'note structural-note' }, `Structural relations (${left.map(humanType).join(', ')}) are left out: they say where an entity sits, not what it does. Tick them under Filters to draw them.`) : '',
    idle ? h('p', { class: 'note groups-note' }, `${idle} Member States with no relation drawn here are grouped by region: click a region to show its States, click it again to fold them.`) : '',
    truncated ? h('p', { class: 'note' }, 'Only the first 1,000 entities are drawn; filter by kind to see the others.') : '',
  ];
}

function intro() {
  return [h('h1', {}, 'Coordination network'),
    h('p', {}, 'Who works with whom in migration governance: who organizes and attends meetings, takes the floor, chairs, coordinates and supports, and which statements ask what of whom. Click an entity or a relation to read it with its sources; hover for an entity\u2019s figures.')];
}

function read(params, vocabulary) {
  const kinds = listParam(params, 'kinds');
  const types = listParam(params, 'types');
  const size = params.get('size');
  return {
    kinds: kinds.length ? kinds : DEFAULT_KINDS, types: types.length ? types : defaultTypes(vocabulary),
    open: listParam(params, 'open'), size: size === 'none' ? null : (SIZE_MEASURES[size] ? size : DEFAULT_SIZE),
    colour: params.get('colour') === 'community' ? 'community' : 'kind', focus: Math.min(2, Math.max(0, Number(params.get('focus')) || 0)),
    sel: params.get('sel'), rel: params.get('rel'), asOf: params.get('asOf'),
  };
}

function defaultTypes(vocabulary) {
  return vocabulary.types.filter((t) => !vocabulary.structural.includes(t));
}

const same = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
const toggle = (list, item) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
const dataKey = (v) => JSON.stringify([v.kinds, v.types]);
const drawKey = (v) => JSON.stringify([v.open, v.size, v.colour]);

function href(v) {
  const p = new URLSearchParams({ view: 'coordination' });
  if (!same(v.kinds, DEFAULT_KINDS)) p.set('kinds', v.kinds.join(','));
  if (!same(v.types, defaultTypes(state.vocabulary))) p.set('types', v.types.join(','));
  if (v.open.length) p.set('open', v.open.join(','));
  if (v.size !== DEFAULT_SIZE) p.set('size', v.size ?? 'none');
  if (v.colour === 'community') p.set('colour', 'community');
  if (v.focus) p.set('focus', v.focus);
  if (v.sel) p.set('sel', v.sel);
  if (v.rel) p.set('rel', v.rel);
  if (v.asOf) p.set('asOf', v.asOf);
  return `/?${p}`;
}

async function showPanel(view) {
  state.view = view;
  state.graph.select(view.sel);
  if (view.rel) return showRelation(state.panel, view.rel);
  if (!view.sel) return fill(state.panel, intro());
  await showEntity(state.panel, view.sel, [link(`/?id=${encodeURIComponent(view.sel)}`, 'Open its neighbourhood')]);
}
