// The source documents: a list, and each document with its numbered paragraphs and the
// entities each paragraph mentions. URL: ?view=document&id=<doc>&p=<paragraph>&q=<quote to highlight>
import { graphql } from '../api.js';
import { DOCUMENTS, DOCUMENT, TEXT_MENTIONS } from '../queries.js';
import { h, fill, link, formatDate } from '../dom.js';
import { queryBox } from '../querybox.js';
import { currentViewer } from '../session.js';
import { ingestForm, reviewQueue, withMentions } from '../review.js';

export async function render(main, params, app) {
  const id = params.get('id');
  return id ? showDocument(main, id, Number(params.get('p')) || null, params.get('q'), app) : showList(main, app);
}

async function showList(main, app) {
  document.title = 'Documents · migration-graph explorer';
  const docs = (await graphql(DOCUMENTS)).documents.edges.map((e) => e.node);
  fill(main, h('h1', {}, 'Source documents'),
    h('p', { class: 'note' }, 'Every relationship drawn from a document cites one of its numbered paragraphs.'),
    h('ul', { class: 'plain doc-list' }, docs.map((d) => h('li', { class: 'card' },
      link(`/?view=document&id=${encodeURIComponent(d.id)}`, d.name),
      h('div', { class: 'when' }, [formatDate(d.date), d.documentType, d.speaker].filter(Boolean).join(' · ')),
      d.description ? h('p', {}, d.description) : ''))),
    currentViewer()?.canEdit ? ingestForm(app) : '',
    queryBox(DOCUMENTS, {}));
}

async function showDocument(main, id, target, quote, app) {
  const [answer, named] = await Promise.all([graphql(DOCUMENT, { id }), graphql(TEXT_MENTIONS, { id })]);
  const doc = answer.entity;
  if (!doc || !doc.paragraphs) {
    fill(main, h('h1', {}, 'Document not found'), h('p', {}, `No source document has the id “${id}”. `, link('/?view=documents', 'See the list of documents.')));
    return;
  }
  document.title = `${doc.name} · migration-graph explorer`;
  const mentions = named.textMentions;
  const items = doc.paragraphs.map((p) => paragraph(p, p.number === target ? quote : null, p.number === target,
    mentions.filter((m) => m.paragraph === p.number)));
  const review = currentViewer()?.canEdit ? await reviewQueue(id, () => {}) : '';
  fill(main, h('article', { class: 'card document' },
    h('h1', {}, doc.name),
    h('p', { class: 'when' }, [formatDate(doc.date), doc.documentType, doc.speaker].filter(Boolean).join(' · ')),
    doc.description ? h('p', {}, doc.description) : '',
    h('p', {}, link(`/?id=${encodeURIComponent(doc.id)}`, 'Open as an entity (its relations)')),
    mentions.length ? h('p', { class: 'note' }, `${mentions.length} names found in the text link to their entities.`) : '',
    h('ol', { class: 'paragraphs' }, items)),
  review,
  queryBox(DOCUMENT, { id }));
  main.querySelector('li.target')?.scrollIntoView({ block: 'center' });
}

function paragraph(p, quote, isTarget, mentions) {
  return h('li', { id: `p${p.number}`, value: p.number, class: isTarget ? 'target' : null },
    h('p', {}, quote || !mentions.length ? highlighted(p.text, quote) : withMentions(p.text, mentions)),
    p.mentions.length ? h('div', { class: 'chips', 'aria-label': `Paragraph ${p.number} mentions` },
      p.mentions.map((m) => link(`/?id=${encodeURIComponent(m.id)}`, m.name))) : '');
}

/** The paragraph with the quoted words marked; white space may differ, the words may not. */
function highlighted(text, quote) {
  if (!quote) return text;
  const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const match = new RegExp(pattern).exec(text);
  if (!match) return text;
  return [text.slice(0, match.index), h('mark', {}, match[0]), text.slice(match.index + match[0].length)];
}
