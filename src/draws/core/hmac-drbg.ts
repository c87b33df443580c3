import { hmac as nobleHmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '@noble/hashes/utils.js';

/**
 * HMAC_DRBG with SHA-256, NIST SP 800-90A Rev. 1 §10.1.2, without prediction resistance and
 * without reseeding — the deterministic random bit generator of the panel draw. Anyone holding
 * the same seed gets the same bytes, in any language with a conforming HMAC_DRBG.
 *
 * State: Key K and value V, 32 bytes each (outlen of SHA-256).
 *
 *   Update(provided):  K = HMAC(K, V ‖ 0x00 ‖ provided);  V = HMAC(K, V);
 *                      if provided is empty, stop;
 *                      K = HMAC(K, V ‖ 0x01 ‖ provided);  V = HMAC(K, V).
 *   Instantiate(entropy, nonce, personalization):
 *                      K = 0x00 × 32;  V = 0x01 × 32;  Update(entropy ‖ nonce ‖ personalization).
 *   Generate(n, additional = empty):
 *                      if additional is not empty, Update(additional);
 *                      T = empty;  while |T| < n: V = HMAC(K, V);  T = T ‖ V;
 *                      output the leftmost n bytes of T;  Update(additional).
 *
 * Tested against the NIST CAVP vectors (HMAC_DRBG.rsp, [SHA-256], PredictionResistance = False,
 * no reseed), with and without personalization string and additional input.
 */

/** SHA-256's output length in bytes (outlen). */
const OUTLEN = 32;
/** SP 800-90A Table 2: at most 2^19 bits per Generate request. */
export const MAX_BYTES_PER_REQUEST = 65_536;
/** Security strength of HMAC_DRBG with SHA-256 is 256 bits: the entropy input is at least that. */
export const MIN_ENTROPY_BYTES = 32;
/** SP 800-90A Table 2: reseed_interval is at most 2^48 requests; we refuse rather than reseed. */
const RESEED_INTERVAL = 2 ** 48;

/** HMAC-SHA-256 of the concatenated parts. */
export type HmacSha256 = (key: Uint8Array, ...parts: Uint8Array[]) => Uint8Array;

/** The portable HMAC-SHA-256 (noble; runs in browsers too). */
export function hmac(key: Uint8Array, ...parts: Uint8Array[]): Uint8Array {
  const mac = nobleHmac.create(sha256, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

const ZERO = Uint8Array.of(0x00);
const ONE = Uint8Array.of(0x01);
const EMPTY = new Uint8Array(0);

export class HmacDrbg {
  #key: Uint8Array = new Uint8Array(OUTLEN).fill(0x00);
  #value: Uint8Array = new Uint8Array(OUTLEN).fill(0x01);
  #reseedCounter = 1;
  readonly #mac: HmacSha256;

  /**
   * Instantiate. SP 800-90A asks for a nonce of half the security strength; the draw passes an
   * empty nonce because its entropy input (the seed) is itself used once (see `draw-seed.ts`).
   * Throws a RangeError when the entropy input is shorter than 32 bytes. `mac` computes
   * HMAC-SHA-256 (node:crypto's on a server is several times faster; same bytes).
   */
  constructor(
    entropy: Uint8Array,
    nonce: Uint8Array = EMPTY,
    personalization: Uint8Array = EMPTY,
    mac: HmacSha256 = hmac,
  ) {
    this.#mac = mac;
    if (entropy.length < MIN_ENTROPY_BYTES) {
      throw new RangeError(`HMAC_DRBG needs at least ${MIN_ENTROPY_BYTES} bytes of entropy input`);
    }
    this.#update(concatBytes(entropy, nonce, personalization));
  }

  #update(provided: Uint8Array): void {
    this.#key = this.#mac(this.#key, this.#value, ZERO, provided);
    this.#value = this.#mac(this.#key, this.#value);
    if (provided.length === 0) return;
    this.#key = this.#mac(this.#key, this.#value, ONE, provided);
    this.#value = this.#mac(this.#key, this.#value);
  }

  /**
   * Generate(n) with no additional input, its output given 32 bytes at a time as they are pulled:
   * the same bytes as `generate(n)`, and the same state afterwards once the iterator is run to its
   * end (the closing Update runs when the caller pulls past the last chunk). A reader that needs
   * only the first bytes of a request computes only those — the draw reads ~40 bytes of 1024.
   */
  *generateChunks(n: number): Generator<Uint8Array, void, undefined> {
    if (!Number.isInteger(n) || n < 0 || n > MAX_BYTES_PER_REQUEST) {
      throw new RangeError(`HMAC_DRBG generates 0–${MAX_BYTES_PER_REQUEST} bytes per request, not ${n}`);
    }
    if (this.#reseedCounter > RESEED_INTERVAL) {
      throw new RangeError('HMAC_DRBG reseed interval exhausted');
    }
    for (let filled = 0; filled < n; filled += OUTLEN) {
      this.#value = this.#mac(this.#key, this.#value);
      yield this.#value.subarray(0, Math.min(OUTLEN, n - filled));
    }
    this.#update(EMPTY);
    this.#reseedCounter += 1;
  }

  /** Generate `n` bytes (0 ≤ n ≤ 65,536), optionally with additional input. */
  generate(n: number, additionalInput: Uint8Array = EMPTY): Uint8Array {
    if (!Number.isInteger(n) || n < 0 || n > MAX_BYTES_PER_REQUEST) {
      throw new RangeError(`HMAC_DRBG generates 0–${MAX_BYTES_PER_REQUEST} bytes per request, not ${n}`);
    }
    if (this.#reseedCounter > RESEED_INTERVAL) {
      throw new RangeError('HMAC_DRBG reseed interval exhausted');
    }
    if (additionalInput.length > 0) this.#update(additionalInput);
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      this.#value = this.#mac(this.#key, this.#value);
      const take = Math.min(OUTLEN, n - filled);
      out.set(this.#value.subarray(0, take), filled);
      filled += take;
    }
    this.#update(additionalInput);
    this.#reseedCounter += 1;
    return out;
  }
}

/**
 * The draw's byte stream: the concatenation of the outputs of successive `Generate(1024)`
 * requests (no additional input), read front to back. Requests are always exactly
 * `STREAM_BLOCK_BYTES` long, even when the draw needs only a few bytes of the last one — a
 * verifier must request the same sizes, because HMAC_DRBG's output depends on how it is split
 * into requests.
 */
export const STREAM_BLOCK_BYTES = 1024;

/** A source of 32-bit unsigned integers, as `randomBelow` consumes them. */
export interface Uint32Source {
  nextUint32(): number;
}

export class DrbgStream implements Uint32Source {
  readonly #drbg: HmacDrbg;
  #request: Generator<Uint8Array, void, undefined> | null = null;
  #chunk: Uint8Array = EMPTY;
  #offset = 0;
  #consumed = 0;

  constructor(drbg: HmacDrbg) {
    this.#drbg = drbg;
  }

  /** Bytes read from the stream so far. */
  get bytesConsumed(): number {
    return this.#consumed;
  }

  /**
   * The next 4 bytes of the stream as a big-endian unsigned integer. Requests are of exactly
   * `STREAM_BLOCK_BYTES`, their output computed 32 bytes at a time as it is read
   * (`generateChunks`); the next request starts after the previous one's closing Update.
   */
  nextUint32(): number {
    if (this.#offset === this.#chunk.length) {
      let next = this.#request?.next();
      if (!next || next.done) {
        this.#request = this.#drbg.generateChunks(STREAM_BLOCK_BYTES);
        next = this.#request.next();
      }
      this.#chunk = next.value as Uint8Array;
      this.#offset = 0;
    }
    const b = this.#chunk;
    const o = this.#offset;
    // 32 and 1024 are multiples of 4, so the 4 bytes never straddle two chunks.
    const value =
      (((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)) >>> 0;
    this.#offset += 4;
    this.#consumed += 4;
    return value;
  }
}

const TWO_POW_32 = 2 ** 32;

/**
 * A uniformly distributed integer in [0, n), for 1 ≤ n ≤ 2^32, by rejection sampling:
 *
 *   limit = floor(2^32 / n) × n
 *   repeat: x = next 4 bytes of the stream as a big-endian uint32
 *           if x < limit, return x mod n      (otherwise discard x and read 4 more bytes)
 *
 * Each try consumes exactly 4 bytes; n = 1 consumes 4 bytes and returns 0 (the draw never asks
 * for n = 1, see `draw.ts`). Rejection makes the result exactly uniform; for a pool of 10,000 a
 * try is rejected with probability < 3 × 10⁻⁶.
 */
export function randomBelow(source: Uint32Source, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
    throw new RangeError(`randomBelow needs an integer 1 ≤ n ≤ 2^32, not ${n}`);
  }
  const limit = Math.floor(TWO_POW_32 / n) * n;
  for (;;) {
    const x = source.nextUint32();
    if (x < limit) return x % n;
  }
}
