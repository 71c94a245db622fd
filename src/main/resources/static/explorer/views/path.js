// The path finder: the shortest chains of cited relationships between two entities, drawn,
// with the citation behind every hop. URL: ?view=path&from=<id>&to=<id>&maxHops=1..6
import { graphql, ApiError } from '../api.js';
import { PATHS, NAMES } from '../queries.js';
import { h, fill, link, humanType } from '../dom.js';
import { createSearch } from '../search.js';
import { createGraph } from '../graph.js';
import { citationList } from '../citations.js';
import { queryBox } from '../querybox.js';

let graph = null;

export function leave() {
  graph?.destroy();
  graph = null;
}

export async function render(main, params, app) {
  leave();
  document.title = 'Path finder · migration-graph explorer';
  const chosen = { from: params.get('from'), to: params.get('to') };
  const maxHops = Number(params.get('maxHops') ?? 6);
  const names = await namesOf([chosen.from, chosen.to].filter(Boolean));
  const picker = (end, label) => h('div', { class: 'search-field' }, h('label', {}, label), createSearch({
    label, placeholder: 'Type a name…', value: names[chosen[end]] ?? '', onError: app.fail,
    onChoose: (item) => { chosen[end] = item.id; },
  }).element);
  const hops = h('select', { 'aria-label': 'At most this many hops' }, [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, `${n}`)));
  const form = h('form', { class: 'pickers card', onsubmit: (e) => {
    e.preventDefault();
    if (!chosen.from || !chosen.to) return app.fail(new ApiError('Choose both ends from the suggestions first: type a name, then pick it from the list.', 'INCOMPLETE'));
    app.navigate(`/?${new URLSearchParams({ view: 'path', from: chosen.from, to: chosen.to, ...(hops.value !== '6' ? { maxHops: hops.value } : {}) })}`);
  } }, picker('from', 'From'), picker('to', 'To'), h('label', {}, 'Max hops ', hops), h('button', { type: 'submit', class: 'primary' }, 'Find paths'));
  const results = h('div', { class: 'path-results' });
  fill(main, h('h1', {}, 'Path finder'), h('p', { class: 'note' }, 'How are two entities connected? Every hop is a relationship with its source.'), form, results);
  if (chosen.from && chosen.to) await showPaths(results, chosen, maxHops, names, app);
}

async function namesOf(ids) {
  if (!ids.length) return {};
  const data = await graphql(NAMES, { ids });
  return Object.fromEntries(data.nodes.filter(Boolean).map((n) => [n.id, n.name]));
}

async function showPaths(results, { from, to }, maxHops, names, app) {
  const variables = { from, to, maxHops };
  const paths = (await graphql(PATHS, variables)).allShortestPaths;
  if (!paths.length) {
    fill(results, h('p', { class: 'empty' }, `No chain of at most ${maxHops} relationships links ${names[from] ?? from} and ${names[to] ?? to}.`), queryBox(PATHS, variables));
    return;
  }
  graph = createGraph({
    label: `Shortest paths from ${names[from]} to ${names[to]}; every hop is listed below with its citation.`,
    onOpen: (id) => app.navigate(`/?id=${encodeURIComponent(id)}`),
    onEdge: (edge) => showHop(results, edge.id),
  });
  const nodes = new Map(paths.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const edges = new Map(paths.flatMap((p) => p.edges).map((e) => [e.id, e]));
  const list = h('ol', { class: 'paths' }, paths.map((p) => h('li', {}, pathItem(p))));
  fill(results,
    h('h2', {}, `${paths.length} shortest path${paths.length > 1 ? 's' : ''} of ${paths[0].length} hop${paths[0].length > 1 ? 's' : ''}`),
    h('section', { class: 'graph-box', 'aria-label': 'Paths drawn' }, graph.controls('paths'), graph.legend, graph.canvas, graph.status),
    list, queryBox(PATHS, variables));
  graph.show({ nodes: [...nodes.values()], edges: [...edges.values()] }, { root: from, highlight: [...edges.keys()] });
}

/** A click on a drawn hop brings its line, with its citation, into view. */
function showHop(results, relationId) {
  const hops = results.querySelectorAll(`li.hop[data-relation="${CSS.escape(relationId)}"]`);
  results.querySelectorAll('li.hop.target').forEach((li) => li.classList.remove('target'));
  hops.forEach((li) => li.classList.add('target'));
  hops[0]?.scrollIntoView({ block: 'nearest' });
}

function pathItem(path) {
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  return h('ol', { class: 'hops' }, path.edges.map((edge, i) => {
    const here = path.nodes[i];
    const next = path.nodes[i + 1];
    const forward = edge.source === here.id;
    const [subject, object] = forward ? [here, next] : [next, here];
    return h('li', { class: 'hop', 'data-relation': edge.id },
      h('strong', {}, `${i + 1}. `), entityLink(byId.get(subject.id)), ` ${humanType(edge.type)} `, entityLink(byId.get(object.id)),
      edge.role ? h('span', { class: 'when' }, ` (as ${edge.role})`) : '',
      citationList(edge.citations));
  }));
}

function entityLink(node) {
  return link(`/?id=${encodeURIComponent(node.id)}`, node.name);
}
