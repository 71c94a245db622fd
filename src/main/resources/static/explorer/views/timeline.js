// The timeline: meetings, events and dated processes in date order, held and planned told
// apart. URL: ?view=timeline&from=YYYY&to=YYYY
import { graphql } from '../api.js';
import { TIMELINE } from '../queries.js';
import { h, fill, link, formatDate } from '../dom.js';
import { kindLabel } from '../kinds.js';
import { queryBox } from '../querybox.js';

export async function render(main, params, app) {
  document.title = 'Timeline · migration-graph explorer';
  const variables = { from: params.get('from'), to: params.get('to') };
  const from = h('input', { type: 'text', inputmode: 'numeric', size: 10, value: variables.from ?? '', placeholder: 'YYYY', 'aria-label': 'From date (YYYY, YYYY-MM or YYYY-MM-DD)' });
  const to = h('input', { type: 'text', inputmode: 'numeric', size: 10, value: variables.to ?? '', placeholder: 'YYYY', 'aria-label': 'To date (YYYY, YYYY-MM or YYYY-MM-DD)' });
  const range = h('form', { class: 'toolbar', onsubmit: (e) => {
    e.preventDefault();
    const query = new URLSearchParams({ view: 'timeline' });
    if (from.value.trim()) query.set('from', from.value.trim());
    if (to.value.trim()) query.set('to', to.value.trim());
    app.navigate(`/?${query}`);
  } }, h('label', {}, 'From ', from), h('label', {}, 'to ', to), h('button', { type: 'submit' }, 'Show'));
  const entries = (await graphql(TIMELINE, variables)).timeline;
  const held = entries.filter((e) => e.status === 'held').length;
  const planned = entries.filter((e) => e.status === 'planned').length;
  fill(main,
    h('h1', {}, 'Timeline'),
    range,
    h('p', { class: 'note' }, `${entries.length} dated meetings, events and processes: ${held} held, ${planned} planned, the rest dated without a status. Open one to see who took part and what was said.`),
    h('ol', { class: 'timeline' }, entries.map(entry)),
    queryBox(TIMELINE, variables));
}

function entry(e) {
  const dates = e.endDate ? `${formatDate(e.date)} – ${formatDate(e.endDate)}` : formatDate(e.date);
  return h('li', { class: e.status ?? 'undated-status' },
    h('time', { datetime: e.date }, dates), ' ',
    e.status ? h('span', { class: `status ${e.status}` }, e.status) : '', ' ',
    h('span', { class: 'kind' }, kindLabel(e.entity.kind)),
    h('div', {}, link(`/?id=${encodeURIComponent(e.entity.id)}`, e.entity.name)),
    e.entity.place ? h('div', { class: 'when' }, e.entity.place) : '');
}
