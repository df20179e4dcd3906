import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { bakeBadgeImage, extractBadgeImage } from '../../../src/interop/index.js';
import { readFixture } from '../../support/fixtures.js';
import { independentChunks, insertBeforeIend, itxtData, makePng, rawChunk } from './png-support.js';

const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL3VuaS5leGFtcGxlIn0.c2lnbmF0dXJl';
const OB3 = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  name: 'Data literacy <basics> ]]> & more',
};
const OB2 = {
  '@context': 'https://w3id.org/openbadges/v2',
  type: 'Assertion',
  id: 'https://uni.example/assertions/1',
};
const CLR = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiableCredential', 'ClrCredential'] };

/** Runs `f` and returns the typed error it throws (failing the test if it throws nothing or something else). */
function refusal(f: () => unknown): {
  code: string;
  path: readonly (string | number)[];
  params: Record<string, unknown>;
} {
  try {
    f();
  } catch (error) {
    if (isMicrocredError(error, 'ERR_VALIDATION') || isMicrocredError(error, 'ERR_INPUT_TOO_LARGE')) {
      const first = error.issues[0];
      return { code: error.code, path: first?.path ?? [], params: { ...first?.params, issue: first?.code } };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('PNG badges: bake then extract', () => {
  const cases = [
    ['OB 3.0 JWS', JWS, 'ob3', 'openbadgecredential', 'jws'],
    ['OB 3.0 JSON', OB3, 'ob3', 'openbadgecredential', 'json'],
    ['OB 2.0 assertion', OB2, 'ob2', 'openbadges', 'json'],
    ['CLR 2.0 JSON', CLR, 'clr2', 'clrcredential', 'json'],
  ] as const;
  for (const [label, credential, spec, keyword, kind] of cases) {
    it(`${label}: one uncompressed iTXt "${keyword}" before IEND, read back by an independent chunk reader`, () => {
      const original = makePng();
      const baked = bakeBadgeImage(original, credential) as Uint8Array;
      const { names, itxt } = independentChunks(baked);
      expect(names.at(0)).toBe('IHDR');
      expect(names.slice(-2)).toEqual(['iTXt', 'IEND']);
      expect(itxt).toHaveLength(1);
      expect(itxt[0]).toMatchObject({ keyword, compression: 0, method: 0, language: '', translated: '' });
      const text = itxt[0]?.text ?? '';
      expect(typeof credential === 'string' ? text : JSON.parse(text)).toEqual(credential);
      expect(extractBadgeImage(baked)).toEqual({ image: 'png', spec, kind, value: credential });
      // The pixels are untouched (decoded by fast-png, which inflates the IDAT data).
      expect(decode(baked).data).toEqual(decode(original).data);
    });
  }

  it('baking again replaces the credential chunk of any specification, leaving exactly one', () => {
    const once = bakeBadgeImage(makePng(), OB2) as Uint8Array;
    const twice = bakeBadgeImage(once, JWS) as Uint8Array;
    const { itxt } = independentChunks(twice);
    expect(itxt.map((c) => c.keyword)).toEqual(['openbadgecredential']);
    expect(extractBadgeImage(twice)).toEqual({ image: 'png', spec: 'ob3', kind: 'jws', value: JWS });
  });

  it('an explicit spec overrides the detection', () => {
    const baked = bakeBadgeImage(makePng(), OB3, { spec: 'clr2' }) as Uint8Array;
    expect(independentChunks(baked).itxt[0]?.keyword).toBe('clrcredential');
  });

  it('bakes into a real PNG from the 1EdTech validator test files (bKGD and pHYs kept in place)', () => {
    const heart = readFixture('badge-images/public_domain_heart.png');
    expect(extractBadgeImage(heart)).toBeUndefined();
    const baked = bakeBadgeImage(heart, JWS) as Uint8Array;
    expect(independentChunks(baked).names).toEqual(['IHDR', 'bKGD', 'pHYs', 'IDAT', 'iTXt', 'IEND']);
    expect(extractBadgeImage(baked)?.value).toBe(JWS);
    expect(decode(baked).data).toEqual(decode(heart).data);
  });

  it('reads a legacy OB 2.0 tEXt "openbadges" chunk holding a hosted assertion URL', () => {
    const png = makePng(2, 2, { openbadges: 'https://uni.example/assertions/7' });
    expect(extractBadgeImage(png)).toEqual({
      image: 'png',
      spec: 'ob2',
      kind: 'url',
      value: 'https://uni.example/assertions/7',
    });
  });

  it('ignores other text chunks', () => {
    expect(extractBadgeImage(makePng(2, 2, { Comment: 'made by hand' }))).toBeUndefined();
  });
});

describe('PNG badges: hostile images are refused with a typed error', () => {
  it('wrong signature', () => {
    const png = makePng();
    png[1] = 0x51;
    expect(() => extractBadgeImage(png)).toThrow(/not a PNG signature|neither a PNG/);
  });

  it('a bad CRC names the chunk and the offset', () => {
    const png = makePng();
    png[16] = (png[16] as number) ^ 1; // inside IHDR's data
    const e = refusal(() => extractBadgeImage(png));
    expect(e).toMatchObject({ code: 'ERR_VALIDATION', path: ['png', 'chunks', 0, 'crc'], params: { offset: 29 } });
  });

  it('a chunk length beyond the end of the file', () => {
    const png = makePng();
    new DataView(png.buffer).setUint32(8, 0x7ffffff0);
    expect(refusal(() => extractBadgeImage(png))).toMatchObject({ path: ['png', 'chunks', 0, 'length'] });
  });

  it('a length over 2^31 - 1', () => {
    const png = makePng();
    new DataView(png.buffer).setUint32(8, 0x80000000);
    expect(refusal(() => extractBadgeImage(png)).params['reason']).toMatch(/2\^31/);
  });

  it('truncated: no IEND', () => {
    const png = makePng();
    expect(refusal(() => extractBadgeImage(png.subarray(0, png.length - 12))).params['reason']).toMatch(/truncated/);
  });

  it('bytes after IEND', () => {
    const png = makePng();
    const longer = new Uint8Array(png.length + 1);
    longer.set(png);
    expect(refusal(() => extractBadgeImage(longer)).path).toEqual(['png', 'trailing']);
  });

  it('thousands of chunks pass the cap (default 4,096; configurable)', async () => {
    const filler = await rawChunk('tEXt', new TextEncoder().encode('a\0b'));
    const many = insertBeforeIend(makePng(), ...Array.from({ length: 5000 }, () => filler));
    expect(refusal(() => extractBadgeImage(many))).toMatchObject({
      params: { issue: 'too_many_items', maximum: 4096 },
    });
    const few = insertBeforeIend(makePng(), filler, filler);
    expect(refusal(() => extractBadgeImage(few, { maxChunks: 4 }))).toMatchObject({ params: { maximum: 4 } });
    expect(extractBadgeImage(few, { maxChunks: 5 })).toBeUndefined();
  });

  it('a compressed iTXt credential (flag 1) is refused: OB 3.0 and OB 2.0 forbid compression', async () => {
    const png = insertBeforeIend(makePng(), await rawChunk('iTXt', itxtData('openbadgecredential', JWS, 1)));
    expect(refusal(() => extractBadgeImage(png)).params['reason']).toMatch(/compressed iTXt/);
  });

  it('a zTXt credential chunk is refused', async () => {
    const data = new Uint8Array([...new TextEncoder().encode('openbadges'), 0, 0, 0x78, 0x9c]);
    const png = insertBeforeIend(makePng(), await rawChunk('zTXt', data));
    expect(refusal(() => extractBadgeImage(png)).params['reason']).toMatch(/zTXt/);
  });

  it('an OB 3.0 credential in tEXt (it must be iTXt)', async () => {
    const data = new TextEncoder().encode(`openbadgecredential\0${JWS}`);
    const png = insertBeforeIend(makePng(), await rawChunk('tEXt', data));
    expect(refusal(() => extractBadgeImage(png)).params['reason']).toMatch(/must be iTXt/);
  });

  it('two credential chunks are ambiguous, whatever their keywords', async () => {
    const a = await rawChunk('iTXt', itxtData('openbadgecredential', JWS));
    const b = await rawChunk('iTXt', itxtData('openbadges', JSON.stringify(OB2)));
    const e = refusal(() => extractBadgeImage(insertBeforeIend(makePng(), a, b)));
    expect(e).toMatchObject({ path: ['png', 'chunks', 3], params: { issue: 'invalid_combination' } });
    expect(() => extractBadgeImage(insertBeforeIend(makePng(), a, a))).toThrow(/second credential chunk/);
  });

  it('iTXt text that is not UTF-8, and a value that is neither JWS nor JSON', async () => {
    const bad = itxtData('openbadgecredential', 'x');
    bad[bad.length - 1] = 0xff;
    const badChunk = await rawChunk('iTXt', bad);
    expect(() => extractBadgeImage(insertBeforeIend(makePng(), badChunk))).toThrow(/not UTF-8/);
    const url = await rawChunk('iTXt', itxtData('openbadgecredential', 'https://uni.example/c/1'));
    expect(() => extractBadgeImage(insertBeforeIend(makePng(), url))).toThrow(
      /neither a compact JWS nor a JSON object/,
    );
  });

  it('embedded JSON with a repeated member name is refused', async () => {
    const dup = await rawChunk('iTXt', itxtData('openbadgecredential', '{"type":"a","type":"b"}'));
    expect(refusal(() => extractBadgeImage(insertBeforeIend(makePng(), dup))).params['issue']).toBe('invalid_json');
  });

  it('size limits apply before parsing: a 50 MB file, and a configurable cap', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    expect(refusal(() => extractBadgeImage(big))).toMatchObject({
      code: 'ERR_INPUT_TOO_LARGE',
      params: { maximum: 10 * 1024 * 1024 },
    });
    expect(refusal(() => extractBadgeImage(makePng(), { maxBytes: 20 })).code).toBe('ERR_INPUT_TOO_LARGE');
    expect(refusal(() => bakeBadgeImage(big, JWS)).code).toBe('ERR_INPUT_TOO_LARGE');
  });

  it('bad options and bad credentials', () => {
    expect(() => extractBadgeImage(makePng(), { maxBytes: 0 })).toThrow(/maxBytes/);
    expect(() => extractBadgeImage(makePng(), { other: 1 } as never)).toThrow(/not an option/);
    expect(() => bakeBadgeImage(makePng(), JWS, { spec: 'ob4' as never })).toThrow(/options.spec/);
    expect(refusal(() => bakeBadgeImage(makePng(), 'not a jws')).path).toEqual(['credential']);
    expect(() => extractBadgeImage(42 as never)).toThrow(/Expected Uint8Array or string/);
  });
});
