/**
 * `npx tsx bench/draws.ts`: the panel draw at scale — a pool of 100,000 experts over the 20
 * industry sections (~15 % qualified to lead), 10,000 confirmed conflicts, 1,000 panels of 7 with
 * 2 reserves, each over 1–3 sections and 3–10 applicant organisations, by algorithm v2. For every
 * panel: freeze the pool and hash its documents (timed apart), derive the seed, draw; then verify
 * every draw from its published inputs (the pool document as JSON, parsed again, as a public
 * verifier would). Wall and CPU time (process.cpuUsage) are printed side by side. Also: likely-conflict detection for
 * 100,000 experts against 200 organisations. All data is generated from a fixed seed. Targets are
 * written beside each figure; tests never check timings.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { drawPanel } from '../src/draws/core/draw.js';
import { commitToSecret, DRAW_LABEL_V2, drawSeed } from '../src/draws/core/draw-seed.js';
import type { PoolCandidate } from '../src/draws/core/eligible-pool.js';
import {
  candidatesForSections,
  indexCandidatesBySection,
  indexConflicts,
} from '../src/draws/core/eligible-pool.js';
import type { CandidateColumns } from '../src/draws/core/pool-v2.js';
import { freezePoolV2 } from '../src/draws/core/pool-v2.js';
import type { PublishedDraw } from '../src/draws/core/verify-draw.js';
import { verifyDraw } from '../src/draws/core/verify-draw.js';
import { hmacSha256Node, sha256HexNode } from '../src/platform/security/sha256-node.js';
import type { ConflictLink, ExpertEmployment } from '../src/experts/core/conflicts.js';
import { CONFLICT_KINDS, detectLikelyConflicts } from '../src/experts/core/conflicts.js';
import type { IndustrySection } from '../src/organisations/core/organisation.js';
import { INDUSTRY_SECTIONS } from '../src/organisations/core/organisation.js';
import { jinshui2011 } from '../src/programmes/versions/jinshui-2011.js';

const EXPERTS = Number(process.env.BENCH_DRAW_EXPERTS ?? 100_000);
const CONFLICTS = Number(process.env.BENCH_DRAW_CONFLICTS ?? 10_000);
const PANELS = Number(process.env.BENCH_DRAW_PANELS ?? 1_000);
const ORGANISATIONS = 3_000;
const SIZE = 7;
const RESERVES = 2;

const ms = (start: number) => performance.now() - start;
const line = (name: string, value: string, target: string) =>
  console.info(`${name.padEnd(38)} ${value.padStart(16)}   target: ${target}`);

/** sfc32, seeded: the same data on every run. */
function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}
const random = prng(2025);
const below = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[below(items.length)] as T;
function distinct<T>(items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(items));
  return [...chosen];
}

// --- data ---------------------------------------------------------------------------------------
const experts: PoolCandidate[] = [];
for (let i = 0; i < EXPERTS; i++) {
  const roll = random();
  experts.push({
    id: `E-${String(i).padStart(6, '0')}`,
    status: roll < 0.005 ? 'disqualified' : roll < 0.025 ? 'suspended' : 'active',
    disqualified: random() < 0.002,
    industries: distinct(INDUSTRY_SECTIONS, random() < 0.7 ? 1 : 2),
    canLead: random() < 0.15,
    availability: random() < 0.05 ? 'unavailable' : random() < 0.1 ? 'unknown' : 'available',
    qualifications: Array.from({ length: below(3) }, () => ({
      expiresOn: `${2024 + below(7)}-0${1 + below(9)}-15`,
    })),
  });
}
const organisationIds = Array.from({ length: ORGANISATIONS }, (_, i) => `ORG-${String(i).padStart(5, '0')}`);
const conflicts: ConflictLink[] = Array.from({ length: CONFLICTS }, () => ({
  expertId: pick(experts).id,
  organisationId: pick(organisationIds),
  kind: pick(CONFLICT_KINDS),
}));
const panels = Array.from({ length: PANELS }, (_, i) => ({
  id: `bench-2025/panel-${i}`,
  sections: distinct(INDUSTRY_SECTIONS, 1 + below(3)) as IndustrySection[],
  organisationIds: distinct(organisationIds, 3 + below(8)),
}));
const bounds = {
  panelSizeMin: jinshui2011.parameters.panelSizeMin.value,
  panelSizeMax: jinshui2011.parameters.panelSizeMax.value,
};

