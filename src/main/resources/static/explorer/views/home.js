// The overview: what the graph holds and where to start.
import { graphql } from '../api.js';
import { OVERVIEW } from '../queries.js';
import { h, fill, link, humanType } from '../dom.js';
import { kindLabel } from '../kinds.js';
import { queryBox } from '../querybox.js';

export async function render(main) {
  document.title = 'migration-graph explorer';
  const stats = (await graphql(OVERVIEW)).stats;
  fill(main,
    h('h1', {}, 'Global migration governance, as a graph'),
    h('p', {}, `${stats.entities} entities — Member States, UN entities, frameworks, initiatives, meetings — and ${stats.relations} relationships, each citing the document paragraph or public reference that states it. Search above, or start from one of these:`),
    h('p', { class: 'toolbar' },
      link('/?view=coordination', 'The coordination network'), link('/?view=path&from=state%3APHL&to=org%3Aiom', 'How is the Philippines linked to IOM?'),
      link('/?view=timeline', 'Meetings in date order'), link('/?view=documents', 'The source documents')),
    h('div', { class: 'grid2' },
      h('section', { class: 'card' }, h('h2', {}, 'Most connected'), h('ol', {}, stats.mostConnected.map((d) => h('li', {},
        link(`/?id=${encodeURIComponent(d.entity.id)}`, d.entity.name), h('span', { class: 'when' }, ` ${kindLabel(d.entity.kind)}, ${d.degree} relations`))))),
      h('section', { class: 'card' }, h('h2', {}, 'Entities by kind'), table(stats.byKind, kindLabel)),
      h('section', { class: 'card' }, h('h2', {}, 'Relationships by type'), table(stats.byRelationType, humanType))),
    queryBox(OVERVIEW, {}));
}

function table(counts, label) {
  return h('table', { class: 'stats' }, h('tbody', {}, counts.map((c) => h('tr', {}, h('td', {}, label(c.key)), h('td', {}, String(c.count))))));
}
