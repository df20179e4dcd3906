import { describe, expect, it } from 'vitest';
import { MICROCRED_CLAIM, verifyEudiPresentation } from '../../../src/eudi/index.js';
import { DEFAULT_INPUT_LIMITS, isMicrocredError } from '../../../src/index.js';
import { didJwkResolver } from '../../../src/jwt/index.js';
import { b64u, expectCode } from '../../jwt/fixtures.js';
import { decodePart, digestOf, issuedParts, reissueWith, signPresentation } from '../forge.js';
import { NOW } from '../support.js';

const SALT = '"c2FsdHNhbHRzYWx0c2FsdA"';
const verify = (presentation: string, limits?: Record<string, number>) =>
  verifyEudiPresentation(presentation, didJwkResolver(), { now: NOW, ...(limits === undefined ? {} : { limits }) });
const nested = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;

/** The error a presentation fails with (or undefined when it verifies). */
async function failure(presentation: Promise<unknown>): Promise<Record<string, unknown> | undefined> {
  return presentation.then(
    () => undefined,
    (e: unknown) => {
      if (!isMicrocredError(e)) throw new Error(`not a MicrocredError: ${String(e)}`);
      return e as unknown as Record<string, unknown>;
    },
  );
}

/** Re-signs the issued payload with one more top-level claim, given as raw JSON text. */
async function withPayloadClaim(name: string, json: string): Promise<string> {
  const { jwt, disclosures } = await issuedParts();
  const [header, payload] = jwt.split('.') as [string, string];
  const text = JSON.stringify(decodePart(payload));
  return signPresentation(
    decodePart(header) as Record<string, unknown>,
    `${text.slice(0, -1)},${JSON.stringify(name)}:${json}}`,
    disclosures,
  );
}

describe('verifyEudiPresentation applies the JWT input limits to every part', () => {
  // The microcred claim's grade sits at depth 3 of the rebuilt claims (claims → microcred claim → grade), so
  // n nested arrays there reach depth n + 2.
  it('accepts a disclosed value that reaches the depth limit exactly, refuses one level more', async () => {
    const limit = DEFAULT_INPUT_LIMITS.maxDepth;
    const atLimit = await verify(await reissueWith('grade', `[${SALT},"grade",${nested(limit - 2)}]`));
    expect(atLimit.claims[MICROCRED_CLAIM]).toHaveProperty('grade');
    const over = await expectCode(
      verify(await reissueWith('grade', `[${SALT},"grade",${nested(limit - 1)}]`)),
      'ERR_INPUT_TOO_LARGE',
    );
    expect((over['path'] as unknown[]).slice(0, 2)).toEqual([MICROCRED_CLAIM, 'grade']);
  });

  for (const depth of [1_000, 10_000, 100_000]) {
    it(`refuses a disclosure nested ${depth} deep with ERR_INPUT_TOO_LARGE at the disclosure`, async () => {
      const error = await expectCode(
        verify(await reissueWith('grade', `[${SALT},"grade",${nested(depth)}]`)),
        'ERR_INPUT_TOO_LARGE',
      );
      expect((error['path'] as unknown[]).slice(0, 1)).toEqual(['disclosures']);
      expect(error['issues']).toEqual([expect.objectContaining({ code: 'too_deep' })]);
    });

    it(`refuses an issuer payload nested ${depth} deep before resolving any key`, async () => {
      let resolved = 0;
      const counting = async (req: Parameters<ReturnType<typeof didJwkResolver>>[0]) => {
        resolved += 1;
        return didJwkResolver()(req);
      };
      const presentation = await withPayloadClaim('deep', nested(depth));
      const error = await expectCode(
        verifyEudiPresentation(presentation, counting, { now: NOW }),
        'ERR_INPUT_TOO_LARGE',
      );
      expect((error['path'] as unknown[]).slice(0, 2)).toEqual(['payload', 'deep']);
      expect(resolved).toBe(0);
    });
  }

  it('bounds the rebuilt claims too: shallow disclosures that nest each other past the limit are refused', async () => {
    // 80 disclosures, each an object holding the digest of the next: every part is shallow, the whole is not.
    const texts: string[] = [];
    let inner = '"bottom"';
    for (let k = 0; k < 80; k += 1) {
      const text = b64u(`[${SALT},"n",${inner}]`);
      texts.push(text);
      inner = `{"_sd":[${JSON.stringify(await digestOf(text))}]}`;
    }
    const { jwt, disclosures } = await issuedParts();
    const [header, payload] = jwt.split('.') as [string, string];
    const text = JSON.stringify(decodePart(payload));
    const presentation = await signPresentation(
      decodePart(header) as Record<string, unknown>,
      `${text.slice(0, -1)},"chain":${inner}}`,
      [...disclosures, ...texts],
    );
    const error = await expectCode(verify(presentation), 'ERR_INPUT_TOO_LARGE');
    expect((error['path'] as unknown[])[0]).toBe('chain');
    expect((error['path'] as unknown[]).length).toBe(DEFAULT_INPUT_LIMITS.maxDepth);
  });

  it('refuses too many members, too many items and too long strings in a disclosure', async () => {
    const members = `{${Array.from({ length: DEFAULT_INPUT_LIMITS.maxKeys + 1 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const items = `[${Array.from({ length: DEFAULT_INPUT_LIMITS.maxItems + 1 }, () => '0').join(',')}]`;
    const long = JSON.stringify('x'.repeat(DEFAULT_INPUT_LIMITS.maxStringLength + 1));
    const expected = { [members]: 'too_many_keys', [items]: 'too_many_items', [long]: 'string_too_long' };
    for (const [value, code] of Object.entries(expected)) {
      const error = await expectCode(
        verify(await reissueWith('grade', `[${SALT},"grade",${value}]`)),
        'ERR_INPUT_TOO_LARGE',
      );
      expect(error['issues']).toEqual([expect.objectContaining({ code })]);
    }
  });

  it('refuses prototype keys and lone surrogates in a disclosure with ERR_VALIDATION and the path', async () => {
    const proto = await failure(verify(await reissueWith('grade', `[${SALT},"grade",{"__proto__":{"x":1}}]`)));
    expect(proto?.['code']).toBe('ERR_VALIDATION');
    expect(proto?.['path']).toEqual(['disclosures', expect.any(Number), 2, '__proto__']);
    const surrogate = await failure(verify(await reissueWith('grade', `[${SALT},"grade","\\ud800"]`)));
    expect(surrogate?.['code']).toBe('ERR_VALIDATION');
  });

  it('takes the limits from the options, validated like the JWT verifier', async () => {
    const presentation = await reissueWith('grade', `[${SALT},"grade",${nested(5)}]`);
    await expect(verify(presentation)).resolves.toBeDefined();
    await expectCode(verify(presentation, { maxDepth: 6 }), 'ERR_INPUT_TOO_LARGE');
    await expectCode(verify(presentation, { maxDepth: 0 }), 'ERR_OPTIONS_INVALID');
    await expectCode(verify(presentation, { deepest: 3 }), 'ERR_OPTIONS_INVALID');
  });
});
