import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS } from '../../../src/internal/input-limits.js';
import { prescan } from '../../../src/internal/prescan.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { signCredential, VC_PAYLOAD_MARGIN } from '../../../src/jwt/sign/sign-credential.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { completeExample } from '../../support/examples.js';
import { expectCode, keyFor, NOW, segmentJson } from '../fixtures.js';

/**
 * signCredential pre-scans the credential once, with the verifier's limits less the envelope's margin, and
 * then skips the pre-scan of the payload it builds. These cases sit at the edges of that margin: what the fast
 * path accepts must give a payload the verifier's default limits accept, and what lies beyond it must still
 * be refused exactly as before.
 */

type Json = Record<string, unknown>;

/** After the example credential's validFrom (30 June 2025). */
const LATER = new Date('2025-07-15T00:00:00Z');

/** The complete example with a kept extension value whose deepest array sits at `depth` (the root is 1). */
function deepCredential(depth: number): Json {
  let value: unknown = 1;
  for (let level = 3; level <= depth; level += 1) value = [value];
  return { ...completeExample(), extensions: { 'vc2:/deep': value } };
}

/** The complete example padded with kept strings (each within the string limit) to a pre-scan size of `bytes`. */
function bigCredential(bytes: number): Json {
  const chunk = 60_000;
  const pad = (strings: string[]): Json => ({ ...completeExample(), extensions: { 'vc2:/pad': strings } });
  const strings: string[] = [];
  // Each string adds its length and its quotes, and one for its place in the array.
  let missing = bytes - approximateBytes(pad(['']));
  while (missing > chunk + 3) {
    strings.push('x'.repeat(chunk));
    missing -= chunk + 3;
  }
  strings.push('x'.repeat(missing));
  return pad(strings);
}

/** The size the pre-scan counts, found by asking it for a limit just below and just above. */
function approximateBytes(value: unknown): number {
  let low = 1;
  let high = 4 * 1024 * 1024;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const fits = prescan(value, { ...DEFAULT_INPUT_LIMITS, maxBytes: mid }).tooLarge === undefined;
    if (fits) high = mid;
    else low = mid + 1;
  }
  return low;
}

async function signAndVerify(mc: Json, format: 'vc-jose-cose' | 'vc11-jwt'): Promise<void> {
  const key = await keyFor('EdDSA');
  const issuer = (mc['issuer'] as Json)['id'] as string;
  const token = await signCredential(mc as unknown as MicroCredential, key, { format, now: NOW });
  expect(prescan(segmentJson(token, 1), DEFAULT_INPUT_LIMITS)).toEqual({ tooLarge: undefined, issues: [] });
  const verified = await verifyCredential(token, staticKeyResolver({ [issuer]: key.publicJwk }), {
    now: LATER,
    status: false,
    maxTokenBytes: 4 * 1024 * 1024,
  });
  expect(verified.credential.title).toEqual(mc['title']);
}

describe('signCredential at the edges of the envelope margin', () => {
  it('leaves two levels, 256 values and 16 KiB of the default limits for the envelope', () => {
    expect(VC_PAYLOAD_MARGIN.maxDepth).toBe(DEFAULT_INPUT_LIMITS.maxDepth - 2);
    expect(VC_PAYLOAD_MARGIN.maxNodes).toBe(DEFAULT_INPUT_LIMITS.maxNodes - 256);
    expect(VC_PAYLOAD_MARGIN.maxBytes).toBe(DEFAULT_INPUT_LIMITS.maxBytes - 16 * 1024);
  });

  it.each(['vc-jose-cose', 'vc11-jwt'] as const)(
    '%s: the deepest credential the fast path takes signs and verifies',
    async (format) => {
      const mc = deepCredential(VC_PAYLOAD_MARGIN.maxDepth);
      expect(prescan(mc, VC_PAYLOAD_MARGIN).tooLarge).toBeUndefined();
      await signAndVerify(mc, format);
    },
  );

  it('one level deeper takes the full path: VC 2.0 still fits the verifier, VC-JWT 1.1 is refused as before', async () => {
    const mc = deepCredential(VC_PAYLOAD_MARGIN.maxDepth + 1);
    expect(prescan(mc, VC_PAYLOAD_MARGIN).tooLarge?.code).toBe('too_deep');
    await signAndVerify(mc, 'vc-jose-cose');
    await expectCode(
      signCredential(mc as unknown as MicroCredential, await keyFor('EdDSA'), { format: 'vc11-jwt', now: NOW }),
      'ERR_INPUT_TOO_LARGE',
    );
  });

  it.each(['vc-jose-cose', 'vc11-jwt'] as const)(
    '%s: the largest credential the fast path takes gives a payload within the default size',
    async (format) => {
      const mc = bigCredential(VC_PAYLOAD_MARGIN.maxBytes);
      expect(approximateBytes(mc)).toBe(VC_PAYLOAD_MARGIN.maxBytes);
      await signAndVerify(mc, format);
    },
  );
});
