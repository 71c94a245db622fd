import neo4j from 'neo4j-driver';
import fs from 'fs';
const d = neo4j.driver('bolt://127.0.0.1:17687', neo4j.auth.basic('neo4j', fs.readFileSync('/tmp/scale/data1m/bolt-password','utf8').trim()));
const s = d.session();
const q = fs.readFileSync(process.argv[2], 'utf8');
const params = process.argv[3] ? JSON.parse(process.argv[3]) : {};
for (const stmt of q.split(';;').map(x => x.trim()).filter(Boolean)) {
  const t0 = Date.now();
  const r = await s.run(stmt, params, { timeout: 1800000 });
  const ms = Date.now() - t0;
  for (const rec of r.records.slice(0, 20)) console.log(JSON.stringify(rec.toObject(), (k, v) => typeof v === 'bigint' ? Number(v) : (v && v.low !== undefined && v.high !== undefined ? neo4j.int(v).toNumber() : v)));
  const plan = r.summary.profile || r.summary.plan;
  if (plan) { const pr = (p, i) => { console.log(' '.repeat(i) + p.operatorType + (p.dbHits !== undefined ? ' rows=' + p.rows + ' hits=' + p.dbHits : '') + ' ' + (p.arguments.Details || '')); p.children.forEach(c => pr(c, i + 2)); }; pr(plan, 0); }
  console.log('--', ms, 'ms');
}
await s.close(); await d.close();
