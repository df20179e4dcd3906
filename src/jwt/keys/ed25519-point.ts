/**
 * Checks on Ed25519 public keys (RFC 8032 §5.1.3): the 32 bytes must be the canonical encoding of a point on the
 * curve, and that point must not have small order. A small-order key (one of the eight points of the torsion
 * subgroup) verifies signatures that no one made with a secret key, so no key of ours may be one.
 */

const P = 2n ** 255n - 19n;
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = modPow(2n, (P - 1n) / 4n);

/** Why an Ed25519 public key is refused, or undefined when it is acceptable. */
export function ed25519KeyProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length !== 32) return 'is not 32 bytes long';
  const last = bytes[31] as number;
  const sign = last >> 7;
  let y = 0n;
  for (let i = 31; i >= 0; i -= 1) y = (y << 8n) | BigInt(i === 31 ? last & 0x7f : (bytes[i] as number));
  if (y >= P) return 'is not a canonical encoding (y is not below 2^255 - 19)';
  const y2 = mod(y * y);
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  let x = mod(u * modPow(v, 3n) * modPow(mod(u * modPow(v, 7n)), (P - 5n) / 8n));
  const vx2 = mod(v * x * x);
  if (vx2 === mod(-u)) x = mod(x * SQRT_M1);
  else if (vx2 !== u) return 'is not a point on the curve';
  if (x === 0n && sign === 1) return 'is not a canonical encoding (negative zero x)';
  if ((x & 1n) !== BigInt(sign)) x = mod(-x);
  // A point has small order exactly when eight times it is the neutral element (0, 1).
  let point: readonly [bigint, bigint] = [x, y];
  for (let i = 0; i < 3; i += 1) point = double(point);
  if (point[0] === 0n && point[1] === 1n) return 'has small order';
  return undefined;
}

function double([x, y]: readonly [bigint, bigint]): readonly [bigint, bigint] {
  // Complete twisted Edwards addition with a = -1 (d is not a square, so no denominator is zero).
  const xy = mod(x * y);
  const t = mod(D * xy * xy);
  return [mod(2n * xy * inverse(mod(1n + t))), mod((y * y + x * x) * inverse(mod(1n - t)))];
}

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}

function inverse(a: bigint): bigint {
  return modPow(a, P - 2n);
}

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exponent;
  while (e > 0n) {
    if ((e & 1n) === 1n) result = mod(result * b);
    b = mod(b * b);
    e >>= 1n;
  }
  return result;
}
