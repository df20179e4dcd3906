import { describe, expect, it } from 'vitest';
import { MICROCRED_CLAIM, verifyEudiPresentation } from '../../../src/eudi/index.js';
import { isMicrocredError } from '../../../src/index.js';
import { didJwkResolver } from '../../../src/jwt/index.js';
import { expectCode } from '../../jwt/fixtures.js';
import { reissueWith } from '../forge.js';
import { NOW } from '../support.js';

const SALT = '"c2FsdHNhbHRzYWx0c2FsdA"';

describe('verifyEudiPresentation only ever throws MicrocredErrors', () => {
  it('reads a microcred issuer disclosed as null as a draft whose issue names the path', async () => {
    const presentation = await reissueWith('issuer', `[${SALT},"issuer",null]`);
    const verified = await verifyEudiPresentation(presentation, didJwkResolver(), { now: NOW });
    expect(verified.claims[MICROCRED_CLAIM]).toHaveProperty('issuer', null);
    expect(verified.result.complete).toBe(false);
    if (verified.result.complete) return;
    expect(verified.result.issues).toContainEqual(
      expect.objectContaining({
        code: 'invalid_type',
        path: ['issuer'],
        params: { expected: 'object', received: 'null' },
      }),
    );
    expect(verified.coverage.find((e) => e.element === 'country')?.outcome).toBe('absent');
  });

  it('throws ERR_VALIDATION naming the path when the caller requires a complete credential', async () => {
    const presentation = await reissueWith('issuer', `[${SALT},"issuer",null]`);
    const error = await expectCode(
      verifyEudiPresentation(presentation, didJwkResolver(), { now: NOW, import: { requireComplete: true } }),
      'ERR_VALIDATION',
    );
    expect(error['issues']).toContainEqual(expect.objectContaining({ path: ['issuer'] }));
  });

  it('maps an unexpected exception to ERR_JWT_INVALID and keeps it as the cause', async () => {
    const presentation = await reissueWith('grade', `[${SALT},"grade",{"value":"8"}]`);
    const thrown = new TypeError('resolver bug');
    // A resolver that throws a plain error is mapped by the key step; a getter that throws while the options
    // are read is not: it reaches the catch-all.
    const options = {
      now: NOW,
      get acceptVcSdJwt(): boolean {
        throw thrown;
      },
    };
    const error = await expectCode(verifyEudiPresentation(presentation, didJwkResolver(), options), 'ERR_JWT_INVALID');
    expect(error['cause']).toBe(thrown);
    expect(isMicrocredError(error)).toBe(true);
  });
});
