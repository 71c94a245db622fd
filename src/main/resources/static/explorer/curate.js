// The entity panel's curation tools, shown only to a signed-in editor: edit the entity's fields,
// add a relation (the other end chosen by search, the citation by selecting the quote in the
// paragraph's text), and read the entity's history. Every refusal is told in words.
import { graphql } from './api.js';
import { DOCUMENTS } from './queries.js';
import { h, fill, humanType } from './dom.js';
import { createSearch } from './search.js';
import { currentViewer } from './session.js';
import { loadVocabulary } from './filters.js';

const ERRORS = 'userErrors { field message code }';
const UPDATE = `mutation UpdateEntity($input: UpdateEntityInput!) {
  updateEntity(input: $input) { revision ${ERRORS} conflict { currentVersion changesSince { author operation fields reason } } }
}`;
const RELATE = `mutation CreateRelation($input: CreateRelationInput!) { createRelation(input: $input) { revision relation { id } ${ERRORS} } }`;
const HISTORY = `query History($id: ID!) {
  entity(id: $id) { history(first: 20) { totalCount edges { node { number operation version author at reason fields } } } }
}`;
const PARAGRAPHS = 'query Paragraphs($id: ID!) { entity(id: $id) { ... on Document { paragraphs { number text } } } }';

/** The tools for `entity` (which must carry its version), or nothing for a reader. */
export function curationTools(entity, reload) {
  if (!currentViewer()?.canEdit) return '';
  const area = h('div', { class: 'curation-form' });
  const history = h('ol', { class: 'history plain', reversed: true });
  const section = h('section', { class: 'curation', 'aria-label': 'Curation' },
    h('h2', {}, 'Curate'),
    h('p', { class: 'toolbar' },
      h('button', { type: 'button', onclick: () => fill(area, editForm(entity, reload)) }, 'Edit this entity'),
      h('button', { type: 'button', onclick: async () => fill(area, await relationForm(entity, reload)) }, 'Add a relation')),
    area,
    h('h2', {}, 'History'), history);
  showHistory(entity.id, history);
  return section;
}

async function showHistory(id, list) {
  const edges = (await graphql(HISTORY, { id })).entity?.history.edges ?? [];
  fill(list, edges.length ? edges.map(({ node: r }) => h('li', { class: 'revision' },
    `Revision ${r.number}, ${r.at.slice(0, 16).replace('T', ' ')}: ${r.author} ${verb(r.operation)}`,
    r.fields.length ? ` ${r.fields.join(', ')}` : '', ` (version ${r.version}). “${r.reason}”`))
    : h('li', {}, 'No curated changes yet; everything here comes from graph-seed/.'));
}

function verb(operation) {
  return { CREATE: 'created it', UPDATE: 'changed', DELETE: 'deleted it' }[operation] ?? operation;
}

function editForm(entity, reload) {
  const name = h('input', { name: 'name', value: entity.name, required: true });
  const aliases = h('textarea', { name: 'aliases', rows: 3 }, entity.aliases.join('\n'));
  const description = h('textarea', { name: 'description', rows: 3 }, entity.description ?? '');
  const reason = h('input', { name: 'reason', required: true, placeholder: 'Why (kept in history)' });
  const outcome = h('div', { class: 'form-outcome', role: 'status' });
  return h('form', { class: 'edit-entity', onsubmit: async (e) => {
    e.preventDefault();
    const input = { id: entity.id, expectedVersion: entity.version, name: name.value.trim(), reason: reason.value.trim(),
      aliases: aliases.value.split('\n').map((a) => a.trim()).filter(Boolean), description: description.value.trim() };
    const payload = (await graphql(UPDATE, { input })).updateEntity;
    if (payload.userErrors.length === 0) return reload();
    fill(outcome, payload.conflict ? conflictMessage(entity, payload.conflict, reload) : errorList(payload.userErrors));
  } },
  field('Name', name), field('Other names, one per line', aliases), field('Description', description), field('Reason', reason),
  h('p', {}, h('button', { type: 'submit', class: 'primary' }, 'Save'), ' ',
    h('button', { type: 'button', onclick: (e) => e.target.closest('.curation-form').replaceChildren() }, 'Cancel')),
  outcome);
}

