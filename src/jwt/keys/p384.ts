/** NIST P-384 field prime and curve coefficient b (SEC 2 §2.5.1); a = -3. */
const P = 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n;
const B = 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn;
const SIZE = 48;

/**
 * Decompresses a SEC 1 compressed P-384 point (0x02/0x03 ‖ 48-byte x) into its coordinates; undefined when the
 * prefix, the length or x is invalid or x is not on the curve.
 */
export function decompressP384(compressed: Uint8Array): { x: Uint8Array; y: Uint8Array } | undefined {
  if (compressed.length !== SIZE + 1) return undefined;
  const prefix = compressed[0];
  if (prefix !== 0x02 && prefix !== 0x03) return undefined;
  const xBytes = compressed.subarray(1);
  let x = 0n;
  for (const byte of xBytes) x = (x << 8n) | BigInt(byte);
  if (x >= P) return undefined;
  const rhs = mod(x * x * x - 3n * x + B);
  // P ≡ 3 (mod 4), so a square root is rhs^((P + 1) / 4) when one exists.
  let y = modPow(rhs, (P + 1n) / 4n);
  if (mod(y * y) !== rhs) return undefined;
  if ((y & 1n) !== BigInt(prefix & 1)) y = P - y;
  if (y === P) return undefined;
  const out = new Uint8Array(SIZE);
  for (let i = SIZE - 1; i >= 0; i -= 1) {
    out[i] = Number(y & 0xffn);
    y >>= 8n;
  }
  return { x: xBytes.slice(), y: out };
}

/** Compresses P-384 coordinates (48 bytes each) to SEC 1 form. */
export function compressP384(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(SIZE + 1);
  out[0] = ((y[SIZE - 1] as number) & 1) === 1 ? 0x03 : 0x02;
  out.set(x, 1);
  return out;
}

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
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
