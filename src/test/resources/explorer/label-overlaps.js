// Counts what a reader sees collide in a drawn graph, from Cytoscape's own state and independent
// of how the explorer decides which labels to show. Run by WebDriver with the graph's container
// as arguments[0]; answers { labels, labelOverlaps, labelsOverNodes, zoom }.
// A label counts when Cytoscape paints it: the element is visible, its label is not empty, not
// transparent, and its font at the current zoom is at least min-zoomed-font-size. Boxes are in
// rendered pixels; touching edges (under 1 px of overlap either way) do not count.
const cy = arguments[0]._cyreg.cy;
const zoom = cy.zoom();
const view = cy.extent();
const toScreen = (b) => ({ x1: b.x1 * zoom, y1: b.y1 * zoom, x2: b.x2 * zoom, y2: b.y2 * zoom });
const overlap = (a, b) => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) >= 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) >= 1;
const onScreen = (b) => b.x2 > view.x1 && b.x1 < view.x2 && b.y2 > view.y1 && b.y1 < view.y2;

function painted(ele) {
  if (!ele.visible() || ele.effectiveOpacity() === 0) return false;
  const text = ele.style('label');
  if (!text || Number(ele.style('text-opacity')) === 0) return false;
  return parseFloat(ele.style('font-size')) * zoom >= parseFloat(ele.style('min-zoomed-font-size'));
}

const labels = [];
cy.elements().forEach((ele) => {
  if (!painted(ele)) return;
  const box = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
  if (box.w > 0 && onScreen(box)) labels.push({ id: ele.id(), box: toScreen(box) });
});
let labelOverlaps = 0;
for (let i = 0; i < labels.length; i++) {
  for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i].box, labels[j].box)) labelOverlaps++;
}
// A compound node's box holds its children by design, so only leaf nodes count as bodies.
const bodies = cy.nodes().filter((n) => n.visible() && n.isChildless()).map((n) => ({
  id: n.id(), box: toScreen(n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false })),
}));
let labelsOverNodes = 0;
for (const label of labels) {
  for (const body of bodies) if (body.id !== label.id && overlap(label.box, body.box)) labelsOverNodes++;
}
return { labels: labels.length, labelOverlaps, labelsOverNodes, zoom };