function conflictMessage(entity, conflict, reload) {
  const changes = conflict.changesSince.map((c) => `${c.author} ${verb(c.operation)}${c.fields.length ? ` ${c.fields.join(', ')}` : ''} (“${c.reason}”)`);
  return h('p', { class: 'conflict' },
    `Someone else changed “${entity.name}” while you were editing it: it is now at version ${conflict.currentVersion}`,
    changes.length ? ` (${changes.join('; ')})` : '', '. Your change was not saved. Reload to see theirs, then make yours again. ',
    h('button', { type: 'button', onclick: reload }, 'Reload'));
}

function errorList(errors) {
  return h('ul', { class: 'form-errors' }, errors.map((e) => h('li', {}, `${e.field.slice(1).join(' › ')}: ${e.message}`)));
}

function field(label, control) {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

async function relationForm(entity, reload) {
  const [vocabulary, documents] = await Promise.all([loadVocabulary(), graphql(DOCUMENTS)]);
  let other = null;
  const type = h('select', { name: 'type' }, vocabulary.types.map((t) => h('option', { value: t }, humanType(t))));
  const direction = h('select', { name: 'direction' },
    h('option', { value: 'out' }, `${entity.name} → the other entity`), h('option', { value: 'in' }, `the other entity → ${entity.name}`));
  const search = createSearch({ label: 'Other entity', placeholder: 'Search for the other entity', onChoose: (item) => { other = item; } });
  const documentSelect = h('select', { name: 'document' }, h('option', { value: '' }, 'Choose a document'),
    documents.documents.edges.map(({ node }) => h('option', { value: node.id }, node.name)));
  const paragraph = h('select', { name: 'paragraph', disabled: true });
  const text = h('blockquote', { class: 'paragraph-text', tabindex: 0, 'aria-label': 'Paragraph text: select the words that state the fact' });
  const quote = h('input', { name: 'quote', placeholder: 'Select the words in the paragraph above, or type them' });
  const reference = h('input', { name: 'reference', placeholder: 'or a public reference id, e.g. ref:un-m49' });
  const reason = h('input', { name: 'reason', required: true, placeholder: 'Why (kept in history)' });
  const outcome = h('div', { class: 'form-outcome', role: 'status' });
  let paragraphs = [];
  const showParagraph = () => fill(text, paragraphs.find((p) => String(p.number) === paragraph.value)?.text ?? '');
  documentSelect.addEventListener('change', async () => {
    paragraphs = documentSelect.value ? (await graphql(PARAGRAPHS, { id: documentSelect.value })).entity.paragraphs : [];
    fill(paragraph, paragraphs.map((p) => h('option', { value: p.number }, `Paragraph ${p.number}`)));
    paragraph.disabled = !paragraphs.length;
    showParagraph();
  });
  paragraph.addEventListener('change', showParagraph);
  text.addEventListener('mouseup', () => {
    const selected = window.getSelection().toString().trim();
    if (selected) quote.value = selected;
  });
  return h('form', { class: 'add-relation', onsubmit: async (e) => {
    e.preventDefault();
    if (!other) return fill(outcome, h('p', { class: 'form-errors' }, 'Choose the other entity from the search suggestions.'));
    const citation = reference.value.trim() ? { reference: reference.value.trim() }
      : { document: documentSelect.value || null, paragraph: Number(paragraph.value) || null, quote: quote.value.trim() || null };
    const [from, to] = direction.value === 'out' ? [entity.id, other.id] : [other.id, entity.id];
    const input = { from, type: type.value, to, citations: [citation], reason: reason.value.trim() };
    const payload = (await graphql(RELATE, { input })).createRelation;
    if (payload.userErrors.length === 0) return reload();
    fill(outcome, errorList(payload.userErrors));
  } },
  field('Relation type', type), field('Direction', direction), field('Other entity', search.element),
  h('fieldset', {}, h('legend', {}, 'Citation'), field('Document', documentSelect), field('Paragraph', paragraph), text,
    field('Quote', quote), field('Reference', reference)),
  field('Reason', reason),
  h('p', {}, h('button', { type: 'submit', class: 'primary' }, 'Add the relation'), ' ',
    h('button', { type: 'button', onclick: (e) => e.target.closest('.curation-form').replaceChildren() }, 'Cancel')),
  outcome);
}
