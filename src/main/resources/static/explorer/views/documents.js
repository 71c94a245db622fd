// The source documents: a list, and each document with its numbered paragraphs and the
// entities each paragraph mentions. URL: ?view=document&id=<doc>&p=<paragraph>&q=<quote to highlight>
import { graphql } from '../api.js';
import { DOCUMENTS, DOCUMENT } from '../queries.js';
import { h, fill, link, formatDate } from '../dom.js';
import { queryBox } from '../querybox.js';

export async function render(main, params) {
  const id = params.get('id');
  return id ? showDocument(main, id, Number(params.get('p')) || null, params.get('q')) : showList(main);
}

async function showList(main) {
  document.title = 'Documents · migration-graph explorer';
  const docs = (await graphql(DOCUMENTS)).documents.edges.map((e) => e.node);
  fill(main, h('h1', {}, 'Source documents'),
    h('p', { class: 'note' }, 'Every relationship drawn from a document cites one of its numbered paragraphs.'),
    h('ul', { class: 'plain doc-list' }, docs.map((d) => h('li', { class: 'card' },
      link(`/?view=document&id=${encodeURIComponent(d.id)}`, d.name),
      h('div', { class: 'when' }, [formatDate(d.date), d.documentType, d.speaker].filter(Boolean).join(' · ')),
      d.description ? h('p', {}, d.description) : ''))),
    queryBox(DOCUMENTS, {}));
}

async function showDocument(main, id, target, quote) {
  const doc = (await graphql(DOCUMENT, { id })).entity;
  if (!doc || !doc.paragraphs) {
    fill(main, h('h1', {}, 'Document not found'), h('p', {}, `No source document has the id “${id}”. `, link('/?view=documents', 'See the list of documents.')));
    return;
  }
  document.title = `${doc.name} · migration-graph explorer`;
  const items = doc.paragraphs.map((p) => paragraph(p, p.number === target ? quote : null, p.number === target));
  fill(main, h('article', { class: 'card document' },
    h('h1', {}, doc.name),
    h('p', { class: 'when' }, [formatDate(doc.date), doc.documentType, doc.speaker].filter(Boolean).join(' · ')),
    doc.description ? h('p', {}, doc.description) : '',
    h('p', {}, link(`/?id=${encodeURIComponent(doc.id)}`, 'Open as an entity (its relations)')),
    h('ol', { class: 'paragraphs' }, items)),
  queryBox(DOCUMENT, { id }));
  main.querySelector('li.target')?.scrollIntoView({ block: 'center' });
}

function paragraph(p, quote, isTarget) {
  return h('li', { id: `p${p.number}`, value: p.number, class: isTarget ? 'target' : null },
    h('p', {}, highlighted(p.text, quote)),
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
