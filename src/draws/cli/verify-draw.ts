import { readFile } from 'node:fs/promises';
import type { DrawOutcome } from '../core/draw.js';
import { hmacSha256Node, sha256HexNode } from '../../platform/security/sha256-node.js';
import { verifyDraw } from '../core/verify-draw.js';

/**
 * `npm run draw:verify -- <url-or-file>`: recomputes a draw from its published inputs alone —
 * the public JSON of /api/public/draws/<id>, fetched or saved to a file — without trusting the
 * server's own verification. Both algorithms: the pool document's `format` says v1 or v2
 * (docs/draw-algorithm.md). With `--exclusions <file>` (the JSON of GET /api/draws/<id>/excluded,
 * for the Office and the auditor) a v2 draw's kept excluded list is checked against its commitment
 * too. Exit code 0 when the outcome matches, 1 otherwise.
 */
interface PublishedJson {
  poolDocument: unknown;
  poolHash: string;
  commitment: string;
  size: number;
  reserves: number;
  drawn: null | { publicValue: string; secret: string; seed: string; outcome: DrawOutcome };
}

const args = process.argv.slice(2);
const flag = args.indexOf('--exclusions');
const exclusionsFile = flag === -1 ? undefined : args.splice(flag, 2)[1];
const source = args[0];
if (!source || (flag !== -1 && !exclusionsFile)) {
  console.error(
    'usage: npm run draw:verify -- <https://…/api/public/draws/<id> | draw.json> [--exclusions excluded.json]',
  );
  process.exit(2);
}
const exclusions = exclusionsFile
  ? (JSON.parse(await readFile(exclusionsFile, 'utf8')) as { exclusions: unknown }).exclusions
  : undefined;
const text = /^https?:\/\//.test(source)
  ? await (await fetch(source)).text()
  : await readFile(source, 'utf8');
const published = JSON.parse(text) as PublishedJson;
if (!published.drawn) {
  console.error(
    'This draw has not taken place yet: the secret is not revealed, so there is nothing to verify.',
  );
  process.exit(1);
}
const verdict = verifyDraw(
  {
    poolDocument: published.poolDocument,
    poolHash: published.poolHash,
    commitment: published.commitment,
    publicValue: published.drawn.publicValue,
    secret: published.drawn.secret,
    seed: published.drawn.seed,
    size: published.size,
    reserves: published.reserves,
    outcome: published.drawn.outcome,
    ...(exclusions !== undefined && exclusions !== null ? { exclusions } : {}),
  },
  sha256HexNode,
  hmacSha256Node,
);
if (verdict.ok) {
  const { leader, members, reserves } = verdict.outcome;
  const format = (published.poolDocument as { format?: string }).format ?? '';
  console.info(`Draw verified (${format}): the published inputs give exactly the recorded outcome.`);
  if (exclusions) console.info('  the kept excluded list matches its commitment in the pool document');
  console.info(`  seed      ${verdict.seed}`);
  console.info(`  leader    ${leader}`);
  console.info(`  members   ${members.join(', ')}`);
  console.info(`  reserves  ${reserves.join(', ') || '—'}`);
} else {
  console.error(`Draw does NOT verify, at step "${verdict.step}": ${verdict.detail.en}`);
  console.error(`  ${verdict.detail.zh}`);
  process.exitCode = 1;
}
