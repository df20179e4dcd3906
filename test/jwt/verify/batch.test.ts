import { describe, expect, it } from 'vitest';
import type { KeyResolver } from '../../../src/jwt/resolvers/types.js';
import { batchSettings, runBatch, shareResolver } from '../../../src/jwt/verify/batch.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { NOW } from '../fixtures.js';
import { tokenFor, trustingResolver } from '../tokens.js';

describe('runBatch', () => {
  it('returns one result per token in input order; one bad token never fails the batch', async () => {
    const good = await tokenFor('vc-jose-cose');
    const tokens: unknown[] = [good, 'garbage', good.slice(0, -2), 42, good];
    const options = { now: NOW, status: false as const };
    const resolver = await trustingResolver();
    const progress: number[] = [];
    const results = await runBatch(tokens, (t) => verifyCredentialDocument(t, resolver, options), {
      concurrency: 2,
      onProgress: (p) => {
        progress.push(p.done);
        if (p.done === 2) throw new Error('a broken progress callback');
      },
    });
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false, false, true]);
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'ERR_JWT_INVALID' } });
    expect(results[3]).toMatchObject({ ok: false, error: { code: 'ERR_JWT_INVALID' } });
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(await runBatch([], async () => 1, batchSettings({}))).toEqual([]);
  });

  it('maps an unexpected exception of the verify function to a typed result', async () => {
    const results = await runBatch(
      ['x'],
      async () => {
        throw new TypeError('boom');
      },
      batchSettings({}),
    );
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'ERR_JWT_INVALID' } });
  });

  it('validates batch settings', async () => {
    for (const bad of [{ concurrency: 0 }, { concurrency: 257 }, { concurrency: 1.5 }, { onProgress: 5 }]) {
      expect(() => batchSettings(bad as never)).toThrow(expect.objectContaining({ code: 'ERR_OPTIONS_INVALID' }));
    }
    await expect(runBatch('x' as never, async () => 1, batchSettings({}))).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
  });
});

describe('shareResolver', () => {
  it('resolves each issuer, kid and algorithm once per batch, keeping handles', async () => {
    const inner = await trustingResolver();
    let calls = 0;
    const counting: KeyResolver = Object.assign(
      async (r: Parameters<KeyResolver>[0]) => {
        calls += 1;
        return inner(r);
      },
      { handles: () => true },
    );
    const shared = shareResolver(counting) as KeyResolver;
    expect(shared.handles?.('x')).toBe(true);
    const token = await tokenFor('vc-jose-cose');
    const options = { now: NOW, status: false as const };
    await runBatch(
      Array.from({ length: 20 }, () => token),
      (t) => verifyCredentialDocument(t, shared, options),
      batchSettings({ concurrency: 5 }),
    );
    expect(calls).toBe(1);
    const plain: KeyResolver = async (r) => inner(r);
    expect((shareResolver(plain) as KeyResolver).handles).toBeUndefined();
    const key = { kty: 'OKP' };
    expect(shareResolver(key as never)).toBe(key);
  });
});
