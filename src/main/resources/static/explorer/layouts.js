// How a drawing is arranged: rings around a neighbourhood's centre, layers along paths, and
// fcose (force-directed, with compound nodes) for networks. After fitting, the zoom is capped
// so that a small graph is not blown up until its nodes crowd the screen.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';

// fcose and its bases are UMD scripts that index.html loads before this module.
const FCOSE = typeof window.cytoscapeFcose === 'function';
if (FCOSE) cytoscape.use(window.cytoscapeFcose);
capIterations(window.layoutBase);

/**
 * layout-base runs at least five force iterations per node whatever fcose's numIter says
 * (FDLayout.initSpringEmbedder): 2,140 for the whole seed graph, 0.75 s on 2 cores, for little
 * gain after the first thousand. This makes numIter the real bound; the cooling schedule,
 * computed from the bound just after, follows it.
 */
function capIterations(layoutBase) {
  const fd = layoutBase?.FDLayout?.prototype;
  const constants = layoutBase?.FDLayoutConstants;
  if (!fd || !constants || fd.initSpringEmbedder.capped) return;
  const init = fd.initSpringEmbedder;
  fd.initSpringEmbedder = function initCapped() {
    init.call(this);
    this.maxIterations = Math.min(this.maxIterations, constants.MAX_ITERATIONS);
  };
  fd.initSpringEmbedder.capped = true;
}

/** The closest a freshly fitted drawing is shown; the reader may zoom in further. */
export const MAX_FIT_ZOOM = 1.4;

/** The layout for `cy` given what the view asked for: `centre` (rings), `root` (layers) or neither (a network). */
export function chooseLayout(cy, { centre, root }, fixed = []) {
  const count = cy.nodes().length;
  // Rings read well up to a few dozen entities; beyond, the inner ring crowds the centre.
  if (centre && count <= 60 && cy.getElementById(centre).nonempty()) return rings(cy, centre);
  if (root && cy.getElementById(root).nonempty()) {
    return { name: 'breadthfirst', roots: [root], directed: false, spacingFactor: 1.5, animate: false, fit: true, padding: 40 };
  }
  return FCOSE ? fcose(count, fixed) : cose(count, fixed);
}

/**
 * fcose tuned on the seed: long ideal edges and strong repulsion leave room for labels, isolated
 * entities are tiled in rows beside the connected ones, and 'default' quality stays within the
 * explorer's one-second budget for the whole seed graph. Expanding starts from where the others
 * are (incremental), so the drawing settles rather than starting over.
 */
function fcose(count, fixed) {
  const large = count > 300;
  return {
    name: 'fcose', quality: 'default', animate: false, randomize: fixed.length === 0, fit: fixed.length === 0, padding: 30,
    nodeRepulsion: () => (large ? 9000 : 12000), idealEdgeLength: () => (large ? 70 : 90), edgeElasticity: () => 0.45,
    nestingFactor: 0.1, gravity: 0.3, gravityCompound: 1.2, numIter: large ? 250 : 2500, tile: true,
    tilingPaddingVertical: 28, tilingPaddingHorizontal: 36, packComponents: true,
  };
}

/** Cytoscape's own cose, in case the fcose scripts did not load. */
function cose(count, fixed) {
  return {
    name: 'cose', animate: false, randomize: fixed.length === 0, fit: fixed.length === 0, padding: 30,
    numIter: count > 150 ? 250 : 1000, nodeRepulsion: () => 9000, idealEdgeLength: () => 60, nodeOverlap: 20, componentSpacing: 60,
  };
}

/**
 * Concentric rings by hops from the centre, so a neighbourhood reads from the middle out. The
 * first ring is turned so that no neighbour sits level with the centre, where its name (drawn
 * below it) would run into the centre's.
 */
function rings(cy, centre) {
  const hops = new Map();
  cy.elements().breadthFirstSearch({ root: cy.getElementById(centre), directed: false,
    visit: (node, edge, previous, index, depth) => { hops.set(node.id(), depth); } });
  const firstRing = [...hops.values()].filter((d) => d === 1).length;
  return {
    name: 'concentric', animate: false, fit: true, padding: 40, avoidOverlap: true, minNodeSpacing: hops.size <= 12 ? 110 : 60,
    concentric: (node) => 10 - (hops.get(node.id()) ?? 9), levelWidth: () => 1, startAngle: 1.5 * Math.PI + ringTurn(firstRing),
  };
}

/** Of no turn and half a step, the one keeping the n nodes of a ring furthest from the horizontal. */
function ringTurn(n) {
  if (n < 2) return 0;
  const step = (2 * Math.PI) / n;
  const clearance = (turn) => Math.min(...Array.from({ length: n }, (_, i) => {
    const angle = (1.5 * Math.PI + turn + i * step) % Math.PI;
    return Math.min(angle, Math.PI - angle);
  }));
  return clearance(step / 2) > clearance(0) ? step / 2 : 0;
}

/**
 * Runs fcose once on a small made-up graph in a headless instance, so that the browser has
 * compiled the layout code by the time a view's data arrives: called while the view waits for
 * its answer, it takes the first layout's compilation (about 0.4 s on 2 cores for the whole seed
 * graph) off the time between the answer and the drawing.
 */
export function warmUpLayout() {
  if (!FCOSE || warmUpLayout.done) return;
  warmUpLayout.done = true;
  const nodes = Array.from({ length: 80 }, (_, i) => ({ data: { id: `n${i}` } }));
  const edges = nodes.slice(1).map((_, i) => ({ data: { id: `e${i}`, source: `n${i + 1}`, target: `n${Math.floor(i / 3)}` } }));
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...nodes, ...edges] });
  cy.layout(fcose(80, [])).run();
  cy.destroy();
}

/** Fits the drawing to its box, but never closer than MAX_FIT_ZOOM. */
export function fitCapped(cy) {
  cy.fit(undefined, 30);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}
