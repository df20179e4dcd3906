/** A NIST prime curve y² = x³ − 3x + b over GF(p) with p ≡ 3 (mod 4), and its coordinate size in bytes. */
export interface NistCurve {
  readonly p: bigint;
  readonly b: bigint;
  readonly size: number;
}

/** NIST P-256 (SEC 2 §2.4.2). */
export const P256: NistCurve = {
  p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
  b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  size: 32,
};

/** NIST P-384 (SEC 2 §2.5.1). */
export const P384: NistCurve = {
  p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
  b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  size: 48,
};

/**
 * Decompresses a SEC 1 compressed point (`0x02`/`0x03` ‖ x) of the curve into its affine coordinates, checking
 * the length, the prefix, that x is a field element and that the point is on the curve. Returns undefined for
 * anything else.
 */
export function decompressPoint(
  curve: NistCurve,
  compressed: Uint8Array,
): { x: Uint8Array; y: Uint8Array } | undefined {
  const { p, b, size } = curve;
  if (compressed.length !== size + 1) return undefined;
  const prefix = compressed[0];
  if (prefix !== 0x02 && prefix !== 0x03) return undefined;
  const xBytes = compressed.subarray(1);
  let x = 0n;
  for (const byte of xBytes) x = (x << 8n) | BigInt(byte);
  if (x >= p) return undefined;
  const rhs = mod(x * x * x - 3n * x + b, p);
  // p ≡ 3 (mod 4), so a square root is rhs^((p + 1) / 4) when one exists.
  let y = modPow(rhs, (p + 1n) / 4n, p);
  if (mod(y * y, p) !== rhs) return undefined;
  if ((y & 1n) !== BigInt(prefix & 1)) y = p - y;
  if (y === p) return undefined;
  const out = new Uint8Array(size);
  for (let i = size - 1; i >= 0; i -= 1) {
    out[i] = Number(y & 0xffn);
    y >>= 8n;
  }
  return { x: xBytes.slice(), y: out };
}

/** Compresses affine coordinates of the curve (`size` bytes each) into the SEC 1 form. */
export function compressPoint(curve: NistCurve, x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(curve.size + 1);
  out[0] = ((y[curve.size - 1] as number) & 1) === 1 ? 0x03 : 0x02;
  out.set(x, 1);
  return out;
}

function mod(a: bigint, p: bigint): bigint {
  const r = a % p;
  return r < 0n ? r + p : r;
}

function modPow(base: bigint, exponent: bigint, p: bigint): bigint {
  let result = 1n;
  let b = mod(base, p);
  let e = exponent;
  while (e > 0n) {
    if ((e & 1n) === 1n) result = mod(result * b, p);
    b = mod(b * b, p);
    e >>= 1n;
  }
  return result;
}
