import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { NOW } from '../fixtures.js';
import { forge, trustingResolver, vcJosePayload } from '../tokens.js';

// The claims, envelope and model steps run while WebCrypto checks the signature; their outcome must be reported
// exactly as if they had run after it. The oracle is the pipeline order of the domain rules: a signature that
// does not verify is reported as such whatever the payload says, and no check of the payload is listed as
// passed; after a valid signature the payload's first defect is reported, with the signature listed as passed.

const SEED = Number(process.env['FC_SEED'] ?? 20_261_206);
const nowS = Math.floor(NOW.getTime() / 1000);

/** Payload defects, each with the code the pipeline reports for it once the signature is valid. */
const DEFECTS: Record<string, { overrides: Record<string, unknown>; code: string }> = {
  none: { overrides: {}, code: 'accepted' },
  expired: { overrides: { exp: nowS - 3600 }, code: 'ERR_JWT_EXPIRED' },
  'not yet valid': { overrides: { nbf: nowS + 3600 }, code: 'ERR_JWT_NOT_YET_VALID' },
  'fractional iat': { overrides: { iat: nowS + 0.5 }, code: 'ERR_JWT_CLAIM_INVALID' },
  'other issuer in the credential': { overrides: { issuer: 'https://other.example' }, code: 'ERR_JWT_CLAIM_MISMATCH' },
  'credential expired': { overrides: { validUntil: '2025-01-01T00:00:00Z' }, code: 'ERR_JWT_EXPIRED' },
};

const outcome = async (p: Promise<unknown>): Promise<{ code: string; checks: string[] }> =>
  p.then(
    (v) => ({ code: 'accepted', checks: (v as { checks: { name: string }[] }).checks.map((c) => c.name) }),
    (e: unknown) => {
      if (!isMicrocredError(e)) throw e;
      const checks = ((e as unknown as { checks?: { name: string }[] }).checks ?? []).map((c) => c.name);
      return { code: e.code, checks };
    },
  );

describe('the payload steps that run during the signature check', () => {
  it('report a failed signature first, and a payload defect only after a valid signature', async () => {
    const resolver = await trustingResolver();
    const other = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload({ jti: 'urn:uuid:other' }));
    const foreignSignature = other.slice(other.lastIndexOf('.') + 1);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(DEFECTS)),
        fc.boolean(),
        fc.boolean(),
        async (defect, tampered, asModel) => {
          const { overrides, code } = DEFECTS[defect] as { overrides: Record<string, unknown>; code: string };
          const signed = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload(overrides));
          const token = tampered ? `${signed.slice(0, signed.lastIndexOf('.') + 1)}${foreignSignature}` : signed;
          const options = { now: NOW, status: false } as const;
          const got = await outcome(
            asModel ? verifyCredential(token, resolver, options) : verifyCredentialDocument(token, resolver, options),
          );
          if (tampered) {
            expect(got).toEqual({ code: 'ERR_JWT_SIGNATURE', checks: ['size', 'shape', 'header', 'key'] });
            return;
          }
          expect(got.checks.slice(0, 5)).toEqual(['size', 'shape', 'header', 'key', 'signature']);
          // The VC 2.0 test document is not a micro-credential: the model step refuses it after every other step.
          const expected = asModel && code === 'accepted' ? 'ERR_VALIDATION' : code;
          expect(got.code).toBe(expected);
          if (got.code === 'ERR_JWT_CLAIM_INVALID' || defect === 'expired' || defect === 'not yet valid') {
            expect(got.checks).not.toContain('claims');
          }
          if (expected === 'ERR_VALIDATION') expect(got.checks).toContain('credential');
        },
      ),
      { numRuns: 60, seed: SEED },
    );
  });
});
