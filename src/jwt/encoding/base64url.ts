const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Character code → 6-bit value; 255 for anything outside the URL-safe alphabet. */
const VALUES: Uint8Array = (() => {
  const table = new Uint8Array(256).fill(255);
  for (let i = 0; i < ALPHABET.length; i += 1) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The 6-bit value of the character at `i`, or 255 when it is not a base64url character. */
function valueAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code > 255 ? 255 : (VALUES[code] as number);
}

/**
 * Decodes canonical unpadded base64url in one pass: only the 64 URL-safe characters, a length that is not 1
 * modulo 4, and zero bits in the unused low bits of the last character, so each byte string has exactly one
 * accepted text. Returns undefined for anything else.
 */
export function decodeBase64url(text: string): Uint8Array | undefined {
  return NATIVE !== undefined && text.length >= NATIVE_FROM
    ? decodeNative(NATIVE, text)
    : decodeBase64urlPortable(text);
}

/** Node's Buffer, when the runtime has one: its base64url codec is native code, several times faster than ours. */
interface NativeBuffer {
  from(text: string, encoding: 'base64url'): Uint8Array & { toString(encoding: 'base64url'): string };
}
const NATIVE = (globalThis as { Buffer?: NativeBuffer }).Buffer;
/** Below this length the portable loop is as fast as a call into native code. */
const NATIVE_FROM = 512;

/**
 * Buffer's decoder is lenient (it skips characters outside the alphabet and accepts padding), so the text is
 * accepted only when encoding the bytes gives it back exactly: that is the definition of canonical base64url.
 */
function decodeNative(native: NativeBuffer, text: string): Uint8Array | undefined {
  const bytes = native.from(text, 'base64url');
  return bytes.toString('base64url') === text ? new Uint8Array(bytes) : undefined;
}

/** {@link decodeBase64url} in plain JavaScript, for every runtime. */
export function decodeBase64urlPortable(text: string): Uint8Array | undefined {
  const n = text.length;
  const rest = n & 3;
  if (rest === 1) return undefined;
  const out = new Uint8Array((n * 3) >> 2);
  const end = n - rest;
  let o = 0;
  for (let i = 0; i < end; i += 4) {
    const a = valueAt(text, i);
    const b = valueAt(text, i + 1);
    const c = valueAt(text, i + 2);
    const d = valueAt(text, i + 3);
    if ((a | b | c | d) > 63) return undefined;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  if (rest === 0) return out;
  const a = valueAt(text, end);
  const b = valueAt(text, end + 1);
  const c = rest === 3 ? valueAt(text, end + 2) : 0;
  if ((a | b | c) > 63) return undefined;
  // The bits past the last whole byte must be zero: otherwise several texts decode to the same bytes.
  if (rest === 2 ? (b & 0x0f) !== 0 : (c & 0x03) !== 0) return undefined;
  const v = (a << 18) | (b << 12) | (c << 6);
  out[o++] = v >> 16;
  if (rest === 3) out[o] = (v >> 8) & 0xff;
  return out;
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}${ALPHABET[n & 63]}`;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}`;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}`;
  }
  return out;
}
