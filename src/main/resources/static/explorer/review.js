// Ingestion in the explorer: a document's text with the entities it names linked, the queue of
// proposals a curator accepts (optionally edited) or rejects, each shown with its sentence, and
// the form that ingests a new text. Editing controls appear only for a key with the editor role.
import { graphql } from './api.js';
import { ACCEPT_PROPOSAL, ACCEPT_PROPOSALS, INGEST_DOCUMENT, PROPOSALS, REJECT_PROPOSAL } from './queries.js';
import { h, fill, link, humanType } from './dom.js';

/** A paragraph's text with each mention a link to its entity; an ambiguous one says what it may be. */
export function withMentions(text, mentions) {
  const parts = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    const words = text.slice(m.start, m.end);
    parts.push(m.entityId
      ? link(`/?id=${encodeURIComponent(m.entityId)}`, words, { class: 'mention', title: `${m.entityName ?? m.entityId} (${m.rule})` })
      : h('span', { class: 'mention ambiguous', tabindex: 0, title: `Ambiguous: may be ${m.candidates.join(', ')}` }, words));
    at = m.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The review queue of a document's pending proposals. */
export async function reviewQueue(documentId, onChange) {
  const section = h('section', { class: 'card review', 'aria-label': 'Proposals to review' });
  const proposals = [];
  let after = null;
  do {
    const page = (await graphql(PROPOSALS, { id: documentId, after })).proposals;
    proposals.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const names = new Map(proposals.filter((p) => p.kind === 'ENTITY').map((p) => [p.suggestedId, p.name]));
  const queue = { proposals, names, items: new Map(), onChange };
  const list = h('ol', { class: 'plain proposals' }, proposals.map((p) => item(p, queue)));
  fill(section, h('h2', {}, `Proposals to review (${proposals.length})`),
    h('p', { class: 'note' }, 'Read from the text by rules; none is in the graph until a curator accepts it. '
      + 'An accepted proposal becomes a fact cited to its sentence; a rejected one is kept, so the same text does not propose it again.'),
    proposals.length ? list : h('p', {}, 'Nothing left to review.'));
  return section;
}

function item(p, queue) {
  const { names } = queue;
  const li = h('li', { class: 'proposal', 'data-id': p.id, 'data-rule': p.rule });
  queue.items.set(p.id, li);
  const status = h('p', { class: 'outcome', role: 'status' });
  const props = p.properties.map((x) => `${x.key}: ${Array.isArray(x.value) ? x.value.join(', ') : x.value}`).join(' · ');
  fill(li,
    h('p', { class: 'what' }, p.kind === 'ENTITY'
      ? [h('strong', {}, `New ${p.entityKind}: `), p.name]
      : [end(p.from, names), h('strong', {}, ` ${humanType(p.type)} `), end(p.to, names)]),
    props ? h('p', { class: 'when' }, props) : '',
    h('blockquote', {}, `“${p.quote}” `, link(`/?view=document&id=${encodeURIComponent(p.document)}&p=${p.paragraph}&q=${encodeURIComponent(p.quote)}`, `¶ ${p.paragraph}`)),
    h('p', { class: 'when' }, `${p.rule}, confidence ${Math.round(p.confidence * 100)} %`),
    actions(p, li, status, queue), status);
  return li;
}

function end(id, names) {
  return names.has(id) ? h('em', { title: `proposed: ${id}` }, names.get(id)) : link(`/?id=${encodeURIComponent(id)}`, id);
}

/** A proposal's outcome, shown in place of its controls. */
function settle(li, p, proposal) {
  li.dataset.status = proposal.status;
  fill(li, h('p', { class: 'outcome done' }, proposal.status === 'ACCEPTED'
    ? ['Accepted as ', acceptedLink(p, proposal.acceptedAs)]
    : `Rejected: ${proposal.reviewReason}`));
}

/**
 * The relations waiting on a proposed entity that can be accepted with it: those whose other end
 * the graph knows (or is the entity itself).
 */
function dependents(p, queue) {
  if (p.kind !== 'ENTITY') return [];
  return queue.proposals.filter((r) => r.kind === 'RELATION' && r.status === 'PROPOSED' && !queue.items.get(r.id)?.dataset.status
    && (r.from === p.suggestedId || r.to === p.suggestedId)
    && [r.from, r.to].every((end) => end === p.suggestedId || !queue.names.has(end)));
}

function actions(p, li, status, queue) {
  const name = p.kind === 'ENTITY' ? h('input', { name: 'name', value: p.name, 'aria-label': 'Name', size: 50 }) : null;
  const id = p.kind === 'ENTITY' ? h('input', { name: 'entityId', value: p.suggestedId, 'aria-label': 'Id', size: 40 }) : null;
  const reason = h('input', { name: 'reason', placeholder: 'Why (kept in history)', 'aria-label': 'Reason' });
  const failed = (message) => {
    fill(status, message);
    status.className = 'outcome form-error';
  };
  const edits = () => ({
    ...(name && name.value !== p.name ? { name: name.value } : {}),
    ...(id && id.value !== p.suggestedId ? { entityId: id.value } : {}),
  });
  const run = async (mutation, input, field) => {
    try {
      const answer = (await graphql(mutation, { input }))[field];
      if (answer.userErrors.length) return failed(answer.userErrors.map((e) => e.message).join(' '));
      settle(li, p, answer.proposal);
      queue.onChange?.();
    } catch (e) {
      failed(e.message);
    }
  };
  const acceptWithRelations = async (related) => {
    try {
      const items = [{ id: p.id, ...edits() }, ...related.map((r) => ({ id: r.id }))];
      const answer = (await graphql(ACCEPT_PROPOSALS, { input: { items, reason: reason.value || null } })).acceptProposals;
      if (answer.userErrors.length) return failed(answer.userErrors.map((e) => e.message).join(' '));
      [p, ...related].forEach((x, i) => settle(queue.items.get(x.id), x, answer.proposals[i]));
      queue.onChange?.();
    } catch (e) {
      failed(e.message);
    }
  };
  const accept = h('button', { type: 'button', class: 'accept', onclick: () => run(ACCEPT_PROPOSAL, {
    id: p.id, reason: reason.value || null, ...edits() }, 'acceptProposal') }, 'Accept');
  const related = dependents(p, queue);
  const acceptAll = related.length ? h('button', { type: 'button', class: 'accept-with-relations',
    onclick: () => acceptWithRelations(dependents(p, queue)) }, `Accept with its ${related.length} relations`) : '';
  const reject = h('button', { type: 'button', class: 'reject', onclick: () => run(REJECT_PROPOSAL, { id: p.id, reason: reason.value }, 'rejectProposal') }, 'Reject');
  return h('div', { class: 'actions' }, name ? h('label', {}, 'Name ', name) : '', id ? h('label', {}, 'Id ', id) : '', reason, accept, acceptAll, reject);
}

/** What an accepted proposal became: the new entity, or the entity a new relation starts from. */
function acceptedLink(p, accepted) {
  const entity = p.kind === 'ENTITY' ? accepted : accepted.split(`-${p.type}->`)[0];
  return link(`/?id=${encodeURIComponent(entity)}`, accepted);
}

/** The form a curator ingests a new text with; on success it opens the document. */
export function ingestForm(app) {
  const field = (name, label, attrs = {}) => h('label', {}, `${label} `, h(attrs.rows ? 'textarea' : 'input', { name, ...attrs }));
  const error = h('p', { class: 'form-error', role: 'alert' });
  const form = h('form', { class: 'card ingest', onsubmit: async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const input = { title: data.title, text: data.text, date: data.date || null, kind: data.kind || null, author: data.author || null };
    try {
      const answer = (await graphql(INGEST_DOCUMENT, { input })).ingestDocument;
      if (answer.userErrors.length) {
        fill(error, answer.userErrors.map((x) => `${x.field.at(-1)}: ${x.message}`).join(' '));
        return;
      }
      app.navigate(`/?view=document&id=${encodeURIComponent(answer.document.id)}`);
    } catch (err) {
      fill(error, err.message);
    }
  } },
  h('h2', {}, 'Ingest a document'),
  h('p', { class: 'note' }, 'The text is stored as a source document; the entities it names are linked and what it says is proposed for review.'),
  field('title', 'Title', { required: true, size: 60 }), field('date', 'Date', { placeholder: 'YYYY-MM-DD', size: 12 }),
  field('kind', 'Kind', { placeholder: 'meeting summary, remarks…' }), field('author', 'Author or speaker'),
  field('text', 'Text', { rows: 12, cols: 80, required: true }),
  h('button', { type: 'submit' }, 'Ingest'), error);
  return form;
}
