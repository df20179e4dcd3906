/** The Ed25519 field prime 2^255 − 19 and curve constant d = −121665/121666 (RFC 8032 §5.1). */
const P = 2n ** 255n - 19n;
const D = 0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3n;

/**
 * The y-coordinates of the eight points of order dividing 8 (identity, order 2, two of order 4, four of order
 * 8). Each y stands for two points (±x), so five values cover all eight. The order-8 value is the one
 * published in the small-order lists of libsodium and of "Taming the many EdDSAs" (Chalkias et al., 2020).
 */
const SMALL_ORDER_Y: ReadonlySet<bigint> = new Set([
  0n,
  1n,
  P - 1n,
  0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n,
  P - 0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n,
]);

/**
 * Why a 32-byte Ed25519 public key must not be admitted, or undefined when it is a canonical encoding of a
 * curve point outside the small-order subgroup. Refused: any length other than 32; a y-coordinate ≥ p (a
 * non-canonical encoding, which some verifiers reduce and others refuse); a y that is no point of the curve;
 * and the eight points of small order in any encoding, sign bit set or not. With a small-order key the
 * signature (R = identity, S = 0) verifies for every message, so such a key proves nothing.
 */
export function ed25519KeyProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length !== 32) return 'an Ed25519 public key has 32 bytes';
  let y = 0n;
  for (let i = 31; i >= 0; i -= 1) y = (y << 8n) | BigInt(bytes[i] as number);
  y &= (1n << 255n) - 1n;
  if (y >= P) return 'the Ed25519 public key is not canonically encoded (y ≥ p)';
  if (SMALL_ORDER_Y.has(y)) return 'the Ed25519 public key is a point of small order';
  // x² = (y² − 1) / (d·y² + 1) must be a square (Euler's criterion), else y is no point of the curve.
  const y2 = mod(y * y);
  const x2 = mod((y2 - 1n) * power(mod(D * y2 + 1n), P - 2n));
  if (x2 !== 0n && power(x2, (P - 1n) / 2n) !== 1n) return 'the Ed25519 public key is not a point of the curve';
  return undefined;
}

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if ((e & 1n) === 1n) result = mod(result * b);
    b = mod(b * b);
  }
  return result;
}
