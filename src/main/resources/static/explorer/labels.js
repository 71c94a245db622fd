// Which labels are painted. Node labels keep one readable size on screen at every zoom, as on
// a map; then, most important first, a label is painted only where it collides with no label
// already placed and no other node, so labels never overlap. Zooming in makes room for more.

const NODE_LABEL_PX = 11;
const NODE_LABEL_WIDTH_PX = 130;

/**
 * Places the labels of `cy` for its current zoom. `rank(node)` orders the nodes (higher first);
 * edge labels come after every node label, and only those Cytoscape paints at this zoom
 * (their font is at least min-zoomed-font-size on screen).
 */
export function placeLabels(cy, rank) {
  const zoom = cy.zoom();
  cy.batch(() => {
    // A folded region writes its name inside its box, at the box's scale.
    cy.nodes().not('.group').style({ 'font-size': NODE_LABEL_PX / zoom, 'text-max-width': NODE_LABEL_WIDTH_PX / zoom, 'text-margin-y': 2 / zoom });
    cy.elements().removeClass('quiet');
  });
  const bodies = cy.nodes().filter((n) => n.visible() && n.isChildless())
    .map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }) }));
  const nodes = cy.nodes().filter((n) => n.visible()).sort((a, b) => rank(b) - rank(a) || (a.id() < b.id() ? -1 : 1));
  const edges = cy.edges().filter((e) => e.visible() && paintedAt(e, zoom));
  const placed = [];
  const quiet = [];
  for (const ele of [...nodes, ...edges]) {
    if (!ele.style('label')) continue;
    const box = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
    const clash = placed.some((b) => overlaps(b, box, zoom)) || bodies.some((b) => b.id !== ele.id() && overlaps(b.box, box, zoom));
    if (clash) quiet.push(ele);
    else placed.push(box);
  }
  cy.batch(() => quiet.forEach((ele) => ele.addClass('quiet')));
  return { painted: placed.length, quiet: quiet.length };
}

function paintedAt(ele, zoom) {
  return parseFloat(ele.style('font-size')) * zoom >= parseFloat(ele.style('min-zoomed-font-size'));
}

/** Model-space boxes that overlap by half a screen pixel or more (a small margin around labels). */
function overlaps(a, b, zoom) {
  const margin = 0.5 / zoom;
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > -margin && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > -margin;
}
