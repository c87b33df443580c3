import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex.js';
import type { Uint32Source } from './hmac-drbg.js';
import { DrbgStream, HmacDrbg, MAX_BYTES_PER_REQUEST, randomBelow, STREAM_BLOCK_BYTES } from './hmac-drbg.js';

/**
 * NIST CAVP known answers, HMAC_DRBG.rsp, [SHA-256], PredictionResistance = False, no reseed,
 * EntropyInputLen = 256, NonceLen = 128, ReturnedBitsLen = 1024. The test procedure of the CAVP:
 * instantiate, Generate (discarded), Generate (compared), each with its additional input.
 */
const CAVP: {
  name: string;
  entropy: string;
  nonce: string;
  personalization: string;
  additional: [string, string];
  returned: string;
}[] = [
  {
    name: 'PersonalizationStringLen = 0, AdditionalInputLen = 0, COUNT = 0',
    entropy: 'ca851911349384bffe89de1cbdc46e6831e44d34a4fb935ee285dd14b71a7488',
    nonce: '659ba96c601dc69fc902940805ec0ca8',
    personalization: '',
    additional: ['', ''],
    returned:
      'e528e9abf2dece54d47c7e75e5fe302149f817ea9fb4bee6f4199697d04d5b89d54fbb978a15b5c443c9ec21036d2460b6f73ebad0dc2aba6e624abf07745bc107694bb7547bb0995f70de25d6b29e2d3011bb19d27676c07162c8b5ccde0668961df86803482cb37ed6d5c0bb8d50cf1f50d476aa0458bdaba806f48be9dcb8',
  },
  {
    name: 'PersonalizationStringLen = 0, AdditionalInputLen = 0, COUNT = 1',
    entropy: '79737479ba4e7642a221fcfd1b820b134e9e3540a35bb48ffae29c20f5418ea3',
    nonce: '3593259c092bef4129bc2c6c9e19f343',
    personalization: '',
    additional: ['', ''],
    returned:
      'cf5ad5984f9e43917aa9087380dac46e410ddc8a7731859c84e9d0f31bd43655b924159413e2293b17610f211e09f770f172b8fb693a35b85d3b9e5e63b1dc252ac0e115002e9bedfb4b5b6fd43f33b8e0eafb2d072e1a6fee1f159df9b51e6c8da737e60d5032dd30544ec51558c6f080bdbdab1de8a939e961e06b5f1aca37',
  },
  {
    name: 'PersonalizationStringLen = 256, AdditionalInputLen = 0, COUNT = 0',
    entropy: '5cacc68165a2e2ee20812f35ec73a79dbf30fd475476ac0c44fc6174cdac2b55',
    nonce: '6f885496c1e63af620becd9e71ecb824',
    personalization: 'e72dd8590d4ed5295515c35ed6199e9d211b8f069b3058caa6670b96ef1208d0',
    additional: ['', ''],
    returned:
      'f1012cf543f94533df27fedfbf58e5b79a3dc517a9c402bdbfc9a0c0f721f9d53faf4aafdc4b8f7a1b580fcaa52338d4bd95f58966a243cdcd3f446ed4bc546d9f607b190dd69954450d16cd0e2d6437067d8b44d19a6af7a7cfa8794e5fbd728e8fb2f2e8db5dd4ff1aa275f35886098e80ff844886060da8b1e7137846b23b',
  },
  {
    name: 'PersonalizationStringLen = 256, AdditionalInputLen = 0, COUNT = 1',
    entropy: '8df013b4d103523073917ddf6a869793059e9943fc8654549e7ab22f7c29f122',
    nonce: 'da2625af2ddd4abcce3cf4fa4659d84e',
    personalization: 'b571e66d7c338bc07b76ad3757bb2f9452bf7e07437ae8581ce7bc7c3ac651a9',
    additional: ['', ''],
    returned:
      'b91cba4cc84fa25df8610b81b641402768a2097234932e37d590b1154cbd23f97452e310e291c45146147f0da2d81761fe90fba64f94419c0f662b28c1ed94da487bb7e73eec798fbcf981b791d1be4f177a8907aa3c401643a5b62b87b89d66b3a60e40d4a8e4e9d82af6d2700e6f535cdb51f75c321729103741030ccc3a56',
  },
  {
    name: 'PersonalizationStringLen = 0, AdditionalInputLen = 256, COUNT = 0',
    entropy: 'd3cc4d1acf3dde0c4bd2290d262337042dc632948223d3a2eaab87da44295fbd',
    nonce: '0109b0e729f457328aa18569a9224921',
    personalization: '',
    additional: [
      '3c311848183c9a212a26f27f8c6647e40375e466a0857cc39c4e47575d53f1f6',
      'fcb9abd19ccfbccef88c9c39bfb3dd7b1c12266c9808992e305bc3cff566e4e4',
    ],
    returned:
      '9c7b758b212cd0fcecd5daa489821712e3cdea4467b560ef5ddc24ab47749a1f1ffdbbb118f4e62fcfca3371b8fbfc5b0646b83e06bfbbab5fac30ea09ea2bc76f1ea568c9be0444b2cc90517b20ca825f2d0eccd88e7175538b85d90ab390183ca6395535d34473af6b5a5b88f5a59ee7561573337ea819da0dcc3573a22974',
  },
  {
    name: 'PersonalizationStringLen = 256, AdditionalInputLen = 256, COUNT = 1',
    entropy: 'c2a566a9a1817b15c5c3b778177ac87c24e797be0a845f11c2fe399dd37732f2',
    nonce: 'cb1894eb2b97b3c56e628329516f86ec',
    personalization: '13ce4d8dd2db9796f94156c8e8f0769b0aa1c82c1323b61536603bca37c9ee29',
    additional: [
      '413dd83fe56835abd478cb9693d67635901c40239a266462d3133b83e49c820b',
      'd5c4a71f9d6d95a1bedf0bd2247c277d1f84a4e57a4a8825b82a2d097de63ef1',
    ],
    returned:
      'b3a3698d777699a0dd9fa3f0a9fa57832d3cefac5df24437c6d73a0fe41040f1729038aef1e926352ea59de120bfb7b073183a34106efed6278ff8ad844ba0448115dfddf3319a82de6bb11d80bd871a9acd35c73645e1270fb9fe4fa88ec0e465409ea0cba809fe2f45e04943a2e396bbb7dd2f4e0795303524cc9cc5ea54a1',
  },
];

