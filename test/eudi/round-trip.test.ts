import { describe, expect, it } from 'vitest';
import { issueEudiCredential, presentEudiCredential, verifyEudiPresentation } from '../../src/eudi/index.js';
import { didJwkResolver } from '../../src/jwt/index.js';
import { AUD, NONCE, NOW, setup } from './support.js';

describe.each(['learning-credential', 'dc4eu'] as const)('%s', (type) => {
  it('issues, presents with key binding, verifies and reads back the same credential', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, { type, holderKey: wallet.publicJwk, now: NOW });
    const presentation = await presentEudiCredential(token, {
      keyBinding: { key: wallet, audience: AUD, nonce: NONCE, now: NOW },
    });
    const verified = await verifyEudiPresentation(presentation, didJwkResolver(), {
      now: NOW,
      keyBinding: { audience: AUD, nonce: NONCE },
    });
    expect(verified.type).toBe(type);
    expect(verified.keyBinding).toEqual({ aud: AUD, nonce: NONCE, iat: Math.floor(NOW.getTime() / 1000) });
    expect(verified.result.complete).toBe(true);
    if (verified.result.complete) expect(verified.result.credential).toEqual(mc);
    // Workload in the Learning Credential is read from the free-text claim, which can only be lossy.
    const lossy = verified.coverage.filter((e) => e.outcome !== 'carried').map((e) => e.element);
    expect(lossy).toEqual(type === 'learning-credential' ? ['workload'] : []);
  });

  it('without the microcred claim, reads back what the type holds and reports what it lost', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { token, coverage } = await issueEudiCredential(mc, issuerKey, {
      type,
      holderKey: wallet.publicJwk,
      now: NOW,
      microcred: false,
    });
    const verified = await verifyEudiPresentation(token, didJwkResolver(), { now: NOW });
    expect(coverage.some((e) => e.outcome === 'not-carried')).toBe(true);
    const participation = verified.coverage.find((e) => e.element === 'participation')?.outcome;
    if (type === 'learning-credential') {
      // The Learning Credential has no claim for assessment type or participation: a draft, nothing invented.
      expect(verified.result.complete).toBe(false);
      expect(participation).toBe('not-carried');
    } else {
      // DC4EU's assessmentType, participationType, supervisionType, ECTS and QA alignments complete the credential.
      expect(verified.result.complete).toBe(true);
      expect(participation).toBe('carried-with-loss');
    }
  });
});
