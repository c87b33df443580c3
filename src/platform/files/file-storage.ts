import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, TransformCallback } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../errors/app-error.js';
import type { FileKind } from './file-kinds.js';
import { classify, describeKinds } from './file-kinds.js';

/**
 * A file the storage received and checked, staged in `.incoming` under its storage key's uuid: the
 * caller records it (with the original name) in the database, then `place`s it — or `discard`s
 * it when the record could not be written.
 */
export interface StoredFile {
  /** Where the file lives, relative to the storage root: `<2 hex>/<uuid>`. */
  storageKey: string;
  sizeBytes: number;
  /** Lower-case hex SHA-256 of the bytes as received. */
  sha256: string;
  mediaType: string;
  extension: string;
  kind: FileKind;
}

export interface ReceiveOptions {
  maxBytes: number;
  /** The name the file came with; only its extension is used, to check it against the content. */
  originalName: string;
  allowedKinds: readonly FileKind[];
}

/** What a sweep did: files moved into place (recorded, not yet placed) and files deleted. */
export interface SweepReport {
  placed: number;
  deleted: number;
}

export interface SweepOptions {
  /**
   * Which of these storage keys have a record: only those are placed; the others, once older
   * than the grace, are deleted.
   */
  recorded: (storageKeys: readonly string[]) => Promise<ReadonlySet<string>>;
  /** Files last written less than this long ago are left alone (an upload may be in progress). */
  graceMs: number;
  now?: Date;
}

