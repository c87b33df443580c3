import { sha256Hex } from '../../platform/kernel/canonical-json.js';
import type { LocalizedText } from '../../platform/i18n/localized.js';
import { hexToBytes, isLowerHex } from './hex.js';

/**
 * The draw's seed, committed before and revealed after (commit–reveal):
 *
 * 1. Before the draw the platform picks a secret of at least 32 random bytes, records it in
 *    hexadecimal (`secretHex`, lower-case) and publishes the commitment
 *    `SHA-256(secret bytes)` in hexadecimal, together with the frozen pool's hash.
 * 2. Only then the supervising official enters the public value (e.g. a publicly observable
 *    number fixed after the commitment). It is recorded in normalised form (`normalisePublicValue`).
 * 3. seed = SHA-256 of the UTF-8 bytes of
 *
 *        "quality-award-draw/v1" LF secretHex LF publicValue LF poolHash
 *
 *    (LF = one U+000A; `secretHex` and `poolHash` lower-case hexadecimal; `publicValue`
 *    normalised). The seed, 32 bytes, is the entropy input of the draw's HMAC_DRBG.
 * 4. After the draw the secret is revealed; anyone checks it against the commitment and
 *    recomputes the seed, then the draw.
 *
 * The platform cannot steer the outcome (it committed to the secret before the public value was
 * known) and the official cannot either (the secret is hidden until after the draw).
 */

export const DRAW_LABEL = 'quality-award-draw/v1';
/** Algorithm v2's label: in the seed's text and as the DRBG's personalization string. */
export const DRAW_LABEL_V2 = 'quality-award-draw/v2';
/** The secret's minimum length: 32 bytes, 64 hexadecimal digits. */
export const MIN_SECRET_BYTES = 32;
/** The public value's maximum length after normalisation, in UTF-16 code units. */
export const MAX_PUBLIC_VALUE_LENGTH = 200;

/**
 * The characters trimmed from both ends of the public value (ECMAScript's WhiteSpace and
 * LineTerminator): TAB, LF, VT, FF, CR, SPACE, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000, U+FEFF. Spelled out so that a verifier in another language trims the
 * same set.
 */
const TRIMMED = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
const TRIM = new RegExp(`^[${TRIMMED}]+|[${TRIMMED}]+$`, 'gu');
/** C0 and C1 control characters and DEL (U+0000–U+001F, U+007F–U+009F): refused inside. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}

/** The public value as recorded and hashed: Unicode NFC, then trimmed (see `TRIMMED`). */
export function normalisePublicValue(raw: string): string {
  return raw.normalize('NFC').replace(TRIM, '');
}

export type PublicValueCheck =
  | { ok: true; value: string }
  | { ok: false; problem: 'empty' | 'too-long' | 'control-character'; message: LocalizedText };

/** Checks what the supervising official typed, and gives back the normalised value to record. */
export function checkPublicValue(raw: string): PublicValueCheck {
  const value = normalisePublicValue(raw);
  if (value.length === 0) {
    return {
      ok: false,
      problem: 'empty',
      message: {
        zh: '请输入公开值（抽取前无法预知的公开数字或文字）。',
        en: 'Enter the public value (a publicly observable value unknown before the draw).',
      },
    };
  }
  if (value.length > MAX_PUBLIC_VALUE_LENGTH) {
    return {
      ok: false,
      problem: 'too-long',
      message: {
        zh: `公开值最多 ${MAX_PUBLIC_VALUE_LENGTH} 个字符。`,
        en: `The public value has at most ${MAX_PUBLIC_VALUE_LENGTH} characters.`,
      },
    };
  }
  if (hasControlCharacter(value)) {
    return {
      ok: false,
      problem: 'control-character',
      message: {
        zh: '公开值不能包含换行或其他控制字符。',
        en: 'The public value cannot contain line breaks or other control characters.',
      },
    };
  }
  return { ok: true, value };
}

function secretBytes(secretHex: string): Uint8Array {
  if (!isLowerHex(secretHex) || secretHex.length < MIN_SECRET_BYTES * 2) {
    throw new RangeError(`the secret is lower-case hexadecimal of at least ${MIN_SECRET_BYTES} bytes`);
  }
  return hexToBytes(secretHex);
}

/** The commitment published before the draw: SHA-256 of the secret's bytes, lower-case hex. */
export function commitToSecret(secretHex: string): string {
  return sha256Hex(secretBytes(secretHex));
}

/**
 * The draw's seed (64 lower-case hex digits) from the revealed secret, the public value and the
 * frozen pool's hash — see the module comment for the exact bytes hashed. Throws a RangeError
 * when an input is malformed (use `checkPublicValue` first for what people typed).
 */
export function drawSeed(
  secretHex: string,
  publicValue: string,
  poolHash: string,
  label: typeof DRAW_LABEL | typeof DRAW_LABEL_V2 = DRAW_LABEL,
): string {
  secretBytes(secretHex);
  const check = checkPublicValue(publicValue);
  if (!check.ok) throw new RangeError(`public value: ${check.message.en}`);
  if (!isLowerHex(poolHash) || poolHash.length !== 64) {
    throw new RangeError('the pool hash is 64 lower-case hexadecimal digits');
  }
  return sha256Hex(`${label}\n${secretHex}\n${check.value}\n${poolHash}`);
}

export type RevealCheck =
  | { ok: true }
  | { ok: false; problem: 'malformed-secret' | 'malformed-commitment' | 'mismatch'; message: LocalizedText };

/** Does the revealed secret match the commitment published before the draw? */
export function checkReveal(commitment: string, secretHex: string): RevealCheck {
  if (!isLowerHex(commitment) || commitment.length !== 64) {
    return {
      ok: false,
      problem: 'malformed-commitment',
      message: {
        zh: '承诺值应为 64 位小写十六进制字符。',
        en: 'The commitment should be 64 lower-case hexadecimal digits.',
      },
    };
  }
  if (!isLowerHex(secretHex) || secretHex.length < MIN_SECRET_BYTES * 2) {
    return {
      ok: false,
      problem: 'malformed-secret',
      message: {
        zh: `公布的密钥应为至少 ${MIN_SECRET_BYTES * 2} 位小写十六进制字符。`,
        en: `The revealed secret should be at least ${MIN_SECRET_BYTES * 2} lower-case hexadecimal digits.`,
      },
    };
  }
  const actual = commitToSecret(secretHex);
  if (actual !== commitment) {
    return {
      ok: false,
      problem: 'mismatch',
      message: {
        zh: `公布的密钥与抽取前公布的承诺值不符：密钥的 SHA-256 为 ${actual}，承诺值为 ${commitment}。`,
        en: `The revealed secret does not match the commitment published before the draw: its SHA-256 is ${actual}, the commitment is ${commitment}.`,
      },
    };
  }
  return { ok: true };
}
