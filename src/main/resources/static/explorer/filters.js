// Kind and relation-type filters for the graph views; the choices come from the graph's own
// counts, so a new kind or relation type appears without changing the page.
import { graphql } from './api.js';
import { VOCABULARY } from './queries.js';
import { h, humanType } from './dom.js';
import { kindLabel } from './kinds.js';

let vocabulary;

export async function loadVocabulary() {
  // Only the kinds and types the graph holds; `structural` are the types coordination views leave out.
  vocabulary ??= graphql(VOCABULARY).then((d) => ({
    kinds: d.vocabulary.kinds.filter((t) => t.count > 0).map((t) => t.name).sort(),
    types: d.vocabulary.relationTypes.filter((t) => t.count > 0).map((t) => t.name).sort(),
    structural: d.vocabulary.relationTypes.filter((t) => t.structural).map((t) => t.name).sort(),
  })).catch((e) => { vocabulary = undefined; throw e; });
  return vocabulary;
}

/** A list parameter of the URL ("a,b") as an array; empty means "all". */
export function listParam(params, name) {
  return (params.get(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/**
 * Checkboxes for kinds and relation types; `onChange(kinds, types)` gets the ticked ones
 * (an empty array when all or none are ticked, which the API reads as "all"; null for "Reset").
 */
export function filterBox({ kinds, types, selectedKinds, selectedTypes, onChange, changed = selectedKinds.length > 0 || selectedTypes.length > 0 }) {
  const group = (legend, name, values, selected, label) => h('fieldset', {},
    h('legend', {}, legend),
    values.map((v) => h('label', {}, h('input', { type: 'checkbox', name, value: v, checked: selected.length === 0 || selected.includes(v) }), ` ${label(v)}`)));
  const box = h('details', { class: 'filters', open: changed },
    h('summary', {}, `Filters${changed ? ' (on)' : ''}`),
    h('div', { class: 'toolbar' },
      group('Kinds', 'kind', kinds, selectedKinds, kindLabel),
      group('Relation types', 'type', types, selectedTypes, humanType),
      h('button', { type: 'button', onclick: () => onChange(null, null) }, 'Reset filters')));
  box.addEventListener('change', () => {
    const ticked = (name, all) => {
      const values = [...box.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
      return values.length === all.length ? [] : values;
    };
    onChange(ticked('kind', kinds), ticked('type', types));
  });
  return box;
}
