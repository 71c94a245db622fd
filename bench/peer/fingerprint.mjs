// A fingerprint of a graph of any size, to check that loading the same data again changed
// nothing: every entity, paragraph, reference, vocabulary term and shared name with its labels
// and properties, and every relationship between them, in GraphFingerprint's canonical lines
// (bookkeeping left out), each hashed (SHA-256) and the hashes summed. The sum does not depend on
// the order the rows arrive in, so nothing is held or sorted: GraphFingerprint sorts every line
// in memory, which does not fit a million entities. Lives here for the peer's neo4j-driver.
// Usage: node bench/peer/fingerprint.mjs BOLT-URI PASSWORD-FILE   (prints lines=... sum=...)
import neo4j from "neo4j-driver";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";

const [uri, passwordFile] = process.argv.slice(2);
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", readFileSync(passwordFile, "utf8").trim()), { disableLosslessIntegers: true });
const BOOKKEEPING = new Set(["seedVersion", "seedFile", "version"]);
const canonical = (v) => {
  if (v === null || v === undefined) return "null";
  if (Array.isArray(v)) return "[" + v.map(canonical).join(",") + "]";
  if (typeof v === "object" && v.constructor !== Object) return JSON.stringify(v.toString());   // dates and times
  if (typeof v === "object") return "{" + Object.keys(v).filter((k) => !BOOKKEEPING.has(k)).sort()
    .map((k) => JSON.stringify(k) + ":" + canonical(v[k])).join(",") + "}";
  return JSON.stringify(v);
};
const READS = [
  ["MATCH (n) WHERE n:Entity OR n:Paragraph OR n:Reference OR n:VocabularyTerm OR n:SharedName RETURN labels(n) AS labels, properties(n) AS props",
    (r) => "N " + [...r.get("labels")].sort().join(",") + " " + canonical(r.get("props"))],
  ["MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Paragraph) AND (b:Entity OR b:Paragraph) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props",
    (r) => "R " + r.get("from") + " " + r.get("type") + " " + r.get("to") + " " + canonical(r.get("props"))],
];
let sum = 0n;
let lines = 0;
const started = Date.now();
for (const [cypher, line] of READS) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  await new Promise((resolve, reject) => session.run(cypher, {}, { timeout: 3_600_000 }).subscribe({
    onNext: (r) => {
      sum = (sum + createHash("sha256").update(line(r)).digest().readBigUInt64BE(0)) & 0xffffffffffffffffn;
      lines++;
    },
    onCompleted: resolve,
    onError: reject,
  }));
  await session.close();
}
console.log(`lines=${lines} sum=${sum.toString(16)} (${Date.now() - started} ms)`);
await driver.close();
