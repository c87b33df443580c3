import { readFile } from 'node:fs/promises';
import type { DrawOutcome } from '../core/draw.js';
import { verifyDraw } from '../core/verify-draw.js';

/**
 * `npm run draw:verify -- <url-or-file>`: recomputes a draw from its published inputs alone —
 * the public JSON of /api/public/draws/<id>, fetched or saved to a file — without trusting the
 * server's own verification. Exit code 0 when the outcome matches, 1 otherwise.
 */
interface PublishedJson {
  poolDocument: unknown;
  poolHash: string;
  commitment: string;
  size: number;
  reserves: number;
  drawn: null | { publicValue: string; secret: string; seed: string; outcome: DrawOutcome };
}

const source = process.argv[2];
if (!source) {
  console.error('usage: npm run draw:verify -- <https://…/api/public/draws/<id> | draw.json>');
  process.exit(2);
}
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
const verdict = verifyDraw({
  poolDocument: published.poolDocument,
  poolHash: published.poolHash,
  commitment: published.commitment,
  publicValue: published.drawn.publicValue,
  secret: published.drawn.secret,
  seed: published.drawn.seed,
  size: published.size,
  reserves: published.reserves,
  outcome: published.drawn.outcome,
});
if (verdict.ok) {
  const { leader, members, reserves } = verdict.outcome;
  console.info('Draw verified: the published inputs give exactly the recorded outcome.');
  console.info(`  seed      ${verdict.seed}`);
  console.info(`  leader    ${leader}`);
  console.info(`  members   ${members.join(', ')}`);
  console.info(`  reserves  ${reserves.join(', ') || '—'}`);
} else {
  console.error(`Draw does NOT verify, at step "${verdict.step}": ${verdict.detail.en}`);
  console.error(`  ${verdict.detail.zh}`);
  process.exitCode = 1;
}
