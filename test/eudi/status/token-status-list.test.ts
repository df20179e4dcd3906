import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createTokenStatusList,
  decodeTokenStatusList,
  encodeTokenStatusList,
  getTokenStatus,
  setTokenStatus,
  TOKEN_STATUS,
} from '../../../src/eudi/index.js';
import { APPENDIX_C, type DraftVector, SECTION_4 } from './draft-vectors.js';

const invalid = expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' });
const unavailable = (path: string[]) => expect.objectContaining({ code: 'ERR_STATUS_UNAVAILABLE', path });

/** Counts the entries of each value by reading every index. */
function histogram(list: Awaited<ReturnType<typeof decodeTokenStatusList>>): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < list.length; i += 1) {
    const v = getTokenStatus(list, i);
    if (v !== 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

describe('the draft’s examples and test vectors', () => {
  it.each(SECTION_4)(
    '$name: decodes to the draft’s bytes and statuses, and writing the statuses gives them back',
    async (v) => {
      const decoded = await decodeTokenStatusList({ bits: v.bits, lst: v.lst });
      expect([...decoded.bytes]).toEqual(v.bytes);
      expect(decoded.length).toBe(v.length);
      let built = createTokenStatusList({ length: v.length, bits: v.bits });
      for (let i = 0; i < v.length; i += 1) {
        expect(getTokenStatus(decoded, i)).toBe(v.statuses[i] ?? 0);
        built = setTokenStatus(built, i, v.statuses[i] ?? 0);
      }
      // Least significant bits first: the draft's own figure is the oracle for the write side.
      expect([...built.bytes]).toEqual(v.bytes);
      const again = await decodeTokenStatusList(await encodeTokenStatusList(built));
      expect(again).toEqual(decoded);
    },
  );

  it.each(APPENDIX_C)('Appendix $name: every listed entry, and nothing else set', async (v: DraftVector) => {
    const list = await decodeTokenStatusList({ bits: v.bits, lst: v.lst });
    expect(list.length).toBe(v.length);
    for (const [i, value] of Object.entries(v.statuses)) expect(getTokenStatus(list, Number(i))).toBe(value);
    const counts = histogram(list);
    if (v.sampled === true) {
      // C.4 gives each of the 256 values to exactly one index; value 0 is indistinguishable from unset.
      expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 255 }, (_, i) => i + 1));
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
    } else {
      const expected = new Map<number, number>();
      for (const value of Object.values(v.statuses)) expected.set(value, (expected.get(value) ?? 0) + 1);
      expect(counts).toEqual(expected);
    }
  });
});

describe('createTokenStatusList, getTokenStatus, setTokenStatus', () => {
  it('creates an all-VALID list of whole bytes', () => {
    expect(createTokenStatusList()).toMatchObject({ bits: 1, length: 131_072 });
    const list = createTokenStatusList({ length: 5, bits: 4 });
    expect(list.bytes).toEqual(new Uint8Array(3));
    expect(getTokenStatus(list, 4)).toBe(TOKEN_STATUS.VALID);
  });

  it('sets values without touching neighbours, returns the same list when nothing changes, keeps INVALID final', () => {
    const list = createTokenStatusList({ length: 8, bits: 2 });
    const suspended = setTokenStatus(list, 5, TOKEN_STATUS.SUSPENDED);
    expect(list.bytes).toEqual(new Uint8Array(2));
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => getTokenStatus(suspended, i))).toEqual([0, 0, 0, 0, 0, 2, 0, 0]);
    expect(setTokenStatus(suspended, 5, 2)).toBe(suspended);
    const lifted = setTokenStatus(suspended, 5, TOKEN_STATUS.VALID);
    expect(getTokenStatus(lifted, 5)).toBe(0);
    const revoked = setTokenStatus(lifted, 5, TOKEN_STATUS.INVALID);
    expect(() => setTokenStatus(revoked, 5, TOKEN_STATUS.VALID)).toThrow(invalid);
    expect(() => setTokenStatus(revoked, 5, TOKEN_STATUS.SUSPENDED)).toThrow(invalid);
  });

  it('refuses bad bits, lengths, indexes, values and lists', () => {
    for (const options of [{ bits: 3 }, { bits: 16 }, { length: 0 }, { length: 1.5 }, { length: 2 ** 31, bits: 1 }]) {
      expect(() => createTokenStatusList(options as never)).toThrow(invalid);
    }
    const list = createTokenStatusList({ length: 4, bits: 1 });
    for (const idx of [-1, 4, 1.5, Number.NaN]) {
      expect(() => getTokenStatus(list, idx)).toThrow(invalid);
      expect(() => setTokenStatus(list, idx, 1)).toThrow(invalid);
    }
    for (const value of [-1, 2, 0.5]) expect(() => setTokenStatus(list, 0, value)).toThrow(invalid);
    expect(() => getTokenStatus({ bits: 1, length: 100, bytes: new Uint8Array(1) }, 50)).toThrow(invalid);
    expect(() => getTokenStatus({ bits: 3, length: 1, bytes: new Uint8Array(1) } as never, 0)).toThrow(invalid);
  });
});

describe('decodeTokenStatusList refuses malformed claims with a typed code and path', () => {
  it('bits, lst, aggregation_uri', async () => {
    const lst = 'eNrbuRgAAhcBXQ';
    await expect(decodeTokenStatusList('x')).rejects.toThrow(unavailable(['status_list']));
    for (const bits of [0, 3, '1', 16, undefined]) {
      await expect(decodeTokenStatusList({ bits, lst })).rejects.toThrow(unavailable(['status_list', 'bits']));
    }
    for (const bad of [undefined, 7, '', 'eNrbuRgAAhcBXQ==', 'eNrb+RgAAhcBXQ', 'eNrbuRgAAhcBXR', 'eNrbuRg AAhcBXQ']) {
      await expect(decodeTokenStatusList({ bits: 1, lst: bad })).rejects.toThrow(unavailable(['status_list', 'lst']));
    }
    await expect(decodeTokenStatusList({ bits: 1, lst, aggregation_uri: 5 })).rejects.toThrow(
      unavailable(['status_list', 'aggregation_uri']),
    );
    const withExtras = await decodeTokenStatusList({ bits: 1, lst, aggregation_uri: 'https://uni.example/agg', x: 1 });
    expect(withExtras.length).toBe(16);
  });

  it('garbage, GZIP instead of ZLIB, truncated data, and a decompression bomb', async () => {
    const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
    const data = new Uint8Array([0xb9, 0xa3]);
    for (const bytes of [new Uint8Array([1, 2, 3, 4]), gzipSync(data), deflateSync(data).subarray(0, 6)]) {
      await expect(decodeTokenStatusList({ bits: 1, lst: b64(bytes) })).rejects.toThrow(
        unavailable(['status_list', 'lst']),
      );
    }
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    await expect(decodeTokenStatusList({ bits: 1, lst: b64(bomb) }, { maxBytes: 1024 * 1024 })).rejects.toThrow(
      expect.objectContaining({ code: 'ERR_INPUT_TOO_LARGE', path: ['status_list', 'lst'] }),
    );
    await expect(decodeTokenStatusList({ bits: 1, lst: 'eNrbuRgAAhcBXQ' }, { maxBytes: 0 })).rejects.toThrow(invalid);
  });
});
