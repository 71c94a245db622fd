// Sizing and colouring nodes by the API's network metrics (Subgraph.metrics): size by a
// centrality, colour by community, and the legends that say what size and colour mean.
import { h } from './dom.js';

export const SIZE_MEASURES = { degree: 'Degree', betweenness: 'Betweenness', pageRank: 'PageRank' };
const PLAIN = 18;
const SMALLEST = 14;
const LARGEST = 46;
// Ten colours told apart by most readers (Tableau 10); communities past the tenth share grey.
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
const OTHER = '#d3d7dc';

/** A community's colour: 1 is the largest community. */
export function communityColour(community) {
  return PALETTE[community - 1] ?? OTHER;
}

/**
 * Puts each node's metrics in its data (degree, betweenness, pageRank, community) and sets its
 * size from `sizeBy` (area grows with the measure) and, with `byCommunity`, its colour.
 */
export function applyMetrics(cy, metrics, sizeBy, byCommunity) {
  const byId = new Map(metrics.map((m) => [m.entity.id, m]));
  const max = sizeBy ? Math.max(0, ...metrics.map((m) => m[sizeBy])) : 0;
  const sizes = new Map();
  for (const m of metrics) sizes.set(m.community, (sizes.get(m.community) ?? 0) + 1);
  cy.batch(() => cy.nodes().not('.group, .group-open').forEach((n) => {
    const m = byId.get(n.id());
    if (m) n.data({ degree: m.degree, betweenness: m.betweenness, pageRank: m.pageRank, community: m.community });
    const share = m && max > 0 ? Math.sqrt(m[sizeBy] / max) : 0;
    n.data('size', sizeBy && m ? SMALLEST + (LARGEST - SMALLEST) * share : PLAIN);
    n.data('colour', byCommunity && m ? (sizes.get(m.community) > 1 ? communityColour(m.community) : OTHER) : undefined);
    n.toggleClass('by-community', Boolean(byCommunity && m));
  }));
}

/** What the figures of a node say, for its tooltip. */
export function describeMetrics(data) {
  if (data.degree === undefined) return [];
  return [`degree ${data.degree}`, `betweenness ${data.betweenness.toFixed(3)}`, `PageRank ${data.pageRank.toFixed(3)}`, `community ${data.community}`];
}

/**
 * The legend for colour by community: each community of two or more entities with its colour,
 * its two most central members (metrics come highest PageRank first) and its size, so a reader
 * can name the clusters; entities alone in their community are drawn grey and counted once.
 */
export function communityLegend(metrics, names) {
  const members = new Map();
  for (const m of metrics) members.set(m.community, [...(members.get(m.community) ?? []), m.entity.id]);
  const clusters = [...members].filter(([, ids]) => ids.length > 1).sort((a, b) => a[0] - b[0]);
  const shown = clusters.slice(0, PALETTE.length);
  const alone = metrics.length - shown.reduce((sum, [, ids]) => sum + ids.length, 0);
  const short = (id) => { const name = names.get(id) ?? id; return name.length > 28 ? `${name.slice(0, 27)}…` : name; };
  return h('ul', { class: 'legend communities', 'aria-label': 'Legend: communities' },
    shown.map(([community, ids]) => h('li', { title: ids.map((id) => names.get(id) ?? id).join(', ') },
      h('i', { style: `background:${communityColour(community)};border-radius:50%`, 'aria-hidden': 'true' }),
      `${ids.slice(0, 2).map(short).join(', ')} (${ids.length})`)),
    alone ? h('li', {}, h('i', { style: `background:${OTHER};border-radius:50%`, 'aria-hidden': 'true' }), `${alone} in smaller or no communities`) : '');
}

/** The legend for size: the measure and the range it spans in this drawing. */
export function sizeLegend(metrics, sizeBy) {
  if (!sizeBy || !metrics.length) return '';
  const values = metrics.map((m) => m[sizeBy]);
  const format = (v) => (sizeBy === 'degree' ? String(v) : v.toFixed(3));
  return h('p', { class: 'legend size-legend' },
    h('i', { class: 'dot small', 'aria-hidden': 'true' }), h('i', { class: 'dot large', 'aria-hidden': 'true' }),
    `Size: ${SIZE_MEASURES[sizeBy]}, from ${format(Math.min(...values))} to ${format(Math.max(...values))}`);
}