const SEED = hexToBytes('7d4076adf9e754ae22c141e98251887642786c50f519c3a9c31fa3ecfa143c1d');

describe('HMAC_DRBG (SHA-256) against the NIST CAVP vectors', () => {
  it.each(CAVP)('$name', (v) => {
    const drbg = new HmacDrbg(hexToBytes(v.entropy), hexToBytes(v.nonce), hexToBytes(v.personalization));
    drbg.generate(128, hexToBytes(v.additional[0]));
    expect(bytesToHex(drbg.generate(128, hexToBytes(v.additional[1])))).toBe(v.returned);
  });

  it('is not the echo of the first request: the first Generate differs from ReturnedBits', () => {
    const v = CAVP[0]!;
    const drbg = new HmacDrbg(hexToBytes(v.entropy), hexToBytes(v.nonce));
    expect(bytesToHex(drbg.generate(128))).not.toBe(v.returned);
  });
});

describe('HMAC_DRBG instantiate and generate', () => {
  it('follows Instantiate and Generate step by step for a small case', () => {
    // Independent spelling of SP 800-90A §10.1.2 for entropy ‖ personalization and one 40-byte request.
    const h = (k: Buffer, ...parts: Uint8Array[]) => {
      const mac = createHmac('sha256', k);
      parts.forEach((p) => mac.update(p));
      return mac.digest();
    };
    const material = Buffer.concat([SEED, Buffer.from('label')]);
    let k = Buffer.alloc(32, 0);
    let v = Buffer.alloc(32, 1);
    k = h(k, v, Buffer.of(0), material);
    v = h(k, v);
    k = h(k, v, Buffer.of(1), material);
    v = h(k, v);
    const v1 = h(k, v);
    const v2 = h(k, v1);
    const expected = Buffer.concat([v1, v2]).subarray(0, 40);
    const drbg = new HmacDrbg(SEED, new Uint8Array(0), Buffer.from('label'));
    expect(bytesToHex(drbg.generate(40))).toBe(expected.toString('hex'));
    // After Generate with empty additional input: K = HMAC(K, V ‖ 0x00), V = HMAC(K, V).
    const k2 = h(k, v2, Buffer.of(0));
    const v3 = h(k2, h(k2, v2));
    expect(bytesToHex(drbg.generate(32))).toBe(v3.toString('hex'));
  });

  it('is deterministic for the same inputs and differs for another personalization or nonce', () => {
    const a = new HmacDrbg(SEED).generate(64);
    expect(new HmacDrbg(SEED).generate(64)).toEqual(a);
    expect(new HmacDrbg(SEED, new Uint8Array(0), Buffer.from('x')).generate(64)).not.toEqual(a);
    expect(new HmacDrbg(SEED, Buffer.from('n')).generate(64)).not.toEqual(a);
  });

  it('depends on how the output is split into requests', () => {
    const whole = new HmacDrbg(SEED).generate(64);
    const parts = new HmacDrbg(SEED);
    const split = Buffer.concat([parts.generate(32), parts.generate(32)]);
    expect(Buffer.from(whole).subarray(0, 32)).toEqual(split.subarray(0, 32));
    expect(Buffer.from(whole).subarray(32)).not.toEqual(split.subarray(32));
  });

  it('refuses short entropy and out-of-range requests', () => {
    expect(() => new HmacDrbg(new Uint8Array(31))).toThrow(RangeError);
    const drbg = new HmacDrbg(SEED);
    expect(drbg.generate(0)).toHaveLength(0);
    expect(drbg.generate(MAX_BYTES_PER_REQUEST)).toHaveLength(MAX_BYTES_PER_REQUEST);
    expect(() => drbg.generate(MAX_BYTES_PER_REQUEST + 1)).toThrow(RangeError);
    expect(() => drbg.generate(-1)).toThrow(RangeError);
    expect(() => drbg.generate(1.5)).toThrow(RangeError);
  });
});

