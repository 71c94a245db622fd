// Member States with no relation in the drawn network, folded into their regions (the top of
// the M49 hierarchy: Africa, Americas, Asia, Europe, Oceania) so that a hundred idle States do
// not crowd the actors. A folded region is one node; an open one is a compound node around its States.

/**
 * The subgraph to draw: `network` with its idle Member States replaced by one node per region,
 * or, for the regions in `open`, by a compound node holding them. `regions` is the answer of
 * the REGIONS query. Answers { nodes, edges, groups: [{ region, name, count, open }] }.
 */
export function groupIdleStates(network, regions, open) {
  const linked = new Set(network.edges.flatMap((e) => [e.source, e.target]));
  const top = topRegions(regions);
  const idle = network.nodes.filter((n) => n.kind === 'MemberState' && !linked.has(n.id) && top.of(n.id));
  const byRegion = new Map();
  for (const state of idle) byRegion.set(top.of(state.id), [...(byRegion.get(top.of(state.id)) ?? []), state]);
  const idleIds = new Set(idle.map((n) => n.id));
  const nodes = network.nodes.filter((n) => !idleIds.has(n.id));
  const groups = [...byRegion].map(([region, states]) => ({ region, name: top.name(region), count: states.length, open: open.includes(region) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const g of groups) {
    const id = `group:${g.region}`;
    if (g.open) {
      nodes.push({ id, name: `${g.name}: ${g.count} Member States`, kind: 'Region', compound: true });
      nodes.push(...byRegion.get(g.region).map((s) => ({ ...s, parent: id })));
    } else {
      nodes.push({ id, name: `${g.name}\n${g.count} States`, kind: 'Region', group: true });
    }
  }
  return { nodes, edges: network.edges, groups };
}

/** For each Member State, the region at the top of the PART_OF chain above the region it lies in. */
function topRegions(regions) {
  const names = new Map(regions.nodes.map((n) => [n.id, n.name]));
  const inRegion = new Map();
  const partOf = new Map();
  for (const e of regions.edges) (e.type === 'IN_REGION' ? inRegion : partOf).set(e.source, e.target);
  return {
    of(stateId) {
      let region = inRegion.get(stateId);
      for (let hops = 0; region && partOf.has(region) && hops < 10; hops++) region = partOf.get(region);
      return region;
    },
    name: (region) => names.get(region) ?? region,
  };
}