// --- freeze + draw, then verify (algorithm v2) ---------------------------------------------------
// The candidates of each section as sorted columns, as the freeze's one SQL statement returns
// them for a panel's group (built here once; merging a panel's sections is part of its freeze).
let start = performance.now();
const bySection = indexCandidatesBySection(experts);
const conflictIndex = indexConflicts(conflicts);
const indexMs = ms(start);

const availabilityOf = (e: PoolCandidate) => e.availability;
function columnsOf(candidates: readonly PoolCandidate[]): CandidateColumns {
  return {
    ids: candidates.map((e) => e.id),
    // The flag counts as disqualified, as the platform stores it (status).
    status: candidates.map((e) => (e.disqualified ? 'disqualified' : e.status)),
    canLead: candidates.map((e) => e.canLead),
    availability: candidates.map(availabilityOf),
    qualificationCount: candidates.map((e) => e.qualifications.length),
    latestExpiry: candidates.map((e) =>
      e.qualifications.some((q) => q.expiresOn === null)
        ? null
        : e.qualifications.reduce<string | null>(
            (latest, q) => (latest === null || (q.expiresOn ?? '') > latest ? q.expiresOn : latest),
            null,
          ),
    ),
  };
}

/** Wall (performance.now) and CPU (process.cpuUsage, user + system) time, accumulated. */
class Clock {
  wall = 0;
  cpu = 0;
  #wall = 0;
  #cpu: NodeJS.CpuUsage = process.cpuUsage();
  start(): void {
    this.#cpu = process.cpuUsage();
    this.#wall = performance.now();
  }
  stop(): void {
    this.wall += performance.now() - this.#wall;
    const used = process.cpuUsage(this.#cpu);
    this.cpu += (used.user + used.system) / 1000;
  }
}
const both = (c: Clock, scale = 1, unit = 'ms') =>
  `${(c.wall / scale).toFixed(scale === 1 ? 1 : 2)} ${unit} (cpu ${(c.cpu / scale).toFixed(scale === 1 ? 1 : 2)})`;

const freezing = new Clock();
const drawing = new Clock();
const verifying = new Clock();
let eligibleTotal = 0;
let excludedTotal = 0;
let refused = 0;
let documentBytes = 0;
const published: { panel: string; json: string; draw: Omit<PublishedDraw, 'poolDocument'> }[] = [];
for (const [i, panel] of panels.entries()) {
  const candidates = candidatesForSections(bySection, panel.sections);
  const panelConflicts = [...new Set(candidates.map((e) => e.id))].flatMap(
    (id) => conflictIndex.get(id) ?? [],
  );
  const columns = columnsOf(candidates);

  freezing.start();
  const frozen = freezePoolV2(
    {
      panelId: panel.id,
      sequence: 1,
      programme: { id: 'jinshui-2011', ...bounds },
      industrySections: panel.sections,
      organisationIds: panel.organisationIds,
      asOf: '2025-03-01',
      plan: { size: SIZE, reserves: RESERVES },
      candidates: columns,
      conflicts: panelConflicts,
    },
    sha256HexNode,
  );
  freezing.stop();

  const secret = createHash('sha256').update(`bench secret ${i}`).digest('hex');
  const commitment = commitToSecret(secret);
  const publicValue = `上证指数 2025-03-14 收盘 ${3000 + i}.56`;
  drawing.start();
  const seed = drawSeed(secret, publicValue, frozen.poolHash, DRAW_LABEL_V2);
  const result = drawPanel({
    seedHex: seed,
    pool: frozen.document,
    size: SIZE,
    leaders: 1,
    reserves: RESERVES,
    bounds,
    industryLabel: { zh: panel.sections.join('、'), en: panel.sections.join(', ') },
    mac: hmacSha256Node,
  });
  drawing.stop();
  eligibleTotal += frozen.document.eligible.length;
  excludedTotal += frozen.document.excluded.count;
  documentBytes += frozen.documentJson.length;
  if (!result.ok) {
    refused += 1;
    continue;
  }
  published.push({
    panel: panel.id,
    json: frozen.documentJson,
    draw: {
      poolHash: frozen.poolHash,
      commitment,
      publicValue,
      secret,
      seed,
      size: SIZE,
      reserves: RESERVES,
      outcome: { leader: result.leader, members: result.members, reserves: result.reserves },
    },
  });
}

// Verified from what is published, as a public verifier would: the document is parsed from its
// JSON (outside the timing, as reading the download would be), then hashed, checked and redrawn.
for (const { panel, json, draw } of published) {
  const poolDocument = JSON.parse(json) as unknown;
  verifying.start();
  const verdict = verifyDraw({ ...draw, poolDocument }, sha256HexNode, hmacSha256Node);
  verifying.stop();
  if (!verdict.ok) throw new Error(`draw ${panel} does not verify: ${verdict.detail.en}`);
}
const drawn = published.length;

line(`index ${EXPERTS} experts, ${CONFLICTS} conflicts`, `${indexMs.toFixed(0)} ms`, '< 1000 ms');
console.info('algorithm v2 (wall, and CPU beside it)');
line(`freeze + hash x${PANELS} (apart)`, both(freezing, 1000, 's'), '(information)');
line(
  '  freeze + hash, mean per panel',
  both({ wall: freezing.wall / PANELS, cpu: freezing.cpu / PANELS } as Clock),
  '(information)',
);
line(`seed + draw x${PANELS}`, both(drawing, 1000, 's'), '< 1 s');
line(
  '  seed + draw, mean per panel',
  both({ wall: drawing.wall / PANELS, cpu: drawing.cpu / PANELS } as Clock),
  '< 1 ms',
);
line(`verify x${drawn} (hash, check, redraw)`, both(verifying, 1000, 's'), '< 1 s');
line(
  '  verify, mean per draw',
  both({ wall: verifying.wall / Math.max(drawn, 1), cpu: verifying.cpu / Math.max(drawn, 1) } as Clock),
  '< 1 ms',
);
line(
  '  eligible / excluded, mean per panel',
  `${(eligibleTotal / PANELS).toFixed(0)} / ${(excludedTotal / PANELS).toFixed(0)}`,
  '(information)',
);
line('  pool document, mean size', `${(documentBytes / PANELS / 1024).toFixed(0)} KiB`, '(information)');
if (refused > 0) line('  panels refused (pool too small)', String(refused), '0');

// --- likely conflicts ---------------------------------------------------------------------------
const organisations = Array.from({ length: 200 }, (_, i) => ({
  id: `ORG-${i}`,
  name: `河南测试${i}科技有限公司`,
  creditCode: null,
}));
const employments: ExpertEmployment[] = experts.map((e, i) => ({
  id: e.id,
  employer: `河南测试${below(20_000)}科技股份有限公司`,
  employerCreditCode: null,
  formerEmployers:
    i % 3 === 0 ? [{ name: `河南测试${below(20_000)}科技`, creditCode: null, leftIn: 2020 + below(6) }] : [],
}));
start = performance.now();
const suggestions = detectLikelyConflicts(employments, organisations, 2025, 3);
line(
  `likely conflicts ${EXPERTS} x 200 orgs`,
  `${ms(start).toFixed(0)} ms`,
  `< 2000 ms (${suggestions.length} found)`,
);