describe('the draw byte stream', () => {
  it('reads Generate(1024) blocks as big-endian uint32s, across block boundaries', () => {
    const reference = new HmacDrbg(SEED);
    const bytes = Buffer.concat([
      reference.generate(STREAM_BLOCK_BYTES),
      reference.generate(STREAM_BLOCK_BYTES),
    ]);
    const stream = new DrbgStream(new HmacDrbg(SEED));
    for (let i = 0; i < 2 * (STREAM_BLOCK_BYTES / 4); i++) {
      expect(stream.nextUint32()).toBe(bytes.readUInt32BE(4 * i));
    }
    expect(stream.bytesConsumed).toBe(2 * STREAM_BLOCK_BYTES);
  });
});

/** A source that replays given values, failing when they run out. */
function scripted(values: number[]): Uint32Source & { used: number } {
  const source = {
    used: 0,
    nextUint32(): number {
      const value = values[source.used];
      if (value === undefined) throw new Error('script exhausted');
      source.used += 1;
      return value;
    },
  };
  return source;
}

describe('randomBelow', () => {
  it('returns x mod n for x below floor(2^32 / n) · n', () => {
    expect(randomBelow(scripted([10]), 7)).toBe(3);
    expect(randomBelow(scripted([0]), 7)).toBe(0);
    const limit = Math.floor(2 ** 32 / 7) * 7; // 4294967291
    expect(randomBelow(scripted([limit - 1]), 7)).toBe((limit - 1) % 7);
  });

  it('rejects x ≥ floor(2^32 / n) · n and reads 4 more bytes', () => {
    const limit = Math.floor(2 ** 32 / 7) * 7;
    const source = scripted([limit, 0xffffffff, 12]);
    expect(randomBelow(source, 7)).toBe(5);
    expect(source.used).toBe(3);
    const three = scripted([0xffffffff, 0xfffffffe]); // limit for 3 is 2^32 − 1
    expect(randomBelow(three, 3)).toBe(0xfffffffe % 3);
    expect(three.used).toBe(2);
  });

  it('never rejects for powers of two and handles the extremes', () => {
    expect(randomBelow(scripted([0xffffffff]), 2)).toBe(1);
    expect(randomBelow(scripted([0xffffffff]), 2 ** 32)).toBe(0xffffffff);
    const one = scripted([123]);
    expect(randomBelow(one, 1)).toBe(0);
    expect(one.used).toBe(1);
  });

  it('refuses n outside 1..2^32', () => {
    for (const n of [0, -1, 2.5, 2 ** 32 + 1, Number.NaN]) {
      expect(() => randomBelow(scripted([0]), n)).toThrow(RangeError);
    }
  });

  it('is uniform on the DRBG stream (χ² over 70,000 draws below 7)', () => {
    const stream = new DrbgStream(new HmacDrbg(SEED));
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 70_000; i++) counts[randomBelow(stream, 7)]! += 1;
    const chi2 = counts.reduce((sum, c) => sum + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(22.46); // df = 6, p = 0.001
  });
});

describe('Generate in chunks, as the stream reads it', () => {
  it('gives the bytes of generate(n) and leaves the same state, for whole and partial last chunks', () => {
    for (const n of [0, 20, 32, 1024, 1000]) {
      const seed = new Uint8Array(32).fill(n % 251);
      const whole = new HmacDrbg(seed);
      const chunked = new HmacDrbg(seed);
      const parts = [...chunked.generateChunks(n)];
      expect(bytesToHex(Uint8Array.from(parts.flatMap((p) => [...p])))).toBe(bytesToHex(whole.generate(n)));
      expect(bytesToHex(chunked.generate(64))).toBe(bytesToHex(whole.generate(64)));
    }
  });

  it('makes the stream read the same uint32s as whole Generate(1024) requests, across requests', () => {
    const seed = new Uint8Array(32).fill(9);
    const stream = new DrbgStream(new HmacDrbg(seed));
    const reference = new HmacDrbg(seed);
    const bytes = [...reference.generate(STREAM_BLOCK_BYTES), ...reference.generate(STREAM_BLOCK_BYTES)];
    for (let i = 0; i < 2 * 256; i++) {
      const want =
        ((bytes[4 * i]! << 24) | (bytes[4 * i + 1]! << 16) | (bytes[4 * i + 2]! << 8) | bytes[4 * i + 3]!) >>>
        0;
      expect(stream.nextUint32()).toBe(want);
    }
  });
});
