/**
 * `npx tsx bench/verify-parts.ts`: a profiling aid, not a target — the parts of one v2
 * verification (document check, canonical JSON, SHA-256) timed apart over documents shaped like
 * bench/draws.ts's (10,000 eligible, 1,500 may lead), each parsed from its JSON as a verifier would.
 */
import { performance } from 'node:perf_hooks';
import { canonicalPoolJsonV2, checkPoolDocumentV2, POOL_FORMAT_V2 } from '../src/draws/core/pool-v2.js';
import { sha256HexNode } from '../src/platform/security/sha256-node.js';

const COUNT = Number(process.env.BENCH_PARTS ?? 200);
const docs: unknown[] = [];
for (let d = 0; d < COUNT; d++) {
  const eligible: string[] = [];
  const canLead: string[] = [];
  for (let i = 0; eligible.length < 10_000; i++) {
    if ((i * 7 + d) % 10 === 0) continue;
    const id = `E-${String(i).padStart(6, '0')}`;
    eligible.push(id);
    if ((i * 13 + d) % 7 === 0) canLead.push(id);
  }
  const doc = {
    format: POOL_FORMAT_V2,
    panelId: `bench-2025/panel-${d}`,
    sequence: 1,
    programme: { id: 'jinshui-2011', panelSizeMin: 5, panelSizeMax: 9 },
    industrySections: ['C', 'F'],
    asOf: '2025-03-01',
    plan: { size: 7, leaders: 1, reserves: 2 },
    eligible,
    canLead,
    excluded: { count: 1000, sha256: 'a'.repeat(64) },
  };
  docs.push(JSON.parse(JSON.stringify(doc)));
}
const time = (name: string, f: (doc: unknown) => unknown) => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const doc of docs) f(doc);
  const wall = (performance.now() - t) / COUNT;
  const used = process.cpuUsage(cpu);
  console.info(
    `${name.padEnd(20)} ${wall.toFixed(3)} ms (cpu ${((used.user + used.system) / 1000 / COUNT).toFixed(3)})`,
  );
};
for (let round = 0; round < 3; round++) {
  time('check', (doc) => checkPoolDocumentV2(doc));
  time('canonical', (doc) => canonicalPoolJsonV2(doc, true));
  const jsons = docs.map((doc) => canonicalPoolJsonV2(doc, true));
  let j = 0;
  time('sha256', () => sha256HexNode(jsons[j++] as string));
}
