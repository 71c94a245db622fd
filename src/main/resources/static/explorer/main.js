// The explorer's entry point: reads the URL, shows the view it names, and keeps the URL in
// step with what is shown so that every view can be bookmarked and back/forward work.
import { h, fill } from './dom.js';
import { createSearch } from './search.js';
import { accountBox, onViewerChange, restore } from './session.js';
import * as home from './views/home.js';
import * as entity from './views/entity.js';
import * as coordination from './views/coordination.js';
import * as path from './views/path.js';
import * as timeline from './views/timeline.js';
import * as documents from './views/documents.js';

const VIEWS = { home, entity, coordination, path, timeline, documents, document: documents };
const main = document.getElementById('view');
const message = document.getElementById('message');
// /embed (web.EmbedPage) is the same page without the header, framed by a dashboard: its
// addresses stay under /embed, and a link opens the same view in the full explorer.
const EMBED = document.body.classList.contains('embed');
const openFull = EMBED ? h('p', { class: 'embed-open' }, h('a', { href: '/', target: '_blank', rel: 'noopener' }, 'Open in the migration-graph explorer ↗')) : null;
if (openFull) main.before(openFull);
let current = null;
let first = true;

/** What the views may do besides drawing: move to another URL, report a failure. */
const app = {
  navigate(target, { replace = false } = {}) {
    const url = EMBED ? embedded(target) : target;
    if (url !== location.pathname + location.search) history[replace ? 'replaceState' : 'pushState'](null, '', url);
    render();
  },
  fail(error) {
    const words = error.code ? error.message
      : `Something went wrong in the explorer page itself (${error.message ?? error}). Retry; if it happens again, please report it with this page's address.`;
    fill(message, words, h('button', { type: 'button', onclick: () => { hideMessage(); render(); } }, 'Retry'));
    message.hidden = false;
    message.dataset.code = error.code ?? 'ERROR';
    if (!error.code) console.error(error);
  },
};

/** An explorer address ("/?view=..") as the same address under /embed. */
function embedded(url) {
  if (url === '/') return '/embed';
  return url.startsWith('/?') ? `/embed${url.slice(1)}` : url;
}

function hideMessage() {
  message.hidden = true;
  message.replaceChildren();
}

function viewName(params) {
  const name = params.get('view') ?? (params.has('id') ? 'entity' : 'home');
  return VIEWS[name] ? name : null;
}

/**
 * Shows the view the address names. Each render draws into a container of its own, put in
 * the page at once: when the reader moves on before a slow view has its data, the late answer
 * lands in a container no longer in the page instead of over the newer view.
 */
async function render() {
  const params = new URLSearchParams(location.search);
  const name = viewName(params);
  openFull?.firstChild.setAttribute('href', `/${location.search}`);
  const loading = h('p', { class: 'loading' }, 'Loading…');
  const target = h('div', { class: 'view-root' }, loading);
  hideMessage();
  markNav(name);
  main.setAttribute('aria-busy', 'true');
  const view = name ? VIEWS[name] : null;
  if (current !== view) { current?.leave?.(); current = view; }
  fill(main, target);
  try {
    if (!view) {
      fill(target, h('h1', {}, 'No such view'), h('p', {}, `This address names a view, “${params.get('view')}”, that the explorer does not have. `,
        h('a', { href: '/', 'data-nav': true }, 'Go to the overview.')));
    } else {
      await view.render(target, params, app);
    }
  } catch (error) {
    if (error.name === 'AbortError' || !main.contains(target)) return;
    app.fail(error);
    // Only when the view drew nothing yet: a view that failed halfway keeps what it could show.
    if (target.firstElementChild === loading && target.childElementCount === 1) {
      fill(target, h('p', { class: 'note' }, 'This view could not be loaded; the message above says why.'));
    }
  } finally {
    if (main.contains(target)) {
      main.setAttribute('aria-busy', 'false');
      if (first) { first = false; performance.mark('explorer:interactive'); document.body.dataset.ready = 'true'; }
      document.body.dataset.view = name ?? 'none';
    }
  }
}

function markNav(name) {
  for (const a of document.querySelectorAll('nav a[data-view]')) {
    if (a.dataset.view === name || (name === 'document' && a.dataset.view === 'documents')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

// Links marked data-nav are handled in place; a modified click (new tab) is left to the browser.
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  app.navigate(a.getAttribute('href'));
  main.focus({ preventScroll: true });
});
window.addEventListener('popstate', render);
// While an operation waits for the graph's counts (api.js), the view's "Loading…" says why.
window.addEventListener('api-wait', (e) => {
  const loading = main.querySelector('.view-root > p.loading');
  if (loading) loading.textContent = `The graph's counts are being made, as after every start and change; asking again in ${e.detail.seconds} s…`;
});
window.addEventListener('unhandledrejection', (e) => { if (e.reason?.name !== 'AbortError') app.fail(e.reason); });

const search = createSearch({
  label: 'Search entities', placeholder: 'Search: a State, an agency, a framework… (e.g. UK, IOM, GCM)',
  onChoose: (item) => { search.set(''); app.navigate(`/?id=${encodeURIComponent(item.id)}`); },
  onError: app.fail,
});
document.getElementById('search').replaceWith(search.element);
document.getElementById('account').replaceWith(accountBox());
// Signing in or out shows or hides the editing controls of the view on screen.
onViewerChange(() => render());
restore().finally(render);
