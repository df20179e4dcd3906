import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMicrocredError } from '../../../src/errors.js';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import { signCredentialDocument } from '../../../src/jwt/sign/sign-credential-document.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { ISSUER, keyFor, NOW, vc2Document } from '../fixtures.js';
import { forge, trustingResolver, vcJosePayload } from '../tokens.js';

const SEED = Number(process.env['FC_SEED'] ?? 424_242);
const ALGS: SigningAlgorithm[] = ['EdDSA', 'ES256', 'ES384', 'PS256'];
const typed = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'accepted',
    (e: unknown) => {
      if (!isMicrocredError(e)) throw e;
      return e.code;
    },
  );

describe('key separation', () => {
  it('a token from key A never verifies under key B or under another issuer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ALGS), fc.constantFrom(...ALGS), fc.boolean(), async (a, b, otherIssuer) => {
        const signer = await keyFor(a, 'A');
        const other = await keyFor(b, 'B');
        const token = await signCredentialDocument(vc2Document(), signer, { now: NOW, kid: false });
        const resolver = otherIssuer
          ? staticKeyResolver({ 'https://other.example': signer.publicJwk, [ISSUER]: other.publicJwk })
          : staticKeyResolver({ [ISSUER]: other.publicJwk });
        const code = await typed(verifyCredentialDocument(token, resolver, { now: NOW, status: false }));
        expect(code).not.toBe('accepted');
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe('clock', () => {
  it('the accepting instants form one interval whose ends move exactly with the tolerance', async () => {
    const resolver = await trustingResolver();
    const base = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -4000, max: 8000 }),
        async (nbfOffset, length, tolerance, probe) => {
          const nbf = base + nbfOffset;
          const exp = nbf + length;
          const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, vcJosePayload({ nbf, exp, iat: base - 10_000 }));
          const now = base + probe;
          const code = await typed(
            verifyCredentialDocument(token, resolver, {
              now: new Date(now * 1000),
              clockTolerance: tolerance,
              status: false,
            }),
          );
          const inside = now >= nbf - tolerance && now < exp + tolerance;
          expect(code).toBe(inside ? 'accepted' : now < nbf - tolerance ? 'ERR_JWT_NOT_YET_VALID' : 'ERR_JWT_EXPIRED');
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  it('the same holds for validFrom and validUntil of the credential', async () => {
    const resolver = await trustingResolver();
    const base = Date.UTC(2025, 5, 1) / 1000;
    const iso = (s: number) => new Date(s * 1000).toISOString();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 7200 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: -4000, max: 12_000 }),
        async (length, tolerance, probe) => {
          const from = base;
          const until = base + length;
          const token = await forge(
            { alg: 'EdDSA', typ: 'vc+jwt' },
            vcJosePayload({ validFrom: iso(from), validUntil: iso(until), iat: base - 10_000 }),
          );
          const now = base + probe;
          const code = await typed(
            verifyCredentialDocument(token, resolver, {
              now: new Date(now * 1000),
              clockTolerance: tolerance,
              status: false,
            }),
          );
          const inside = now >= from - tolerance && now < until + tolerance;
          expect(code).toBe(inside ? 'accepted' : now < from - tolerance ? 'ERR_JWT_NOT_YET_VALID' : 'ERR_JWT_EXPIRED');
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });
});

describe('parse totality', () => {
  it('any value as a token: a result or a typed error, never a raw TypeError, RangeError or SyntaxError', async () => {
    const resolver = await trustingResolver();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.string(), fc.stringMatching(/^[A-Za-z0-9_.-]{0,80}$/)),
        async (value) => {
          expect(await typed(verifyCredentialDocument(value, resolver, { now: NOW, status: false }))).not.toBe(
            'accepted',
          );
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  });

  it('any signed JSON payload and header: a typed outcome', async () => {
    const resolver = await trustingResolver();
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
        async (payload, extraHeader) => {
          const token = await forge({ ...extraHeader, alg: 'EdDSA', typ: 'vc+jwt' }, JSON.stringify(payload) ?? 'null');
          await typed(verifyCredentialDocument(token, resolver, { now: NOW, status: false }));
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });

  it('any JSON merged into a valid credential: a typed outcome', async () => {
    const resolver = await trustingResolver();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom(
            'issuer',
            'credentialSubject',
            'validFrom',
            'type',
            '@context',
            'id',
            'credentialStatus',
            'x',
          ),
          fc.jsonValue(),
        ),
        async (patch) => {
          const token = await forge({ alg: 'EdDSA', typ: 'vc+jwt' }, JSON.stringify({ ...vcJosePayload(), ...patch }));
          await typed(verifyCredentialDocument(token, resolver, { now: NOW, status: false }));
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });
});
