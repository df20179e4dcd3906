/**
 * Keys that must never be admitted, built independently of the library: an RSA "public key" with e = 1 (so a
 * PS256 signature is the EMSA-PSS encoding of the message itself, computed here from RFC 8017 §9.1.1), and the
 * Ed25519 points of small order in every 32-byte encoding, derived from the curve equation of RFC 8032 §5.1
 * with bigint arithmetic and checked by scalar multiplication.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import { b64u } from './fixtures.js';

const sha256 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/** MGF1 with SHA-256 (RFC 8017 §B.2.1). */
function mgf1(seed: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let counter = 0, at = 0; at < length; counter += 1) {
    const c = Uint8Array.of(counter >>> 24, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255);
    const block = sha256(seed, c);
    out.set(block.subarray(0, Math.min(block.length, length - at)), at);
    at += block.length;
  }
  return out;
}

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-256, MGF1-SHA-256 and a 32-byte salt, as PS256 uses. */
export function emsaPssEncode(message: Uint8Array, modulusBits: number): Uint8Array {
  const emBits = modulusBits - 1;
  const emLen = Math.ceil(emBits / 8);
  const mHash = sha256(message);
  const salt = new Uint8Array(randomBytes(32));
  const h = sha256(new Uint8Array(8), mHash, salt);
  const db = new Uint8Array(emLen - 32 - 1);
  db[db.length - 32 - 1] = 0x01;
  db.set(salt, db.length - 32);
  const mask = mgf1(h, db.length);
  for (let i = 0; i < db.length; i += 1) db[i] = (db[i] as number) ^ (mask[i] as number);
  db[0] = (db[0] as number) & (0xff >>> (8 * emLen - emBits));
  const em = new Uint8Array(emLen);
  em.set(db);
  em.set(h, db.length);
  em[emLen - 1] = 0xbc;
  return em;
}

/** The modulus of a fresh 2048-bit RSA key (whose private half is thrown away). */
export function someModulus(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return publicKey.export({ format: 'jwk' }).n as string;
}

/** An RSA public JWK with exponent 1 over modulus `n`: no private key exists for it. */
export function exponentOneJwk(n: string): JWK {
  return { kty: 'RSA', n, e: 'AQ' };
}

