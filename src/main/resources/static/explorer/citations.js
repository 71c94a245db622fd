// How a citation is shown everywhere: the quote, then where it comes from, linked to the
// document view with the quoted words highlighted (or to the public reference).
import { h, link, formatDate } from './dom.js';

export function documentHref(documentId, paragraph, quote) {
  const params = new URLSearchParams({ view: 'document', id: documentId });
  if (paragraph) params.set('p', paragraph);
  if (quote) params.set('q', quote);
  return `/?${params}`;
}

export function citationItem(c) {
  if (c.document) {
    const where = [c.document.name, formatDate(c.document.date), c.paragraph ? `paragraph ${c.paragraph}` : null].filter(Boolean).join(', ');
    return h('li', { class: 'cite' },
      c.quote ? h('q', {}, c.quote) : '', ' — ',
      link(documentHref(c.document.id, c.paragraph, c.quote), where, { class: 'source' }));
  }
  if (c.reference) {
    const title = c.reference.url
      ? h('a', { href: c.reference.url, rel: 'noopener', target: '_blank' }, c.reference.title)
      : c.reference.title;
    return h('li', { class: 'cite' }, 'Reference: ', title, c.reference.publisher ? ` (${c.reference.publisher})` : '', c.detail ? `, ${c.detail}` : '');
  }
  return h('li', { class: 'cite' }, 'Cited without a source (please report).');
}

export function citationList(citations) {
  return h('ul', { class: 'plain citations' }, citations.map(citationItem));
}
