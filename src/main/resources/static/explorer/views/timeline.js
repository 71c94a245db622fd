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
  const variables = { from: params.get('from'), to: params.get('to'), asOf: params.get('asOf'), first: PAGE_SIZE };
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
  const [firstPage, dates] = await Promise.all([graphql(TIMELINE, variables).then((d) => d.timelineItems), loadDates()]);
  const pages = pagedEntries(firstPage, variables, app);
  fill(main,
    h('h1', {}, 'Timeline'),
    range,
    timeSlider(dates, variables.asOf, (asOf) => app.navigate(address({ asOf }))),
    pages.note,
    pages.list,
    pages.more,
    queryBox(TIMELINE, variables));
}

/**
 * The entries shown, a note counting them, and a button adding the next page. A large graph's
 * timeline has tens of thousands of entries: they come a page at a time, each page starting
 * after the last entry shown, so nothing repeats if the graph changes meanwhile.
 */
function pagedEntries(firstPage, variables, app) {
  const shown = [...firstPage.nodes];
  const total = firstPage.totalCount;
  let page = firstPage;
  const list = h('ol', { class: 'timeline' }, shown.map(entry));
  const note = h('p', { class: 'note' });
  const button = h('button', { type: 'button', class: 'more' });
  const tell = () => {
    note.textContent = summary(shown, total, variables.asOf);
    button.hidden = !page.pageInfo.hasNextPage;
    button.textContent = `Show ${Math.min(PAGE_SIZE, total - shown.length).toLocaleString('en')} more`;
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      page = (await graphql(TIMELINE, { ...variables, after: page.pageInfo.endCursor, counted: false })).timelineItems;
      shown.push(...page.nodes);
      list.append(...page.nodes.map(entry));
      tell();
    } catch (error) {
      app.fail(error);
    } finally {
      button.disabled = false;
    }
  });
  tell();
  return { note, list, more: h('p', {}, button) };
}

/** Entries per page: the most timelineItems gives at once. */
const PAGE_SIZE = 100;

function summary(shown, total, asOf) {
  const held = shown.filter((e) => e.status === 'held').length;
  const planned = shown.filter((e) => e.status === 'planned').length;
  const then = asOf ? ` as they stood on ${formatDate(asOf)}` : '';
  const counts = `${held} held, ${planned} planned, the rest dated without a status`;
  const which = shown.length === total ? counts : `the first ${shown.length.toLocaleString('en')} are shown (${counts})`;
  return `${total.toLocaleString('en')} dated meetings, events and processes${then}: ${which}. Open one to see who took part and what was said.`;
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