/** A PS256 token that verifies under `exponentOneJwk(n)`: the "signature" is EM, since EM^1 mod n = EM. */
export function forgeExponentOne(header: object, payload: object, modulusBits = 2048): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${exponentOneSignature(input, modulusBits)}`;
}

/** The base64url PS256 signature of a JWS signing input under any e = 1 key of `modulusBits` bits. */
export function exponentOneSignature(input: string, modulusBits = 2048): string {
  const em = emsaPssEncode(new TextEncoder().encode(input), modulusBits);
  const signature = new Uint8Array(modulusBits / 8);
  signature.set(em, signature.length - em.length);
  return b64u(signature);
}

// Ed25519 (RFC 8032 §5.1): -x² + y² = 1 + d·x²·y² over GF(p).
export const P = 2n ** 255n - 19n;
const D = mod(-121665n * inverse(121666n));

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}
function power(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
  }
  return result;
}
function inverse(a: bigint): bigint {
  return power(a, P - 2n);
}
/** A square root mod p (p ≡ 5 mod 8), or undefined when `a` is not a square. */
function sqrt(a: bigint): bigint | undefined {
  const v = mod(a);
  let r = power(v, (P + 3n) / 8n);
  if (mod(r * r) !== v) r = mod(r * power(2n, (P - 1n) / 4n));
  return mod(r * r) === v ? r : undefined;
}

type Point = readonly [bigint, bigint];
function add([x1, y1]: Point, [x2, y2]: Point): Point {
  const t = mod(D * x1 * x2 * y1 * y2);
  return [mod((x1 * y2 + x2 * y1) * inverse(1n + t)), mod((y1 * y2 + x1 * x2) * inverse(1n - t))];
}
function times(point: Point, n: number): Point {
  let acc: Point = [0n, 1n];
  for (let i = 0; i < n; i += 1) acc = add(acc, point);
  return acc;
}
function onCurve([x, y]: Point): boolean {
  return mod(-x * x + y * y - 1n - D * x * x * y * y) === 0n;
}

/** The 32-byte little-endian encoding of y with the sign bit (bit 255) set or not. */
function encodeY(y: bigint, sign: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(32);
  let v = y;
  for (let i = 0; i < 32; i += 1) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  if (sign) out[31] = (out[31] as number) | 0x80;
  return out;
}

/**
 * Every point of order dividing 8, found from the curve equation: the identity, the point of order 2 (y = −1),
 * the two of order 4 (y = 0, x² = −1) and the four of order 8 (doubling gives y = 0, so x² = −y², hence
 * d·y⁴ + 2y² − 1 = 0). Each is checked to lie on the curve and to vanish when multiplied by 8.
 */
export function smallOrderPoints(): Point[] {
  const points: Point[] = [];
  const consider = (x: bigint, y: bigint): void => {
    const p: Point = [mod(x), mod(y)];
    if (!onCurve(p)) throw new Error('not on the curve');
    const [ix, iy] = times(p, 8);
    if (ix !== 0n || iy !== 1n) throw new Error('not of small order');
    if (!points.some(([a, b]) => a === p[0] && b === p[1])) points.push(p);
  };
  consider(0n, 1n);
  consider(0n, -1n);
  const i = sqrt(-1n) as bigint;
  consider(i, 0n);
  consider(-i, 0n);
  const root = sqrt(1n + D) as bigint;
  for (const s of [root, -root]) {
    const y2 = mod((s - 1n) * inverse(D));
    const y = sqrt(y2);
    if (y === undefined) continue;
    const x = sqrt(-y2) as bigint;
    for (const [sx, sy] of [
      [x, y],
      [-x, y],
      [x, -y],
      [-x, -y],
    ] as const)
      consider(sx, sy);
  }
  if (points.length !== 8) throw new Error(`expected 8 small-order points, found ${points.length}`);
  return points;
}

/**
 * Every 32-byte string that decodes (leniently: y taken mod p, any sign bit) to a small-order point: the
 * canonical encodings, the ones with the wrong sign bit for x = 0, and the non-canonical ones with y + p < 2^255.
 */
export function smallOrderEncodings(): Uint8Array[] {
  const out: Uint8Array[] = [];
  const ys = new Set(smallOrderPoints().map(([, y]) => y));
  for (const y of ys) {
    for (const value of [y, y + P]) {
      if (value >= 2n ** 255n) continue;
      out.push(encodeY(value, false), encodeY(value, true));
    }
  }
  return out;
}

/** Every non-canonical y encoding (p ≤ y < 2^255), with both sign bits. */
export function nonCanonicalEncodings(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let y = P; y < 2n ** 255n; y += 1n) out.push(encodeY(y, false), encodeY(y, true));
  return out;
}

/** An Ed25519 public JWK from raw bytes. */
export function okpJwk(x: Uint8Array): JWK {
  return { kty: 'OKP', crv: 'Ed25519', x: b64u(x) };
}

/** The neutral element, canonically encoded (y = 1). */
export const NEUTRAL = encodeY(1n, false);

/** An EdDSA token whose signature (R = neutral, S = 0) verifies under the neutral key for every payload. */
export function forgeNeutral(header: object, payload: object): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${neutralSignature()}`;
}

/** The base64url EdDSA signature (R = neutral, S = 0) that the neutral key accepts for every message. */
export function neutralSignature(): string {
  const signature = new Uint8Array(64);
  signature.set(NEUTRAL);
  return b64u(signature);
}

/** The 32 bytes of a little-endian integer below 2^256. */
export function littleEndian(value: bigint): Uint8Array {
  return encodeY(value & ((1n << 255n) - 1n), value >> 255n === 1n);
}

/**
 * The oracle for Ed25519 key admission, by the curve arithmetic above: a canonical y (< p), a point of the curve
 * whose multiple by 8 is not the identity. (RFC 8032 §5.1.3 decoding, except that small order is refused too.)
 */
export function admissibleEd25519(bytes: Uint8Array): boolean {
  let y = 0n;
  for (let i = 31; i >= 0; i -= 1) y = (y << 8n) | BigInt(bytes[i] as number);
  const sign = y >> 255n;
  y &= (1n << 255n) - 1n;
  if (y >= P) return false;
  const x2 = mod((y * y - 1n) * inverse(D * y * y + 1n));
  const root = sqrt(x2);
  if (root === undefined) return false;
  if (root === 0n && sign === 1n) return false;
  const point: Point = [root, y];
  const [ix, iy] = times(point, 8);
  return !(ix === 0n && iy === 1n);
}
