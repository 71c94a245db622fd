// A search box with suggestions (the ARIA combobox pattern): type, move with the arrow keys,
// Enter or a click chooses. Used in the header and by the path finder's two pickers.
import { graphql } from './api.js';
import { SEARCH } from './queries.js';
import { h, fill, debounce } from './dom.js';
import { kindLabel } from './kinds.js';

let counter = 0;

export function createSearch({ label, placeholder, onChoose, onError, value = '' }) {
  const id = `search-${++counter}`;
  const input = h('input', {
    type: 'search', id, role: 'combobox', autocomplete: 'off', spellcheck: 'false', placeholder, value,
    'aria-label': label, 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', 'aria-label': `${label}: suggestions`, hidden: true });
  const box = h('div', { class: 'search' }, input, list);
  let items = [];
  let active = -1;
  let controller;

  const suggest = debounce(async (text) => {
    controller?.abort();
    if (text.trim().length < 1) return close();
    controller = new AbortController();
    try {
      const data = await graphql(SEARCH, { query: text }, { signal: controller.signal });
      if (input.value !== text) return;
      items = data.search.edges.map((e) => ({ ...e.node, matched: matchedAlias(e.node, text) }));
      open(text);
    } catch (e) {
      if (e.name !== 'AbortError') { close(); onError?.(e); }
    }
  }, 120);

  function open(text) {
    active = items.length ? 0 : -1;
    fill(list, items.length
      ? items.map((item, i) => h('li', { id: `${id}-opt-${i}`, role: 'option', onmousedown: (e) => { e.preventDefault(); choose(i); } },
        h('span', {}, item.name, item.matched ? h('span', { class: 'hint' }, ` (${item.matched})`) : ''),
        h('span', { class: 'hint' }, kindLabel(item.kind))))
      : h('li', { role: 'option', 'aria-disabled': 'true', class: 'hint' }, `Nothing matches “${text}”.`));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark();
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    items = [];
    active = -1;
  }

  function mark() {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
  }

  function choose(i) {
    const item = items[i];
    if (!item) return;
    input.value = item.name;
    close();
    onChoose(item);
  }

  input.addEventListener('input', () => suggest(input.value));
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && items.length) { active = (active + 1) % items.length; mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && items.length) { active = (active - 1 + items.length) % items.length; mark(); e.preventDefault(); }
    else if (e.key === 'Enter') { if (active >= 0) choose(active); e.preventDefault(); }
    else if (e.key === 'Escape') close();
  });
  return { element: box, input, set: (text) => { input.value = text; } };
}

/** The alias that matched the typed text, when the name itself does not show why (UK). */
function matchedAlias(node, text) {
  const folded = fold(text);
  if (fold(node.name).includes(folded)) return null;
  return node.aliases.find((a) => fold(a).startsWith(folded)) ?? null;
}

function fold(s) {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
