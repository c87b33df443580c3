import { createHash } from 'node:crypto';
import { readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweepStoredFiles } from '../../src/applications/use-cases/sweep-stored-files.js';
import type { Database, Transaction } from '../../src/platform/db/database.js';
import { FileStorage } from '../../src/platform/files/file-storage.js';
import { buildApp } from '../../src/server/build-app.js';
import { pdfBytes, registration, upload } from './support/intake-fixtures.js';
import { seedPublishedCycle } from './support/seed-by-state.js';
import { createTestPlatform, type TestClient, type TestPlatform } from './support/test-platform.js';

/**
 * Issues 15.6 and 16.5: a stored file becomes visible only with its record, and what a crash
 * leaves in storage is swept at start and on a schedule — never an upload in progress. On both
 * engines (TEST_DATABASE_URL for PostgreSQL).
 */
let platform: TestPlatform;
let applicant: TestClient;
let applicationId: string;
/** What each transaction found in its storage's placed folders when it began. */
const placedAtTransactionStart: string[][] = [];
const failTransactions = { on: false };
const HOUR = 60 * 60_000;

/** Files under `<root>/<2 hex>/`, i.e. visible to downloads. */
async function placed(root = platform.filesRoot): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.parentPath.includes('.incoming'))
    .map((e) => join(e.parentPath, e.name));
}
const incoming = () => readdir(join(platform.filesRoot, '.incoming')).catch(() => [] as string[]);
const rows = async () =>
  (await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files'))[0]!.n;
const age = async (file: string, ms: number) => {
  const then = new Date(Date.now() - ms);
  await utimes(file, then, then);
};

/** The database, with each transaction noting what storage showed when it began. */
function watched(db: Database): Database {
  return {
    ...db,
    engine: db.engine,
    query: db.query.bind(db),
    exec: db.exec.bind(db),
    close: db.close.bind(db),
    transaction: async <T>(work: (tx: Transaction) => Promise<T>) => {
      placedAtTransactionStart.push(platform ? await placed() : []);
      return db.transaction(async (tx) => {
        const result = await work(tx);
        if (failTransactions.on) throw new Error('the database went away');
        return result;
      });
    },
  };
}

beforeAll(async () => {
  platform = await createTestPlatform({}, { wrapDatabase: watched });
  await seedPublishedCycle(platform.db);
  const [scope] = await platform.db.query<{ town_id: number; department_id: number }>(
    'SELECT (SELECT min(id) FROM towns) AS town_id, (SELECT min(id) FROM departments) AS department_id',
  );
  const registered = await platform
    .client()
    .post(
      '/api/organisations/register',
      registration({ townId: scope!.town_id, departmentId: scope!.department_id }),
    );
  expect(registered.statusCode, registered.body).toBe(201);
  applicant = platform.client();
  expect((await applicant.signIn('shifan', 'Apply#2026quality')).statusCode).toBe(200);
  const [cycle] = await platform.db.query<{ id: string }>(
    'SELECT id::text AS id FROM cycles ORDER BY created_at DESC LIMIT 1',
  );
  const started = await applicant.post('/api/applications', { cycleId: cycle!.id });
  expect(started.statusCode, started.body).toBe(201);
  applicationId = started.json<{ id: string }>().id;
});
afterAll(() => platform.close());

describe('a stored file and its record', () => {
  it('is not visible while its record is being written, and is once it committed', async () => {
    const before = await placed();
    placedAtTransactionStart.length = 0;
    const response = await upload(applicant, applicationId, 'evidence', '检验报告.pdf', await pdfBytes());
    expect(response.statusCode, response.body).toBe(201);
    // The upload's own transaction began with nothing new placed.
    expect(placedAtTransactionStart.at(-1)).toEqual(before);
    const { storageKey } = (
      await platform.db.query<{ storageKey: string }>(
        'SELECT storage_key AS "storageKey" FROM files WHERE id = $1',
        [response.json<{ id: string }>().id],
      )
    )[0]!;
    expect(await placed()).toEqual([...before, join(platform.filesRoot, storageKey)]);
    expect(await incoming()).toEqual([]);
  });

  it('leaves no file anywhere when its record cannot be written', async () => {
    const [beforeRows, beforePlaced] = [await rows(), await placed()];
    failTransactions.on = true;
    try {
      const response = await upload(applicant, applicationId, 'evidence', 'a.pdf', await pdfBytes());
      expect(response.statusCode).toBe(500);
    } finally {
      failTransactions.on = false;
    }
    expect(await rows()).toBe(beforeRows);
    expect(await placed()).toEqual(beforePlaced);
    expect(await incoming()).toEqual([]);
  });

  it('is placed by the sweep when the process died between the commit and placing it', async () => {
    const files = platform.app.services.files;
    const place = vi.spyOn(files, 'place').mockRejectedValueOnce(new Error('killed'));
    const response = await upload(applicant, applicationId, 'evidence', 'b.pdf', await pdfBytes('b'));
    place.mockRestore();
    expect(response.statusCode).toBe(500);
    const [row] = await platform.db.query<{ id: string; storageKey: string }>(
      `SELECT id::text AS id, storage_key AS "storageKey" FROM files WHERE original_name = 'b.pdf'`,
    );
    expect(await incoming()).toEqual([row!.storageKey.slice(3)]);
    // Hours later, still recorded: placed, never deleted.
    await age(join(platform.filesRoot, '.incoming', row!.storageKey.slice(3)), 5 * HOUR);
    expect(await sweepStoredFiles(platform.app.services)).toEqual({ placed: 1, deleted: 0 });
    const download = await applicant.get(`/api/files/${row!.id}`);
    expect(download.statusCode).toBe(200);
    const [recorded] = await platform.db.query<{ sha256: string }>('SELECT sha256 FROM files WHERE id = $1', [
      row!.id,
    ]);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(recorded!.sha256);
    expect(await incoming()).toEqual([]);
  });
});

describe('the sweep', () => {
  it('at start, by a second instance, deletes what a crash left and keeps uploads in progress and records', async () => {
    const files = platform.app.services.files;
    const kept = await placed();
    // Left by a crash before the commit: received, never recorded — one old, one just now.
    const stale = await files.receive(Readable.from([await pdfBytes('stale')]), {
      maxBytes: 1 << 20,
      originalName: 'stale.pdf',
      allowedKinds: ['pdf'],
    });
    const fresh = await files.receive(Readable.from([await pdfBytes('fresh')]), {
      maxBytes: 1 << 20,
      originalName: 'fresh.pdf',
      allowedKinds: ['pdf'],
    });
    await age(join(platform.filesRoot, '.incoming', stale.storageKey.slice(3)), 2 * HOUR);
    // A placed file without a record (an older version's crash), old.
    const orphan = await files.receive(Readable.from([await pdfBytes('orphan')]), {
      maxBytes: 1 << 20,
      originalName: 'orphan.pdf',
      allowedKinds: ['pdf'],
    });
    await files.place(orphan.storageKey);
    await age(join(platform.filesRoot, orphan.storageKey), 2 * HOUR);
    for (const file of kept) await age(file, 2 * HOUR);

    const second = await buildApp({
      ...platform.app.services,
      files: new FileStorage(platform.filesRoot),
    });
    await second.ready();
    await second.close();

    expect(await incoming()).toEqual([fresh.storageKey.slice(3)]);
    expect(await placed()).toEqual(kept);
    await expect(stat(join(platform.filesRoot, orphan.storageKey))).rejects.toMatchObject({ code: 'ENOENT' });
    await files.discard(fresh.storageKey);
  });

  it('runs again on its schedule', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const files = new FileStorage(platform.filesRoot);
      const sweep = vi.spyOn(files, 'sweep');
      const instance = await buildApp({
        ...platform.app.services,
        config: { ...platform.config, fileSweep: { graceMinutes: 60, intervalMinutes: 15 } },
        files,
      });
      await instance.ready();
      expect(sweep).toHaveBeenCalledTimes(1);
      for (const times of [2, 3]) {
        await vi.advanceTimersByTimeAsync(15 * 60_000);
        expect(sweep).toHaveBeenCalledTimes(times);
        await sweep.mock.results.at(-1)!.value;
      }
      await instance.close();
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(sweep).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
