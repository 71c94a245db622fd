// The timeline: meetings, events and dated processes in date order, held and planned told
// apart. URL: ?view=timeline&from=YYYY&to=YYYY&asOf=<date> (the timeline as it stood then: what had
// happened, and what was still planned; the time slider sets it)
import { graphql } from '../api.js';
import { TIMELINE } from '../queries.js';
import { h, fill, link, formatDate } from '../dom.js';
import { kindLabel } from '../kinds.js';
import { queryBox } from '../querybox.js';
import { loadDates, timeSlider } from '../timeslider.js';

export async function render(main, params, app) {
  document.title = 'Timeline · migration-graph explorer';
  const variables = { from: params.get('from'), to: params.get('to'), asOf: params.get('asOf') };
  const address = (change) => {
    const query = new URLSearchParams({ view: 'timeline' });
    const next = { ...variables, ...change };
    for (const key of ['from', 'to', 'asOf']) if (next[key]) query.set(key, next[key]);
    return `/?${query}`;
  };
  const from = h('input', { type: 'text', inputmode: 'numeric', size: 10, value: variables.from ?? '', placeholder: 'YYYY', 'aria-label': 'From date (YYYY, YYYY-MM or YYYY-MM-DD)' });
  const to = h('input', { type: 'text', inputmode: 'numeric', size: 10, value: variables.to ?? '', placeholder: 'YYYY', 'aria-label': 'To date (YYYY, YYYY-MM or YYYY-MM-DD)' });
  const range = h('form', { class: 'toolbar', onsubmit: (e) => {
    e.preventDefault();
    app.navigate(address({ from: from.value.trim() || null, to: to.value.trim() || null }));
  } }, h('label', {}, 'From ', from), h('label', {}, 'to ', to), h('button', { type: 'submit' }, 'Show'));
  const [entries, dates] = await Promise.all([graphql(TIMELINE, variables).then((d) => d.timeline), loadDates()]);
  const held = entries.filter((e) => e.status === 'held').length;
  const planned = entries.filter((e) => e.status === 'planned').length;
  fill(main,
    h('h1', {}, 'Timeline'),
    range,
    timeSlider(dates, variables.asOf, (asOf) => app.navigate(address({ asOf }))),
    h('p', { class: 'note' }, `${entries.length} dated meetings, events and processes${variables.asOf ? ` as they stood on ${formatDate(variables.asOf)}` : ''}: ${held} held, ${planned} planned, the rest dated without a status. Open one to see who took part and what was said.`),
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
