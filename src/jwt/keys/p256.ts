/** The NIST P-256 field prime and curve coefficient b (a = −3), SEC 2 §2.4.2. */
const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

/**
 * Decompresses a 33-byte SEC1 compressed P-256 point (`0x02`/`0x03` ‖ x) into its affine coordinates, checking
 * that x is a field element and that the point is on the curve. Returns undefined for anything else.
 */
export function decompressP256(compressed: Uint8Array): { x: Uint8Array; y: Uint8Array } | undefined {
  if (compressed.length !== 33) return undefined;
  const prefix = compressed[0];
  if (prefix !== 0x02 && prefix !== 0x03) return undefined;
  const xBytes = compressed.subarray(1);
  const x = toBigInt(xBytes);
  if (x >= P) return undefined;
  const rhs = mod(x * x * x - 3n * x + B);
  // P ≡ 3 (mod 4), so a square root is rhs^((P + 1) / 4) when one exists.
  let y = modPow(rhs, (P + 1n) / 4n);
  if (mod(y * y) !== rhs) return undefined;
  if ((y & 1n) !== BigInt(prefix & 1)) y = P - y;
  if (y === P) return undefined;
  return { x: xBytes.slice(), y: fromBigInt(y) };
}

/** Compresses affine P-256 coordinates (32 bytes each) into the 33-byte SEC1 form. */
export function compressP256(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(33);
  out[0] = ((y[31] as number) & 1) === 1 ? 0x03 : 0x02;
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

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n;
}

function fromBigInt(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let v = n;
  for (let i = 31; i >= 0; i -= 1) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}
