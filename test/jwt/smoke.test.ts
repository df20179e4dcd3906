import { describe, expect, it } from 'vitest';
import { signCredentialDocument, staticKeyResolver, verifyCredentialDocument } from '../../src/jwt/index.js';
import { ISSUER, keyFor, NOW, obDocument, vc2Document, vc11Document } from './fixtures.js';

describe('smoke', () => {
  it('round trips the three profiles', async () => {
    const key = await keyFor('EdDSA');
    const resolver = staticKeyResolver({ [ISSUER]: key.publicJwk });
    for (const [format, doc] of [
      ['vc-jose-cose', vc2Document()],
      ['vc11-jwt', vc11Document()],
      ['ob30-jwt', obDocument()],
    ] as const) {
      const token = await signCredentialDocument(doc, key, { format, now: NOW });
      const v = await verifyCredentialDocument(token, resolver, { now: NOW });
      expect(v.profile).toBe(format);
      expect(v.document).toEqual(doc);
      expect(v.checks.map((c) => c.name)).toContain('signature');
    }
  });
});
