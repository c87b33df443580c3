import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, TransformCallback } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../errors/app-error.js';
import type { FileKind } from './file-kinds.js';
import { classify, describeKinds } from './file-kinds.js';

/** A file kept by the storage; the caller records it (with the original name) in the database. */
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

const INCOMING = '.incoming';
const KEY_PATTERN = /^([0-9a-f]{2})\/(\1[0-9a-f]{6}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * Uploaded files on local disk. A file is streamed to `<root>/.incoming/`, hashed and counted on
 * the way, identified by its content, then moved to `<root>/<2 hex>/<uuid>`; whatever happens,
 * nothing stays in `.incoming` once `receive` settles.
 */
export class FileStorage {
  constructor(private readonly root: string) {}

  async receive(source: Readable, options: ReceiveOptions): Promise<StoredFile> {
    const incoming = path.join(this.root, INCOMING);
    await mkdir(incoming, { recursive: true });
    const tempPath = path.join(incoming, randomUUID());
    try {
      const { sizeBytes, sha256 } = await this.#writeTemp(source, tempPath, options.maxBytes);
      const decision = classify(await fileTypeFromFile(tempPath), options.originalName, options.allowedKinds);
      if (!decision.ok) {
        throw decision.problem === 'mismatch'
          ? new AppError('file/type-mismatch', {
              params: { name: options.originalName, detected: decision.detectedLabel },
            })
          : new AppError('file/type-not-allowed', {
              params: { detected: decision.detectedLabel, allowed: describeKinds(options.allowedKinds) },
            });
      }
      const id = randomUUID();
      const storageKey = `${id.slice(0, 2)}/${id}`;
      await mkdir(path.join(this.root, id.slice(0, 2)), { recursive: true });
      await rename(tempPath, this.#pathOf(storageKey));
      const { kind, mediaType, extension } = decision;
      return { storageKey, sizeBytes, sha256, mediaType, extension, kind };
    } finally {
      // After a successful rename there is nothing left to remove; `force` makes that a no-op.
      await rm(tempPath, { force: true });
    }
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
