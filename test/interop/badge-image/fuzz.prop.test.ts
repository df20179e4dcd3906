import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { bakeBadgeImage, extractBadgeImage } from '../../../src/interop/index.js';
import { makePng } from './png-support.js';

const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL3VuaS5leGFtcGxlIn0.c2lnbmF0dXJl';

/** Extraction either succeeds or throws a typed input error: never another exception, never a hang. */
function outcome(image: Uint8Array | string): 'refused' | ReturnType<typeof extractBadgeImage> {
  try {
    return extractBadgeImage(image);
  } catch (error) {
    if (isMicrocredError(error, 'ERR_VALIDATION') || isMicrocredError(error, 'ERR_INPUT_TOO_LARGE')) {
      expect(error.issues.length).toBeGreaterThan(0);
      return 'refused';
    }
    throw error;
  }
}

const basePng = bakeBadgeImage(makePng(4, 4), JWS) as Uint8Array;
const expected = extractBadgeImage(basePng);

describe('badge image extraction under fuzzing', () => {
  it('random bytes (and random bytes after a PNG signature) give a typed refusal or nothing', () => {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, signed) => {
        const image = signed ? Uint8Array.from([...signature, ...bytes]) : bytes;
        expect(outcome(image) === 'refused' || outcome(image) === undefined).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a baked PNG with flipped bytes, truncated, or a changed chunk length: refused, or the original credential', () => {
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(basePng.length - 1),
        bits: fc.integer({ min: 1, max: 255 }),
      }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(basePng.length - 1) }),
      fc.record({ kind: fc.constant('length' as const), chunk: fc.nat(4), value: fc.nat() }),
    );
    fc.assert(
      fc.property(mutation, (m) => {
        let png = Uint8Array.from(basePng);
        if (m.kind === 'flip') png[m.at] = (png[m.at] as number) ^ m.bits;
        else if (m.kind === 'truncate') png = png.subarray(0, m.at);
        else {
          // Walk to the m.chunk-th chunk with an independent reading of the lengths, then overwrite its length.
          let at = 8;
          for (let i = 0; i < m.chunk && at + 8 <= png.length; i += 1)
            at += 12 + new DataView(png.buffer).getUint32(at);
          if (at + 4 <= png.length) new DataView(png.buffer).setUint32(at, m.value);
        }
        const result = outcome(png);
        if (result !== 'refused') expect(result).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('random text wrapped around or inside an SVG credential element: refused, nothing, or a well-formed result', () => {
    const ns = 'xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"';
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const svg = `<svg ${ns}>${a}<openbadges:credential verify="${JWS}"/>${b}</svg>`;
        const result = outcome(svg);
        if (result !== 'refused' && result !== undefined) expect(result.image).toBe('svg');
      }),
      { numRuns: 400 },
    );
  });

  it('bake then extract gives back any JSON credential object (PNG and SVG)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>';
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }), (doc) => {
        const credential = JSON.parse(JSON.stringify({ type: ['VerifiableCredential'], ...doc, id: 'urn:x' }));
        expect(extractBadgeImage(bakeBadgeImage(makePng(), credential))?.value).toEqual(credential);
        expect(extractBadgeImage(bakeBadgeImage(svg, credential))?.value).toEqual(credential);
      }),
      { numRuns: 150 },
    );
  });
});
