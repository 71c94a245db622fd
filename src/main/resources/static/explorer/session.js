// Signing in as a curator: the API key is kept for this tab only (sessionStorage, never a
// cookie or localStorage), sent as a bearer token, and Query.viewer says whether it may edit.
import { graphql, useKey } from './api.js';
import { h, fill } from './dom.js';

const STORAGE = 'migration-graph.api-key';
const VIEWER = 'query Viewer { viewer { name roles canEdit } }';
let viewer = null;
const listeners = [];

/** Who is signed in ({name, roles, canEdit}), or null. */
export function currentViewer() {
  return viewer;
}

/** Calls `listener` whenever someone signs in or out. */
export function onViewerChange(listener) {
  listeners.push(listener);
}

/** Restores the tab's key, if any, checking it is still valid. */
export async function restore() {
  const key = sessionStorage.getItem(STORAGE);
  if (key) await signIn(key, false).catch(() => signOut(false));
}

async function signIn(key, notify = true) {
  useKey(key);
  try {
    viewer = (await graphql(VIEWER)).viewer;
  } catch (e) {
    useKey(null);
    throw e;
  }
  sessionStorage.setItem(STORAGE, key);
  if (notify) listeners.forEach((l) => l(viewer));
}

function signOut(notify = true) {
  sessionStorage.removeItem(STORAGE);
  useKey(null);
  viewer = null;
  if (notify) listeners.forEach((l) => l(viewer));
}

/** The header's account box: a sign-in form, or who is signed in and a way out. */
export function accountBox() {
  const box = h('div', { class: 'account' });
  const draw = () => {
    if (viewer) {
      fill(box, h('span', { class: 'viewer' }, `Signed in as ${viewer.name} (${viewer.roles.at(-1)})`),
        h('button', { type: 'button', onclick: () => signOut() }, 'Sign out'));
      return;
    }
    const input = h('input', { type: 'password', name: 'key', autocomplete: 'off', placeholder: 'API key', 'aria-label': 'API key', required: true });
    const error = h('span', { class: 'form-error', role: 'alert' });
    const form = h('form', { class: 'sign-in', onsubmit: async (e) => {
      e.preventDefault();
      fill(error);
      try {
        await signIn(input.value.trim());
      } catch (err) {
        fill(error, err.code === 'UNAUTHENTICATED' ? 'That key is not valid.' : err.message);
      }
    } }, input, h('button', { type: 'submit' }, 'Sign in'), error);
    fill(box, h('details', {}, h('summary', {}, 'Curator sign-in'), form));
  };
  onViewerChange(draw);
  draw();
  return box;
}
