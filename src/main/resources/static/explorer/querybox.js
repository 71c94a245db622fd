// "This view's query": the GraphQL a dashboard would send to get what the view shows.
import { h } from './dom.js';

export function queryBox(query, variables) {
  return h('details', { class: 'query' },
    h('summary', {}, 'This view’s GraphQL query'),
    h('pre', {}, query),
    h('pre', {}, `Variables: ${JSON.stringify(variables, null, 2)}`),
    h('p', { class: 'note' }, 'POST it to /graphql as {"query": …, "variables": …}.'));
}
