// Small DOM helpers. Text always goes in through textContent, never innerHTML, because every
// string shown comes from the graph and must not be read as markup.

/** Builds an element: h('a', {href: '/x', class: 'k'}, 'text', child...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A link that the router handles in place (routing is in main.js), so it also works in a new tab. */
export function link(href, text, attrs = {}) {
  return h('a', { ...attrs, href, 'data-nav': true }, text);
}

/** Waits `ms` after the last call before running `fn`. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

/** "2019-12-12" as "12 December 2019"; partial dates ("2019-12", "2019") stay partial. */
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (!m) return y;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** MEMBER_OF as "member of". */
export function humanType(type) {
  return type.toLowerCase().replaceAll('_', ' ');
}
