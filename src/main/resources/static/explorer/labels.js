// Which labels are painted. Node labels keep one readable size on screen at every zoom, as on
// a map; then, most important first, each name tries the places a cartographer would (below its
// node, above, right, left) and is painted at the first that collides with no name already
// placed and no other node, or not at all, so names never overlap. Zooming in makes room for more.

const NODE_LABEL_PX = 11;
const NODE_LABEL_WIDTH_PX = 130;

/** Below, above, right and left of the node, a few screen pixels off it. */
function places(zoom) {
  const gap = 2 / zoom;
  return [
    { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': gap, 'text-margin-x': 0 },
    { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -gap, 'text-margin-x': 0 },
    { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 2 * gap },
    { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -2 * gap },
  ];
}

/**
 * Places the labels of `cy` for its current zoom. `rank(node)` orders the nodes (higher first);
 * edge labels come after every node label, and only those Cytoscape paints at this zoom
 * (their font is at least min-zoomed-font-size on screen).
 */
export function placeLabels(cy, rank) {
  const zoom = cy.zoom();
  const [below, ...others] = places(zoom);
  cy.batch(() => {
    // A folded region writes its name inside its box, at the box's scale; an open one above its States.
    cy.nodes().not('.group').style({ 'font-size': NODE_LABEL_PX / zoom, 'text-max-width': NODE_LABEL_WIDTH_PX / zoom });
    cy.nodes().not('.group, .group-open').style(below);
    cy.elements().removeClass('quiet');
  });
  const bodies = cy.nodes().filter((n) => n.visible() && n.isChildless())
    .map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false }) }));
  const bodyOf = new Map(bodies.map((b) => [b.id, b.box]));
  const nodes = cy.nodes().filter((n) => n.visible()).sort((a, b) => rank(b) - rank(a) || (a.id() < b.id() ? -1 : 1));
  const edges = cy.edges().filter((e) => e.visible() && paintedAt(e, zoom));
  const placed = [];
  const quiet = [];
  // A name cut off by the edge of the canvas is not read either: it must fit inside the view.
  const view = cy.extent();
  const inside = (box) => box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
  const clear = (ele, box) => inside(box) && !placed.some((b) => overlaps(b, box, zoom)) && !bodies.some((b) => b.id !== ele.id() && overlaps(b.box, box, zoom));
  for (const ele of [...nodes, ...edges]) {
    if (!ele.style('label')) continue;
    // Regions and edges keep their one place; other nodes try the others in turn. The other
    // places' boxes are worked out from the box below (restyling a node per try costs a
    // style pass each); the place chosen is then applied and its real box checked once more.
    const box = labelBox(ele);
    const node = ele.isNode() && !ele.hasClass('group') && !ele.hasClass('group-open') ? bodyOf.get(ele.id()) : null;
    if (clear(ele, box)) {
      placed.push(box);
      continue;
    }
    const turn = node ? aroundNode(box, node).findIndex((candidate) => clear(ele, candidate)) : -1;
    if (turn >= 0) {
      ele.style(others[turn]);
      const moved = labelBox(ele);
      if (clear(ele, moved)) {
        placed.push(moved);
        continue;
      }
      ele.style(below);
    }
    quiet.push(ele);
  }
  cy.batch(() => quiet.forEach((ele) => ele.addClass('quiet')));
  return { painted: placed.length, quiet: quiet.length };
}

/** Where a label of this size would sit above, right of and left of its node, from its box below the node. */
function aroundNode(below, node) {
  const gap = below.y1 - node.y2;
  const midY = (node.y1 + node.y2) / 2;
  const box = (x1, y1) => ({ x1, y1, x2: x1 + below.w, y2: y1 + below.h, w: below.w, h: below.h });
  return [box(below.x1, node.y1 - gap - below.h), box(node.x2 + gap, midY - below.h / 2), box(node.x1 - gap - below.w, midY - below.h / 2)];
}

function labelBox(ele) {
  return ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
}

function paintedAt(ele, zoom) {
  return parseFloat(ele.style('font-size')) * zoom >= parseFloat(ele.style('min-zoomed-font-size'));
}

/** Model-space boxes that overlap by half a screen pixel or more (a small margin around labels). */
function overlaps(a, b, zoom) {
  const margin = 0.5 / zoom;
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > -margin && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > -margin;
}
