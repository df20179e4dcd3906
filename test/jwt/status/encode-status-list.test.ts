import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url } from '../../../src/jwt/encoding/base64url.js';
import { decodeStatusList, encodeStatusList } from '../../../src/jwt/status/encode-status-list.js';
import {
  createStatusList,
  MIN_STATUS_LIST_ENTRIES,
  readEntry,
  writeEntry,
} from '../../../src/jwt/status/status-list.js';
import { b64u, expectCode } from '../fixtures.js';

const URL_R = 'https://uni.example/status/r1';

describe('encodeStatusList / decodeStatusList', () => {
  it('encodes as u + base64url(GZIP) that node:zlib reads back bit for bit', async () => {
    const list = createStatusList({ purpose: 'revocation', url: URL_R });
    const bits = list.bits.slice();
    writeEntry(bits, 0, 1, 1);
    writeEntry(bits, 131_071, 1, 1);
    const encoded = await encodeStatusList({ ...list, bits });
    expect(encoded.startsWith('u')).toBe(true);
    const raw = decodeBase64url(encoded.slice(1));
    expect(raw).toBeDefined();
    expect(new Uint8Array(gunzipSync(raw as Uint8Array))).toEqual(bits);
    expect(await decodeStatusList(encoded)).toEqual(bits);
  });

  it('decodes lists compressed by node:zlib (another GZIP writer)', async () => {
    const bits = new Uint8Array(16 * 1024);
    bits[5] = 0b0010_0000;
    const decoded = await decodeStatusList(`u${b64u(new Uint8Array(gzipSync(bits)))}`);
    expect(readEntry(decoded, 42, 1)).toBe(1);
  });

  it('stops inflating a decompression bomb at the cap', async () => {
    const bomb = `u${b64u(new Uint8Array(gzipSync(new Uint8Array(32 * 1024 * 1024))))}`;
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectCode(decodeStatusList(bomb), 'ERR_STATUS_UNAVAILABLE');
    await expectCode(decodeStatusList(bomb, { maxBytes: 1024 }), 'ERR_STATUS_UNAVAILABLE');
  });

  it('refuses a missing prefix, bad base64url and corrupt GZIP', async () => {
    const good = await encodeStatusList(createStatusList({ purpose: 'revocation', url: URL_R }));
    for (const value of [
      good.slice(1),
      `z${good.slice(1)}`,
      `${good}=`,
      'u',
      'u!!!!',
      `u${b64u('not gzip at all')}`,
      `${good.slice(0, 20)}`,
      5,
    ]) {
      await expectCode(decodeStatusList(value as string), 'ERR_STATUS_UNAVAILABLE');
    }
    await expect(decodeStatusList(good, { maxBytes: 0 })).rejects.toMatchObject({ code: 'ERR_OPTIONS_INVALID' });
  });

  it('refuses to encode a list below the minimum size', async () => {
    const list = createStatusList({ purpose: 'revocation', url: URL_R });
    await expect(encodeStatusList({ ...list, length: 8, bits: new Uint8Array(1) })).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
  });

  it('property: any bitstring of ≥ 131,072 entries of 1–8 bits survives encode then decode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 64 }),
        fc.integer(),
        async (size, extra, seed) => {
          const length = MIN_STATUS_LIST_ENTRIES + extra * 8;
          const list = createStatusList({
            purpose: size === 1 ? 'revocation' : 'message',
            url: URL_R,
            length,
            statusSize: size,
            ...(size === 1
              ? {}
              : {
                  statusMessages: Array.from({ length: 2 ** size }, (_, i) => ({
                    status: `0x${i.toString(16)}`,
                    message: String(i),
                  })),
                }),
          });
          const bits = list.bits.slice();
          let state = seed >>> 0;
          for (let k = 0; k < 200; k += 1) {
            state = (state * 1_103_515_245 + 12_345) >>> 0;
            writeEntry(bits, state % length, size, state % 2 ** size);
          }
          const decoded = await decodeStatusList(await encodeStatusList({ ...list, bits }));
          expect(decoded).toEqual(bits);
        },
      ),
      { numRuns: 20, seed: Number(process.env['FC_SEED'] ?? 7) },
    );
  });
});
