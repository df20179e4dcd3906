import { describe, expect, it } from 'vitest';
import { issueEudiCredential, presentEudiCredential, verifyEudiPresentation } from '../../src/eudi/index.js';
import { isMicrocredError } from '../../src/index.js';
import { didJwkResolver } from '../../src/jwt/index.js';
import { AUD, NONCE, NOW, setup } from './support.js';

/** A small deterministic generator, so a failure names a reproducible position and byte. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

async function expectEveryMutationRejected(token: string, kb: boolean, perPosition: number): Promise<number> {
  const resolver = didJwkResolver();
  const options = { now: NOW, ...(kb ? { keyBinding: { audience: AUD, nonce: NONCE } } : {}) };
  await expect(verifyEudiPresentation(token, resolver, options)).resolves.toBeDefined();
  const next = lcg(token.length);
  let count = 0;
  for (let position = 0; position < token.length; position += 1) {
    for (let k = 0; k < perPosition; k += 1) {
      let byte = next() % 256;
      if (byte === token.charCodeAt(position)) byte = (byte + 1) % 256;
      const mutated = `${token.slice(0, position)}${String.fromCharCode(byte)}${token.slice(position + 1)}`;
      const outcome = await verifyEudiPresentation(mutated, resolver, options).then(
        () => 'accepted',
        (e: unknown) => (isMicrocredError(e) ? 'rejected' : `threw ${String(e)}`),
      );
      expect(outcome, `position ${position}, byte ${byte}`).toBe('rejected');
      count += 1;
    }
  }
  return count;
}

describe('every single-byte mutation is rejected', () => {
  it('of an issued Learning Credential SD-JWT (no key binding asked)', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW });
    const count = await expectEveryMutationRejected(token, false, 1);
    expect(count).toBeGreaterThanOrEqual(2_000);
  }, 120_000);

  it('of a presentation with a key-binding JWT (key binding asked)', async () => {
    const { issuerKey, wallet, mc } = await setup();
    const { token } = await issueEudiCredential(mc, issuerKey, {
      type: 'dc4eu',
      holderKey: wallet.publicJwk,
      now: NOW,
    });
    const presentation = await presentEudiCredential(token, {
      disclose: [['credentialSubject', 'result']],
      keyBinding: { key: wallet, audience: AUD, nonce: NONCE, now: NOW },
    });
    const count = await expectEveryMutationRejected(presentation, true, 1);
    expect(count).toBeGreaterThan(500);
  }, 120_000);
});
