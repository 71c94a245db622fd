// Audits a running GraphQL endpoint against the GraphQL-over-HTTP specification.
// Usage: node audit.mjs http://127.0.0.1:8080/graphql   (exit 1 when a MUST audit fails)
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
let failures = 0;
for (const result of results) {
  if (result.status === 'error') {
    failures++;
  }
  const reason = result.status === 'ok' ? '' : ` :: ${result.reason}`;
  console.log(`${result.status.toUpperCase().padEnd(5)} ${result.name}${reason}`);
}
const warnings = results.filter((r) => r.status === 'warn' || r.status === 'notice').length;
console.log(`audit summary: ${results.length} audits, ${failures} MUST failures, ${warnings} SHOULD/MAY warnings`);
process.exit(failures > 0 ? 1 : 0);