const INCOMING = '.incoming';
/** A file being written: `<uuid>.part`; renamed to `<uuid>` once complete and checked. */
const PART = '.part';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY_PATTERN = /^([0-9a-f]{2})\/(\1[0-9a-f]{6}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const STAGED_NAME = new RegExp(`^${UUID}$`);
const SHARD_NAME = /^[0-9a-f]{2}$/;
/** Records are looked up this many keys at a time. */
const SWEEP_BATCH = 500;

/**
 * Uploaded files on local disk. A file is streamed to `<root>/.incoming/<uuid>.part`, hashed and
 * counted on the way, identified by its content, then staged as `.incoming/<uuid>`; it becomes
 * visible at `<root>/<2 hex>/<uuid>` only when `place`d, after its record committed. A refused
 * upload leaves nothing in `.incoming` once `receive` settles; what a crash leaves there (and a
 * placed file without a record) goes at the next `sweep`.
 */
export class FileStorage {
  constructor(private readonly root: string) {}

  async receive(source: Readable, options: ReceiveOptions): Promise<StoredFile> {
    const incoming = path.join(this.root, INCOMING);
    await mkdir(incoming, { recursive: true });
    const id = randomUUID();
    const partPath = path.join(incoming, id + PART);
    try {
      const { sizeBytes, sha256 } = await this.#writeTemp(source, partPath, options.maxBytes);
      const decision = classify(await fileTypeFromFile(partPath), options.originalName, options.allowedKinds);
      if (!decision.ok) {
        throw decision.problem === 'mismatch'
          ? new AppError('file/type-mismatch', {
              params: { name: options.originalName, detected: decision.detectedLabel },
            })
          : new AppError('file/type-not-allowed', {
              params: { detected: decision.detectedLabel, allowed: describeKinds(options.allowedKinds) },
            });
      }
      const storageKey = `${id.slice(0, 2)}/${id}`;
      await rename(partPath, this.#stagedPathOf(storageKey));
      const { kind, mediaType, extension } = decision;
      return { storageKey, sizeBytes, sha256, mediaType, extension, kind };
    } finally {
      // After a successful rename there is nothing left to remove; `force` makes that a no-op.
      await rm(partPath, { force: true });
    }
  }

  /**
   * Makes a received file visible under its key, once its record committed. Placing a file that
   * is already in place (another instance's sweep got there first) is not an error.
   */
  async place(storageKey: string): Promise<void> {
    const finalPath = this.#pathOf(storageKey);
    await mkdir(path.dirname(finalPath), { recursive: true });
    try {
      await rename(this.#stagedPathOf(storageKey), finalPath);
    } catch (error) {
      if (isMissing(error) && (await exists(finalPath))) return;
      throw error;
    }
  }

  /** Deletes a received file that will not be recorded; discarding twice is not an error. */
  async discard(storageKey: string): Promise<void> {
    await rm(this.#stagedPathOf(storageKey), { force: true });
  }

  /**
   * Clears what crashes leave: a staged file with a record is placed (its upload committed, the
   * process died before placing it); once older than the grace, a staged or partial file without
   * a record, anything else in `.incoming`, and a placed file without a record are deleted. Safe
   * to run from several instances at once: every step tolerates another having done it.
   */
  async sweep(options: SweepOptions): Promise<SweepReport> {
    const cutoff = (options.now ?? new Date()).getTime() - options.graceMs;
    const report: SweepReport = { placed: 0, deleted: 0 };
    const old = async (file: string) => {
      const stats = await stat(file).catch(() => undefined);
      return stats !== undefined && stats.isFile() && stats.mtimeMs < cutoff;
    };
    const remove = async (file: string) => {
      await rm(file, { force: true });
      report.deleted += 1;
    };

    // `.incoming`: staged files by key, everything else deleted once old.
    const incoming = path.join(this.root, INCOMING);
    const staged: string[] = [];
    for (const name of await listNames(incoming)) {
      if (STAGED_NAME.test(name)) staged.push(`${name.slice(0, 2)}/${name}`);
      else if (await old(path.join(incoming, name))) await remove(path.join(incoming, name));
    }
    for (const batch of chunks(staged, SWEEP_BATCH)) {
      const recorded = await options.recorded(batch);
      for (const key of batch) {
        if (recorded.has(key)) {
          await this.place(key).then(
            () => (report.placed += 1),
            (error: unknown) => {
              if (!isMissing(error)) throw error;
            },
          );
        } else if (await old(this.#stagedPathOf(key))) {
          await remove(this.#stagedPathOf(key));
        }
      }
    }

    // Placed files: only after their record committed, so one without a record is an orphan
    // (left by an older version, or by hand); still only once old.
    for (const shard of (await listNames(this.root)).filter((name) => SHARD_NAME.test(name))) {
      const keys = (await listNames(path.join(this.root, shard)))
        .map((name) => `${shard}/${name}`)
        .filter((key) => KEY_PATTERN.test(key));
      for (const batch of chunks(keys, SWEEP_BATCH)) {
        const recorded = await options.recorded(batch);
        for (const key of batch) {
          if (!recorded.has(key) && (await old(this.#pathOf(key)))) await remove(this.#pathOf(key));
        }
      }
    }
    return report;
  }

  /** The bytes of a stored file; the stream errors with ENOENT if it is gone. */
  openRead(storageKey: string): Readable {
    return createReadStream(this.#pathOf(storageKey));
  }

  async stat(storageKey: string): Promise<{ sizeBytes: number }> {
    const stats = await stat(this.#pathOf(storageKey));
    return { sizeBytes: stats.size };
  }

  /** Deletes a stored file; deleting one that is already gone is not an error. */
  async remove(storageKey: string): Promise<void> {
    await rm(this.#pathOf(storageKey), { force: true });
  }

  async #writeTemp(
    source: Readable,
    tempPath: string,
    maxBytes: number,
  ): Promise<{ sizeBytes: number; sha256: string }> {
    const meter = new HashingMeter(maxBytes);
    const sink = createWriteStream(tempPath, { flags: 'wx' });
    // The end that failed first decides the answer: the uploader's (the upload is incomplete) or
    // ours (a disk error: a server fault, rethrown as it is). Registered before pipeline()'s own
    // listeners, these run before it tears the other streams down. They are never removed: a late
    // 'error' from either stream must not become an uncaught exception.
    let firstFailure: 'source' | 'sink' | undefined;
    const onSourceFailure = () => {
      firstFailure ??= 'source';
    };
    source.on('error', onSourceFailure);
    source.on('aborted', onSourceFailure);
    source.on('close', () => {
      if (!source.readableEnded) onSourceFailure();
    });
    sink.on('error', () => {
      firstFailure ??= 'sink';
    });
    try {
      await pipeline(source, meter, sink);
    } catch (error) {
      // Let the temp file's descriptor close before the caller deletes the file.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      if (error instanceof AppError) throw error;
      if (firstFailure !== 'sink') throw new AppError('file/incomplete');
      throw error;
    }
    // busboy (@fastify/multipart) ends a file cut short at its own size limit normally, but
    // flags it `truncated`: what we hold is not the whole file.
    if ((source as Readable & { truncated?: unknown }).truncated === true) {
      throw new AppError('file/incomplete');
    }
    return { sizeBytes: meter.sizeBytes, sha256: meter.digest() };
  }

  #pathOf(storageKey: string): string {
    if (!KEY_PATTERN.test(storageKey))
      throw new RangeError(`Not a storage key: ${JSON.stringify(storageKey)}`);
    return path.join(this.root, storageKey);
  }

  #stagedPathOf(storageKey: string): string {
    this.#pathOf(storageKey);
    return path.join(this.root, INCOMING, storageKey.slice(3));
  }
}

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/** The names in a folder; none if it does not exist. */
async function listNames(folder: string): Promise<string[]> {
  return readdir(folder).catch((error: unknown) => {
    if (isMissing(error)) return [];
    throw error;
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** Passes bytes through while hashing and counting them; fails the moment the count passes the limit. */
class HashingMeter extends Transform {
  sizeBytes = 0;
  readonly #hash = createHash('sha256');

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sizeBytes += chunk.length;
    if (this.sizeBytes > this.maxBytes) {
      callback(new AppError('file/too-large', { params: { limit: formatByteSize(this.maxBytes) } }));
      return;
    }
    this.#hash.update(chunk);
    callback(null, chunk);
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

/** A size for people: '20 MB', '512 KB', '1.5 GB' (binary multiples, as file managers show them). */
export function formatByteSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} ${units[unit]}`;
}
