// How each kind of entity is drawn: a colour and a shape, so that kinds are told apart by
// shape as well as colour (for readers who do not see the colours).

const STYLES = {
  MemberState: { color: '#2f6db5', shape: 'ellipse' },
  ObserverState: { color: '#7aa6d8', shape: 'ellipse' },
  Organization: { color: '#d9822b', shape: 'round-rectangle' },
  Group: { color: '#b5651d', shape: 'round-hexagon' },
  Person: { color: '#8e5bb5', shape: 'round-triangle' },
  Framework: { color: '#2b8a3e', shape: 'star' },
  Objective: { color: '#74b816', shape: 'round-diamond' },
  Principle: { color: '#94d82d', shape: 'round-diamond' },
  Initiative: { color: '#c2255c', shape: 'round-pentagon' },
  Region: { color: '#15aabf', shape: 'hexagon' },
  Meeting: { color: '#e8590c', shape: 'round-tag' },
  Event: { color: '#f08c00', shape: 'round-tag' },
  Topic: { color: '#868e96', shape: 'round-octagon' },
  Statement: { color: '#5f3dc4', shape: 'round-rectangle' },
  Document: { color: '#343a40', shape: 'rectangle' },
};
const FALLBACK = { color: '#adb5bd', shape: 'ellipse' };

export function kindStyle(kind) {
  return STYLES[kind] ?? FALLBACK;
}

/** Outlines for the legend's little icons, so the legend shows each kind's shape as drawn. */
const OUTLINES = {
  'round-triangle': 'polygon(50% 0, 100% 100%, 0 100%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  'round-diamond': 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  'round-pentagon': 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)',
  hexagon: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  'round-hexagon': 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
  'round-tag': 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)',
  'round-octagon': 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
};

/** CSS for a legend icon of this kind: its colour and its shape. */
export function legendIcon(kind) {
  const { color, shape } = kindStyle(kind);
  const outline = OUTLINES[shape] ? `clip-path:${OUTLINES[shape]};` : '';
  const radius = shape === 'ellipse' ? 'border-radius:50%;' : '';
  return `background:${color};${outline}${radius}`;
}

/** Kind names as readers say them: MemberState as "Member State". */
export function kindLabel(kind) {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/**
 * Cytoscape's stylesheet: one rule per kind; node size from data(size) (a chosen centrality);
 * labels hidden when too small to read (edges) or when they would collide (labels.js).
 */
export function graphStyle() {
  const perKind = Object.entries(STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 7, 'text-wrap': 'ellipsis',
        'text-max-width': 120, 'text-valign': 'bottom', 'text-margin-y': 2, width: 'data(size)', height: 'data(size)',
        'background-color': FALLBACK.color, 'border-width': 1, 'border-color': '#fff', color: '#1d2733',
        // A light backing keeps a name legible where an edge passes behind it.
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
      },
    },
    ...perKind,
    { selector: 'node.by-community', style: { 'background-color': 'data(colour)' } },
    { selector: 'node.centre', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#f2a900', 'font-weight': 'bold' } },
    {
      // A region's Member States with no coordination relation, folded into one node.
      selector: 'node.group',
      style: {
        shape: 'round-rectangle', width: 90, height: 46, 'background-color': '#e3f4f7', 'border-width': 1.5, 'border-style': 'dashed',
        'border-color': '#15aabf', 'text-valign': 'center', 'text-halign': 'center', color: '#0b5563', 'font-weight': 'bold',
        'font-size': 13, 'text-wrap': 'wrap', 'text-max-width': 86, 'text-margin-y': 0, 'text-background-opacity': 0,
      },
    },
    {
      selector: 'node.group-open',
      style: {
        shape: 'round-rectangle', 'background-color': '#f1fafb', 'background-opacity': 0.6, 'border-width': 1.5,
        'border-style': 'dashed', 'border-color': '#15aabf', 'text-valign': 'top', 'text-halign': 'center', padding: 14, color: '#0b5563',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#12324f' } },
    {
      selector: 'edge',
      style: {
        width: 1.2, 'line-color': '#a9b4c0', 'target-arrow-color': '#a9b4c0', 'target-arrow-shape': 'triangle',
        'arrow-scale': .7, 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, 'min-zoomed-font-size': 9,
        'text-rotation': 'autorotate', color: '#5b6875', 'text-background-color': '#fff', 'text-background-opacity': .8,
      },
    },
    { selector: 'edge.path', style: { width: 3, 'line-color': '#f2a900', 'target-arrow-color': '#f2a900' } },
    { selector: '.faded', style: { opacity: .15 } },
    // Labels that would collide with one already placed (labels.js): not painted, still there for hover.
    { selector: '.quiet', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  ];
}
