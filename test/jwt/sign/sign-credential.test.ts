import { describe, expect, it } from 'vitest';
import { signCredential } from '../../../src/jwt/sign/sign-credential.js';
import { parseMicroCredential } from '../../../src/model/parse-micro-credential.js';
import { completeExample } from '../../support/examples.js';
import { expectCode, keyFor, NOW, segmentJson } from '../fixtures.js';

const mc = () => parseMicroCredential(completeExample());

describe('signCredential', () => {
  it('signs the VC 2.0 export as vc+jwt by default', async () => {
    const token = await signCredential(mc(), await keyFor('EdDSA'), { now: NOW });
    expect(segmentJson(token, 0)['typ']).toBe('vc+jwt');
    const payload = segmentJson(token, 1);
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/microcred/contexts/v0.jsonld'],
      type: ['VerifiableCredential', 'MicroCredential'],
      iss: mc().issuer.id,
      jti: mc().id,
      sub: mc().learner.id,
    });
  });

  it('signs a VC 1.1 envelope in the vc claim, with nbf from issuanceDate', async () => {
    const token = await signCredential(mc(), await keyFor('ES256'), { format: 'vc11-jwt', now: NOW });
    const payload = segmentJson(token, 1);
    const vc = payload['vc'] as Record<string, unknown>;
    expect((vc['@context'] as string[])[0]).toBe('https://www.w3.org/2018/credentials/v1');
    expect(vc['issuanceDate']).toBe(mc().validFrom);
    expect(vc).not.toHaveProperty('validFrom');
    expect(payload['nbf']).toBe(Math.floor(Date.parse(mc().validFrom as string) / 1000));
  });

  it('signs the Open Badges 3.0 export with the OB claims', async () => {
    const token = await signCredential(mc(), await keyFor('EdDSA'), { format: 'ob30-jwt', now: NOW });
    const payload = segmentJson(token, 1);
    expect(payload['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload).toMatchObject({ iss: mc().issuer.id, sub: mc().learner.id, jti: mc().id });
  });

  it('passes the export ids on, and validates the credential first', async () => {
    const { id: _id, ...noId } = completeExample();
    const key = await keyFor('EdDSA');
    const token = await signCredential(parseMicroCredential(noId), key, {
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      now: NOW,
    });
    expect(segmentJson(token, 1)['jti']).toBe('urn:uuid:00000000-0000-4000-8000-000000000001');
    await expectCode(signCredential({ ...mc(), title: '' } as never, key), 'ERR_VALIDATION');
    await expectCode(signCredential(mc(), key, null as never), 'ERR_OPTIONS_INVALID');
    await expectCode(signCredential(mc(), key, { id: 'not a uri' }), 'ERR_OPTIONS_INVALID');
    const { learner, ...rest } = mc();
    const anonymous = { ...rest, learner: { fullName: learner.fullName as string } };
    await expectCode(
      signCredential(anonymous as never, key, { format: 'ob30-jwt', now: NOW }),
      'ERR_JWT_CLAIM_INVALID',
    );
  });
});
