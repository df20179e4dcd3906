import { describe, expect, it, vi } from 'vitest';
import { MicrocredJwtError } from '../../../src/jwt/jwt-error.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { mapVerifyErrorOnDemand } from '../../../src/jwt/verify/map-error-on-demand.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import { expectCode, ISSUER, keyFor, NOW, OB, V2 } from '../fixtures.js';

// The on-demand part of the verifier cannot load here (as when a page goes offline or a chunk is blocked).
vi.mock('../../../src/jwt/verify/on-demand.js', () => {
  throw new Error('the chunk could not be loaded');
});

describe('mapVerifyErrorOnDemand when its module cannot load', () => {
  it('still refuses with a typed error, keeping the original as its cause', async () => {
    const own = new MicrocredJwtError('ERR_JWT_SIGNATURE', 'The signature does not verify');
    expect(await mapVerifyErrorOnDemand(own, 'other')).toBe(own);
    const thrown = new TypeError('resolver exploded');
    const atKey = await mapVerifyErrorOnDemand(thrown, 'key');
    expect(atKey).toBeInstanceOf(MicrocredJwtError);
    expect(atKey).toMatchObject({ code: 'ERR_KEY_RESOLUTION', cause: thrown });
    expect(atKey.message).toContain('resolver exploded');
    expect(await mapVerifyErrorOnDemand('a string', 'other')).toMatchObject({ code: 'ERR_JWT_INVALID' });
  });
});

describe('a refusal that loads on demand, when its module cannot load', () => {
  it('refuses a signed endorsement with a typed error all the same', async () => {
    const key = await keyFor('EdDSA');
    const endorsement = {
      '@context': [V2, OB],
      id: 'urn:uuid:1e5c3ad2-8c38-4f7e-9a7b-0b6f0c1f2b3a',
      type: ['VerifiableCredential', 'EndorsementCredential'],
      issuer: { id: ISSUER, type: ['Profile'], name: 'Accreditor' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'https://uni.example/achievements/x', type: ['EndorsementSubject'] },
    };
    const token = await signCredentialDocument(endorsement, key, { now: NOW });
    const resolver = staticKeyResolver({ [ISSUER]: key.publicJwk });
    const error = await expectCode(verifyCredential(token, resolver, { now: NOW, status: false }), 'ERR_JWT_INVALID');
    expect(error['cause']).toBeInstanceOf(Error);
  });
});
