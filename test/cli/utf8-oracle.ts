import fc from 'fast-check';

/**
 * The oracle: a direct scan by the table of well-formed UTF-8 byte sequences (Unicode 15, Table 3-7).
 * Returns the offset of the first byte of the first ill-formed sequence, or undefined.
 */
export function firstIllFormed(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b <= 0x7f) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return undefined;
}

/** Byte strings near the boundary: arbitrary bytes, and valid UTF-8 with a byte changed, dropped or added. */
export const bytesNearUtf8 = fc.oneof(
  fc.uint8Array({ maxLength: 24 }),
  fc
    .tuple(fc.string({ unit: 'binary', maxLength: 12 }), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat(2))
    .map(([s, at, byte, op]) => {
      const valid = [...new TextEncoder().encode(s)];
      const i = valid.length === 0 ? 0 : at % valid.length;
      if (op === 0) valid[i] = byte;
      else if (op === 1) valid.splice(i, 1);
      else valid.splice(i, 0, byte);
      return Uint8Array.from(valid);
    }),
);
