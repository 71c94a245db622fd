// The entity panel: what the entity is, its codes and dates, its relations grouped by type,
// each with the citation behind it.
import { graphql } from './api.js';
import { ENTITY, RELATIONS, RELATION } from './queries.js';
import { h, fill, link, formatDate, humanType } from './dom.js';
import { kindLabel } from './kinds.js';
import { citationList, documentHref } from './citations.js';
import { curationTools } from './curate.js';

const FACTS = [
  ['id', 'Id'], ['iso3', 'ISO alpha-3'], ['iso2', 'ISO alpha-2'], ['m49', 'M49 code'], ['number', 'Number'],
  ['shortLabel', 'Short label'], ['statementType', 'Statement type'], ['documentType', 'Document type'],
  ['date', 'Date', formatDate], ['endDate', 'Until', formatDate], ['status', 'Status'], ['place', 'Place'],
  ['sequence', 'Sequence'], ['scheduledAsOf', 'Scheduled as of', formatDate], ['speaker', 'Speaker'],
  ['attendanceMemberStates', 'Member States attending'], ['attendanceNetworkRepresentatives', 'Network representatives attending'],
  ['attendanceCivilSociety', 'Civil society attending'],
];

/** Loads an entity and fills `panel` with it; resolves to the entity, or null when unknown. */
export async function showEntity(panel, id, actions = []) {
  fill(panel, h('p', { class: 'loading' }, 'Loading…'));
  const data = await graphql(ENTITY, { id });
  const e = data.entity;
  if (!e) {
    fill(panel, h('h2', {}, 'Not found'), h('p', {}, `No entity has the id “${id}”. Search for it by name instead.`));
    return null;
  }
  const relations = h('div', { class: 'relation-groups' });
  fill(panel,
    h('h1', { id: 'entity-name' }, e.name),
    h('p', {}, e.kinds.map((k) => h('span', { class: 'kind' }, kindLabel(k)))),
    actions.length ? h('p', { class: 'toolbar' }, actions) : '',
    e.description ? h('p', { class: 'description' }, e.description) : '',
    facts(e),
    e.citations.length ? [h('h2', {}, 'Sources'), citationList(e.citations)] : '',
    e.mentionedIn.length ? [h('h2', {}, 'Mentioned in'), mentions(e.mentionedIn)] : '',
    h('h2', {}, `Relations (${e.relations.totalCount})`),
    relations,
    curationTools(e, () => showEntity(panel, id, actions)));
  renderRelations(relations, e, e.relations.edges, e.relations.pageInfo);
  return e;
}

/**
 * Loads a relation (a clicked edge) and fills `panel` with it in words: subject, relation,
 * object, its dates and other properties, and every citation behind it.
 */
export async function showRelation(panel, id) {
  fill(panel, h('p', { class: 'loading' }, 'Loading…'));
  const r = (await graphql(RELATION, { id })).relation;
  if (!r) {
    fill(panel, h('h2', {}, 'Not found'), h('p', {}, `No relation has the id “${id}”; it may have been changed since this address was made.`));
    return null;
  }
  const end = (e) => [link(`/?id=${encodeURIComponent(e.id)}`, e.name), ' ', h('span', { class: 'kind' }, kindLabel(e.kind))];
  fill(panel,
    h('h1', { id: 'relation-title' }, end(r.from), ` ${humanType(r.type)} `, end(r.to)),
    r.properties.length ? h('dl', { class: 'facts' }, r.properties.flatMap((p) => [h('dt', {}, p.key), h('dd', {}, p.value)])) : '',
    h('h2', {}, `Sources (${r.citations.length})`),
    citationList(r.citations),
    h('p', { class: 'note' }, 'Relation id: ', h('code', {}, r.id)));
  return r;
}

/** The paragraphs cited for this entity, grouped by document, each linking to its place. */
function mentions(paragraphs) {
  const byDocument = new Map();
  for (const p of paragraphs) byDocument.set(p.document.id, [...(byDocument.get(p.document.id) ?? []), p]);
  return h('ul', { class: 'plain mentions' }, [...byDocument.values()].map((list) => h('li', { class: 'cite' },
    list[0].document.name, ': ',
    list.flatMap((p, i) => [i ? ', ' : '', link(documentHref(p.document.id, p.number), `paragraph ${p.number}`)]))));
}

function facts(e) {
  const rows = FACTS.filter(([key]) => e[key] !== undefined && e[key] !== null && e[key] !== '')
    .flatMap(([key, label, format]) => [h('dt', {}, label), h('dd', {}, format ? format(e[key]) : String(e[key]))]);
  if (e.aliases.length) rows.push(h('dt', {}, 'Also called'), h('dd', {}, e.aliases.join('; ')));
  return h('dl', { class: 'facts' }, rows);
}

function renderRelations(container, entity, edges, pageInfo) {
  const groups = Map.groupBy ? Map.groupBy(edges, groupKey) : groupBy(edges);
  fill(container, [...groups].map(([key, list]) => h('section', { class: 'relation-group' },
    h('h3', {}, `${key} (${list.length})`),
    h('ul', { class: 'relations' }, list.map(relationItem)))));
  if (pageInfo.hasNextPage) {
    container.append(h('button', { type: 'button', onclick: async (ev) => {
      ev.target.disabled = true;
      const next = (await graphql(RELATIONS, { id: entity.id, after: pageInfo.endCursor })).entity.relations;
      renderRelations(container, entity, [...edges, ...next.edges], next.pageInfo);
    } }, 'Show more relations'));
  }
}

function groupKey(edge) {
  return edge.direction === 'OUTGOING' ? humanType(edge.type) : `${humanType(edge.type)} (by others)`;
}

function groupBy(edges) {
  const map = new Map();
  for (const e of edges) map.set(groupKey(e), [...(map.get(groupKey(e)) ?? []), e]);
  return map;
}

function relationItem(edge) {
  const when = [edge.date && formatDate(edge.date), edge.since && `since ${formatDate(edge.since)}`,
    edge.until && `until ${formatDate(edge.until)}`, edge.asOf && `as of ${formatDate(edge.asOf)}`,
    edge.role && `as ${edge.role}`, edge.count !== null && edge.count !== undefined && `count ${edge.count}`].filter(Boolean);
  return h('li', { 'data-relation': edge.id },
    edge.direction === 'OUTGOING' ? '→ ' : '← ',
    link(`/?id=${encodeURIComponent(edge.node.id)}`, edge.node.name),
    h('span', { class: 'kind', style: 'margin-left:6px' }, kindLabel(edge.node.kind)),
    when.length ? h('span', { class: 'when' }, ` ${when.join(', ')}`) : '',
    citationList(edge.citations));
}
