import { createHash, randomUUID } from 'node:crypto';
import type * as FsModule from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { crc32 } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileKind } from './file-kinds.js';
import { FileStorage, formatByteSize } from './file-storage.js';

/** When set, the temp file's write stream fails like a full disk. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof FsModule>();
  return {
    ...fs,
    createWriteStream: (...args: Parameters<typeof fs.createWriteStream>) => {
      const stream = fs.createWriteStream(...args);
      if (disk.full) {
        stream._write = (_chunk, _encoding, callback) =>
          callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      }
      return stream;
    },
  };
});

const ALL: readonly FileKind[] = ['pdf', 'image', 'office'];
const MB = 1024 * 1024;

/** A 1×1 transparent PNG. */
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function makePdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text('Self-assessment report');
    doc.end();
  });
}

/** A zip with stored (uncompressed) entries: enough for file-type to recognise an OOXML package. */
function makeZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function makeDocx(): Buffer {
  return makeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    'word/document.xml':
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
}

/** A source that sends `prefix`, then zero-filled chunks up to `totalBytes` (endless if Infinity). */
function generated(prefix: Buffer, totalBytes: number, chunkBytes = 64 * 1024, onRead = () => {}) {
  const zeros = Buffer.alloc(chunkBytes);
  let sent = 0;
  const source = new Readable({
    read() {
      onRead();
      if (sent === 0) {
        sent = prefix.length;
        this.push(prefix);
        return;
      }
      if (sent >= totalBytes) {
        this.push(null);
        return;
      }
      const chunk = zeros.subarray(0, Math.min(chunkBytes, totalBytes - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
  return { source, sentBytes: () => sent };
}

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qap-files-'));
  storage = new FileStorage(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function incomingEntries(): Promise<string[]> {
  return readdir(path.join(root, '.incoming')).catch(() => []);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('FileStorage.receive', () => {
  it('stages a real PDF in .incoming, visible under <2 hex>/<uuid> only once placed', async () => {
    const pdf = await makePdf();
    const stored = await storage.receive(Readable.from([pdf]), {
      maxBytes: MB,
      originalName: '质量奖申报书（终稿）.pdf',
      allowedKinds: ALL,
    });
    expect(stored).toEqual({
      storageKey: expect.stringMatching(/^([0-9a-f]{2})\/\1[0-9a-f]{6}-[0-9a-f-]{27}$/),
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      mediaType: 'application/pdf',
      extension: 'pdf',
      kind: 'pdf',
    });
    const id = stored.storageKey.slice(3);
    expect(await incomingEntries()).toEqual([id]);
    await expect(stat(path.join(root, stored.storageKey))).rejects.toMatchObject({ code: 'ENOENT' });
    await storage.place(stored.storageKey);
    expect(await readFile(path.join(root, stored.storageKey))).toEqual(pdf);
    expect(await incomingEntries()).toEqual([]);
    // Placed already (another instance's sweep): not an error.
    await expect(storage.place(stored.storageKey)).resolves.toBeUndefined();
  });

  it('discards a received file whose record was not written, leaving nothing', async () => {
    const stored = await storage.receive(Readable.from([PNG_1X1]), {
      maxBytes: MB,
      originalName: 'a.png',
      allowedKinds: ALL,
    });
    await storage.discard(stored.storageKey);
    await storage.discard(stored.storageKey);
    expect(await incomingEntries()).toEqual([]);
    expect(await readdir(root)).toEqual(['.incoming']);
    await expect(storage.place(stored.storageKey)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('hashes the bytes as they arrived, across many chunks', async () => {
    const { source } = generated(Buffer.from('%PDF-1.7\n'), 3 * MB + 17, 1000);
    const stored = await storage.receive(source, {
      maxBytes: 4 * MB,
      originalName: 'a.pdf',
      allowedKinds: ALL,
    });
    await storage.place(stored.storageKey);
    const bytes = await readFile(path.join(root, stored.storageKey));
    expect(bytes.length).toBe(3 * MB + 17);
    expect(stored.sizeBytes).toBe(bytes.length);
    expect(stored.sha256).toBe(sha256(bytes));
  });

  it('keeps a PNG as an image', async () => {
    const stored = await storage.receive(Readable.from([PNG_1X1]), {
      maxBytes: MB,
      originalName: '组织架构图.PNG',
      allowedKinds: ['image'],
    });
    expect(stored).toMatchObject({
      kind: 'image',
      mediaType: 'image/png',
      extension: 'png',
      sizeBytes: PNG_1X1.length,
    });
  });

  it('keeps a .docx as an Office document', async () => {
    const stored = await storage.receive(Readable.from([makeDocx()]), {
      maxBytes: MB,
      originalName: '自评报告.docx',
      allowedKinds: ['office'],
    });
    expect(stored).toMatchObject({
      kind: 'office',
      extension: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  it('refuses a text file renamed .pdf as a type not allowed, keeping nothing', async () => {
    const promise = storage.receive(Readable.from([Buffer.from('这不是 PDF，只是文字。\n')]), {
      maxBytes: MB,
      originalName: '申报书.pdf',
      allowedKinds: ['pdf', 'office'],
    });
    await expect(promise).rejects.toMatchObject({
      code: 'file/type-not-allowed',
      options: {
        params: {
          detected: 'unknown',
          allowed: { en: expect.stringContaining('PDF files or Office documents') },
        },
      },
    });
    expect(await readdir(root)).toEqual(['.incoming']);
    expect(await incomingEntries()).toEqual([]);
  });

  it('refuses a PDF renamed .docx as a mismatch, naming the file in the error', async () => {
    const promise = storage.receive(Readable.from([await makePdf()]), {
      maxBytes: MB,
      originalName: '财务报表.docx',
      allowedKinds: ALL,
    });
    await expect(promise).rejects.toMatchObject({
      code: 'file/type-mismatch',
      options: { params: { name: '财务报表.docx', detected: 'PDF' } },
    });
    expect(await incomingEntries()).toEqual([]);
  });

  it('refuses an executable (MZ header) named .pdf as not allowed', async () => {
    const exe = Buffer.alloc(1024);
    exe.write('MZ', 0, 'latin1');
    const promise = storage.receive(Readable.from([exe]), {
      maxBytes: MB,
      originalName: 'report.pdf',
      allowedKinds: ALL,
    });
    await expect(promise).rejects.toMatchObject({
      code: 'file/type-not-allowed',
      options: { params: { detected: 'exe' } },
    });
    expect(await incomingEntries()).toEqual([]);
  });

  it('refuses a kind the caller did not allow', async () => {
    const promise = storage.receive(Readable.from([PNG_1X1]), {
      maxBytes: MB,
      originalName: 'photo.png',
      allowedKinds: ['pdf'],
    });
    await expect(promise).rejects.toMatchObject({
      code: 'file/type-not-allowed',
      options: { params: { detected: 'PNG', allowed: { zh: 'PDF 文件', en: 'PDF files' } } },
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const pdf = await makePdf();
    const stored = await storage.receive(Readable.from([pdf]), {
      maxBytes: pdf.length,
      originalName: 'a.pdf',
      allowedKinds: ALL,
    });
    expect(stored.sizeBytes).toBe(pdf.length);
  });

  it('stops reading an endless source as soon as it passes the limit, destroying it and keeping nothing', async () => {
    const { source, sentBytes } = generated(Buffer.from('%PDF-1.7\n'), Infinity);
    const promise = storage.receive(source, { maxBytes: MB, originalName: 'big.pdf', allowedKinds: ALL });
    await expect(promise).rejects.toMatchObject({
      code: 'file/too-large',
      options: { params: { limit: '1 MB' } },
    });
    expect(source.destroyed).toBe(true);
    expect(sentBytes()).toBeLessThan(2 * MB);
    expect(await incomingEntries()).toEqual([]);
  });

  it('reports a source that errors halfway as incomplete, keeping nothing', async () => {
    let pushed = 0;
    const source = new Readable({
      read() {
        pushed += 1;
        if (pushed === 1) this.push(Buffer.from('%PDF-1.7\n'));
        else if (pushed < 20) this.push(Buffer.alloc(64 * 1024));
        else this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const promise = storage.receive(source, { maxBytes: 10 * MB, originalName: 'a.pdf', allowedKinds: ALL });
    await expect(promise).rejects.toMatchObject({ code: 'file/incomplete' });
    expect(await incomingEntries()).toEqual([]);
    expect(await readdir(root)).toEqual(['.incoming']);
  });

  it('reports a source closed before its end (client gone, no error) as incomplete', async () => {
    const source = new Readable({
      read() {
        this.push(Buffer.from('%PDF-1.7\n'));
        setImmediate(() => this.destroy());
      },
    });
    const promise = storage.receive(source, { maxBytes: MB, originalName: 'a.pdf', allowedKinds: ALL });
    await expect(promise).rejects.toMatchObject({ code: 'file/incomplete' });
    expect(await incomingEntries()).toEqual([]);
  });

  it('reports a stream busboy cut short at its own limit (truncated) as incomplete', async () => {
    const source = Object.assign(Readable.from([await makePdf()]), { truncated: true });
    const promise = storage.receive(source, { maxBytes: MB, originalName: 'a.pdf', allowedKinds: ALL });
    await expect(promise).rejects.toMatchObject({ code: 'file/incomplete' });
    expect(await incomingEntries()).toEqual([]);
  });

  it('rethrows a failure of our own disk as it is (a server fault, not an incomplete upload)', async () => {
    disk.full = true;
    try {
      const promise = storage.receive(Readable.from([await makePdf()]), {
        maxBytes: MB,
        originalName: 'a.pdf',
        allowedKinds: ALL,
      });
      await expect(promise).rejects.toMatchObject({ code: 'ENOSPC' });
    } finally {
      disk.full = false;
    }
    expect(await incomingEntries()).toEqual([]);
  });

  it('refuses an empty file as a type not allowed', async () => {
    const promise = storage.receive(Readable.from([]), {
      maxBytes: MB,
      originalName: 'a.pdf',
      allowedKinds: ALL,
    });
    await expect(promise).rejects.toMatchObject({ code: 'file/type-not-allowed' });
    expect(await incomingEntries()).toEqual([]);
  });

  it('streams 200 MB with flat memory', { timeout: 120_000 }, async () => {
    const total = 200 * MB;
    const before = process.memoryUsage().rss;
    let peak = before;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const { source } = generated(Buffer.from('%PDF-1.7\n'), total, 64 * 1024, sample);
    const timer = setInterval(sample, 5);
    try {
      const stored = await storage.receive(source, {
        maxBytes: total + MB,
        originalName: 'scan.pdf',
        allowedKinds: ALL,
      });
      expect(stored.sizeBytes).toBe(total);
    } finally {
      clearInterval(timer);
    }
    const growth = peak - before;
    console.info(`RSS growth while streaming 200 MB: ${(growth / MB).toFixed(1)} MB`);
    expect(growth).toBeLessThan(100 * MB);
  });
});

describe('FileStorage reading and removal', () => {
  it('reads back, sizes and removes a stored file; removing twice is fine', async () => {
    const stored = await storage.receive(Readable.from([PNG_1X1]), {
      maxBytes: MB,
      originalName: 'a.png',
      allowedKinds: ALL,
    });
    await storage.place(stored.storageKey);
    expect(await buffer(storage.openRead(stored.storageKey))).toEqual(PNG_1X1);
    expect(await storage.stat(stored.storageKey)).toEqual({ sizeBytes: PNG_1X1.length });
    await storage.remove(stored.storageKey);
    await expect(stat(path.join(root, stored.storageKey))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(storage.remove(stored.storageKey)).resolves.toBeUndefined();
  });

  it('gives a read stream that errors when the file is gone', async () => {
    const key = 'ab/ab345678-1234-4234-8234-123456789abc';
    await expect(buffer(storage.openRead(key))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    '../secret',
    'ab/../../etc/passwd',
    '/etc/passwd',
    '.incoming/ab345678-1234-4234-8234-123456789abc',
    'ab/ab345678-1234-4234-8234-123456789abc/..',
    'cd/ab345678-1234-4234-8234-123456789abc',
    'AB/AB345678-1234-4234-8234-123456789ABC',
    'ab\\ab345678-1234-4234-8234-123456789abc',
    '',
  ])('refuses the key %j everywhere', async (key) => {
    expect(() => storage.openRead(key)).toThrow(RangeError);
    await expect(storage.stat(key)).rejects.toThrow(RangeError);
    await expect(storage.remove(key)).rejects.toThrow(RangeError);
    await expect(storage.place(key)).rejects.toThrow(RangeError);
    await expect(storage.discard(key)).rejects.toThrow(RangeError);
  });
});

describe('FileStorage.sweep', () => {
  const HOUR = 60 * 60_000;
  const png = (name = 'a.png') =>
    storage.receive(Readable.from([PNG_1X1]), { maxBytes: MB, originalName: name, allowedKinds: ALL });
  /** Sets a file's last write this many milliseconds before now. */
  const age = async (file: string, ms: number) => {
    const then = new Date(Date.now() - ms);
    await utimes(file, then, then);
  };
  const recordedOnly =
    (...keys: string[]) =>
    async (batch: readonly string[]) =>
      new Set(batch.filter((key) => keys.includes(key)));

  it('places a staged file that has its record (the process died after the commit), whatever its age', async () => {
    const stored = await png();
    const report = await storage.sweep({ recorded: recordedOnly(stored.storageKey), graceMs: HOUR });
    expect(report).toEqual({ placed: 1, deleted: 0 });
    expect(await readFile(path.join(root, stored.storageKey))).toEqual(PNG_1X1);
    expect(await incomingEntries()).toEqual([]);
  });

  it('deletes what a crash left in .incoming once older than the grace, and nothing younger', async () => {
    const staleStaged = await png();
    const youngStaged = await png();
    const incoming = path.join(root, '.incoming');
    const stalePart = path.join(incoming, `${randomUUID()}.part`);
    const youngPart = path.join(incoming, `${randomUUID()}.part`);
    const legacy = path.join(incoming, randomUUID().toUpperCase());
    for (const file of [stalePart, youngPart, legacy]) await writeFile(file, Buffer.alloc(1024));
    await age(path.join(incoming, staleStaged.storageKey.slice(3)), 2 * HOUR);
    await age(stalePart, 2 * HOUR);
    await age(legacy, 2 * HOUR);
    await age(youngPart, HOUR / 2);

    const report = await storage.sweep({ recorded: recordedOnly(), graceMs: HOUR });
    expect(report).toEqual({ placed: 0, deleted: 3 });
    expect((await incomingEntries()).sort()).toEqual(
      [youngStaged.storageKey.slice(3), path.basename(youngPart)].sort(),
    );
  });

  it('deletes a placed file without a record once older than the grace; keeps recorded ones', async () => {
    const [kept, orphan, youngOrphan] = [await png(), await png(), await png()];
    for (const file of [kept, orphan, youngOrphan]) await storage.place(file.storageKey);
    await age(path.join(root, kept.storageKey), 2 * HOUR);
    await age(path.join(root, orphan.storageKey), 2 * HOUR);
    const report = await storage.sweep({ recorded: recordedOnly(kept.storageKey), graceMs: HOUR });
    expect(report).toEqual({ placed: 0, deleted: 1 });
    expect(await readFile(path.join(root, kept.storageKey))).toEqual(PNG_1X1);
    expect(await readFile(path.join(root, youngOrphan.storageKey))).toEqual(PNG_1X1);
    await expect(stat(path.join(root, orphan.storageKey))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never touches an upload in progress, and two sweeps at once do the work once', async () => {
    const source = new Readable({ read() {} });
    source.push(Buffer.from('%PDF-1.7\n'));
    const upload = storage.receive(source, { maxBytes: MB, originalName: 'a.pdf', allowedKinds: ALL });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await incomingEntries()).toEqual([expect.stringMatching(/\.part$/)]);
    const staged = await png();
    const reports = await Promise.all([
      storage.sweep({ recorded: recordedOnly(staged.storageKey), graceMs: HOUR }),
      storage.sweep({ recorded: recordedOnly(staged.storageKey), graceMs: HOUR }),
    ]);
    expect(reports.map((r) => r.deleted)).toEqual([0, 0]);
    expect(await readFile(path.join(root, staged.storageKey))).toEqual(PNG_1X1);
    source.push(null);
    const received = await upload;
    await storage.place(received.storageKey);
    expect(await incomingEntries()).toEqual([]);
  });

  it('sweeps an empty or missing storage root without error', async () => {
    await rm(root, { recursive: true, force: true });
    expect(await storage.sweep({ recorded: recordedOnly(), graceMs: HOUR })).toEqual({
      placed: 0,
      deleted: 0,
    });
  });
});

describe('formatByteSize', () => {
  it.each([
    [512, '512 B'],
    [1024, '1 KB'],
    [20 * MB, '20 MB'],
    [1.5 * 1024 * MB, '1.5 GB'],
    [MB + 1, '1 MB'],
  ])('%d → %s', (bytes, label) => {
    expect(formatByteSize(bytes)).toBe(label);
  });
});
