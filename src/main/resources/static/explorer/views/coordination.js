// The coordination network: UN entities and bodies, initiatives, frameworks and Member States,
// and how they link. URL: ?view=coordination&kinds=..&types=..&sel=<entity in the panel>
import { graphql } from '../api.js';
import { NETWORK } from '../queries.js';
import { h, fill, link } from '../dom.js';
import { createGraph } from '../graph.js';
import { showEntity } from '../panel.js';
import { filterBox, listParam, loadVocabulary } from '../filters.js';
import { queryBox } from '../querybox.js';

/** The actors of coordination; the filters add meetings, regions, topics and the rest. */
export const DEFAULT_KINDS = ['Framework', 'Group', 'Initiative', 'MemberState', 'ObserverState', 'Organization', 'Person'];
let state = null;

export function leave() {
  state?.graph.destroy();
  state = null;
}

export async function render(main, params, app) {
  const view = read(params);
  if (state && state.key === graphKey(view)) {
    main.replaceChildren(state.root);
    return showPanel(view);
  }
  leave();
  const graph = createGraph({
    label: 'Coordination network; open an entity to read its relations in words.',
    onOpen: (id) => app.navigate(href({ ...state.view, sel: id })),
    onEdge: (edge) => app.navigate(href({ ...state.view, sel: edge.source })),
  });
  const panel = h('aside', { class: 'panel card', 'aria-label': 'Entity panel' },
    h('h1', {}, 'Coordination network'),
    h('p', {}, 'Who works with whom in migration governance. Click an entity to read its relations and their sources; use the filters to add meetings, regions, objectives or topics.'));
  const box = h('section', { class: 'graph-box', 'aria-label': 'Coordination network' });
  const root = h('div', { class: 'split' }, box, panel);
  state = { key: graphKey(view), view, root, graph, panel };
  document.title = 'Coordination network · migration-graph explorer';
  fill(main, root);

  const variables = { kinds: view.kinds, relationTypes: view.types.length ? view.types : null };
  const [data, vocabulary] = await Promise.all([graphql(NETWORK, variables), loadVocabulary()]);
  fill(box, h('div', { class: 'toolbar' }, graph.controls('coordination-network'), filterBox({
    kinds: vocabulary.kinds, types: vocabulary.types, selectedKinds: view.kinds, selectedTypes: view.types,
    changed: view.kinds.join() !== DEFAULT_KINDS.join() || view.types.length > 0,
    onChange: (kinds, types) => app.navigate(href({ kinds: kinds === null ? DEFAULT_KINDS : (kinds.length ? kinds : vocabulary.kinds), types: types ?? [], sel: null })),
  })), graph.legend, graph.canvas, graph.status,
  data.network.truncated ? h('p', { class: 'note' }, 'Only the first 1,000 entities are drawn; filter by kind to see the others.') : '',
  queryBox(NETWORK, variables));
  graph.show(data.network);
  if (view.sel) await showPanel(view);
}

function read(params) {
  const kinds = listParam(params, 'kinds');
  return { kinds: kinds.length ? kinds : DEFAULT_KINDS, types: listParam(params, 'types'), sel: params.get('sel') };
}

function graphKey(v) {
  return JSON.stringify([v.kinds, v.types]);
}

function href(v) {
  const p = new URLSearchParams({ view: 'coordination' });
  if (v.kinds.join() !== DEFAULT_KINDS.join()) p.set('kinds', v.kinds.join(','));
  if (v.types.length) p.set('types', v.types.join(','));
  if (v.sel) p.set('sel', v.sel);
  return `/?${p}`;
}

async function showPanel(view) {
  state.view = view;
  if (!view.sel) return;
  state.graph.select(view.sel);
  await showEntity(state.panel, view.sel, [link(`/?id=${encodeURIComponent(view.sel)}`, 'Open its neighbourhood')]);
}
