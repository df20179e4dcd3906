/**
 * What the library signs, it verifies: for every profile (vc-jose-cose, vc11-jwt, ob30-jwt and the EUDI SD-JWT
 * VC), every algorithm that profile allows and every kind of issuer (a static key, a JWKS, did:key, did:jwk and
 * did:web served by an injected fetch), a generated micro-credential signed with the documented call verifies
 * with the documented resolver, and gives back the credential that was signed. Keys are generated once per
 * algorithm; the verifier, not the signer, is the judge.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueEudiCredential } from '../../../src/eudi/issue.js';
import { verifyEudiPresentation } from '../../../src/eudi/verify/verify-presentation.js';
import { SIGNING_ALGORITHMS, type SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import { generateIssuerKey, type IssuerKey } from '../../../src/jwt/issuer-key.js';
import { didJwkFromJwk } from '../../../src/jwt/keys/did-jwk-encode.js';
import { didKeyFromJwk } from '../../../src/jwt/keys/did-key.js';
import type { JwtProfile } from '../../../src/jwt/profiles.js';
import { didJwkResolver } from '../../../src/jwt/resolvers/did-jwk-resolver.js';
import { didKeyResolver } from '../../../src/jwt/resolvers/did-key-resolver.js';
import { didWebResolver } from '../../../src/jwt/resolvers/did-web-resolver.js';
import { jwksResolver } from '../../../src/jwt/resolvers/jwks-resolver.js';
import { staticKeyResolver } from '../../../src/jwt/resolvers/static-key-resolver.js';
import type { KeyResolver } from '../../../src/jwt/resolvers/types.js';
import { signCredential } from '../../../src/jwt/sign/sign-credential.js';
import { verifyCredential } from '../../../src/jwt/verify/verify-credential.js';
import type { MicroCredential } from '../../../src/model/micro-credential.js';
import { IDS, modelArb } from '../../interop/round-trip-support.js';
import { fakeFetch } from '../fake-fetch.js';

type Format = JwtProfile | 'eudi-sd-jwt';
type IssuerKind = 'static' | 'jwks' | 'did:key' | 'did:jwk' | 'did:web';

const FORMATS: readonly Format[] = ['vc-jose-cose', 'vc11-jwt', 'ob30-jwt', 'eudi-sd-jwt'];
const KINDS: readonly IssuerKind[] = ['static', 'jwks', 'did:key', 'did:jwk', 'did:web'];
/** After every generated date (dateArb ends in 2099): nothing generated is in the future. */
const NOW = new Date('2100-01-02T00:00:00Z');
const WEB_DID = 'did:web:uni.example';
const HTTPS_ISSUER = 'https://uni.example';

/** RS256 is allowed for Open Badges only (and, when enabled, for SD-JWT VCs); did:key holds Ed25519 and P-256. */
function allowed(format: Format, alg: SigningAlgorithm, kind: IssuerKind): boolean {
  if (alg === 'RS256' && format !== 'ob30-jwt' && format !== 'eudi-sd-jwt') return false;
  return kind !== 'did:key' || alg === 'EdDSA' || alg === 'ES256';
}

const COMBINATIONS = FORMATS.flatMap((format) =>
  SIGNING_ALGORITHMS.flatMap((alg) =>
    KINDS.filter((kind) => allowed(format, alg, kind)).map((kind) => [format, alg, kind] as const),
  ),
);

interface Issuer {
  readonly id: string;
  readonly resolver: KeyResolver;
  /** The `kid` option the documented call passes: only did:web needs one (its DID URL). */
  readonly kid?: string;
}

/** The issuer id, the documented resolver and the documented kid option for one kind of issuer. */
function issuerFor(kind: IssuerKind, key: IssuerKey): Issuer {
  switch (kind) {
    case 'static':
      return { id: HTTPS_ISSUER, resolver: staticKeyResolver({ [HTTPS_ISSUER]: key.publicJwk }) };
    case 'jwks':
      return { id: HTTPS_ISSUER, resolver: jwksResolver({ [HTTPS_ISSUER]: { keys: [key.publicJwk] } }) };
    case 'did:key':
      return { id: didKeyFromJwk(key.publicJwk), resolver: didKeyResolver() };
    case 'did:jwk':
      return { id: didJwkFromJwk(key.publicJwk), resolver: didJwkResolver() };
    case 'did:web': {
      const kid = `${WEB_DID}#key-1`;
      const { kid: _thumbprint, ...publicKeyJwk } = key.publicJwk;
      const document = {
        '@context': ['https://www.w3.org/ns/did/v1'],
        id: WEB_DID,
        verificationMethod: [{ id: kid, type: 'JsonWebKey', controller: WEB_DID, publicKeyJwk }],
        assertionMethod: [kid],
      };
      const fetch = fakeFetch({
        'https://uni.example/.well-known/did.json': {
          body: document,
          headers: { 'content-type': 'application/did+json' },
        },
      });
      return { id: WEB_DID, resolver: didWebResolver({ fetch }), kid };
    }
  }
}

/**
 * The generated credential as issued by `issuer`, meeting what the profile documents it needs: an Open Badge
 * names its learner (`sub`), JWT dates are NumericDates (from 1970), the EU Learning Credential needs an EQF
 * level, the language of classes and the learner's family name and identification. Status entries are left out (their lists are tested on their own) and so is `validUntil` (`now` is
 * after every generated date).
 */
function issuedBy(mc: MicroCredential, issuer: string, format: Format, eqf: number): MicroCredential {
  const { credentialStatus: _status, validUntil: _until, ...rest } = mc;
  return {
    ...rest,
    issuer: { ...mc.issuer, id: issuer },
    ...(format === 'ob30-jwt' ? { learner: { ...mc.learner, id: mc.learner.id ?? 'did:example:learner' } } : {}),
    ...(format === 'eudi-sd-jwt'
      ? {
          level: { eqf: eqf as 1 },
          language: mc.language ?? ['en'],
          learner: { ...mc.learner, familyName: mc.learner.familyName ?? 'Doe', id: mc.learner.id ?? 'did:example:l' },
        }
      : {}),
  };
}

const afterEpoch = (date: string | undefined) => date === undefined || Date.parse(date) >= 0;
const credentialArb = fc.tuple(
  modelArb.filter((mc) => afterEpoch(mc.issued) && afterEpoch(mc.validFrom)),
  fc.integer({ min: 1, max: 8 }),
);

const keys = new Map<SigningAlgorithm, IssuerKey>();
let wallet: IssuerKey;

beforeAll(async () => {
  for (const alg of SIGNING_ALGORITHMS) keys.set(alg, await generateIssuerKey(alg));
  wallet = await generateIssuerKey('ES256');
}, 120_000);

describe('a credential signed with the documented call verifies with the documented resolver', () => {
  it('covers every profile, algorithm and issuer kind', () => {
    expect(new Set(COMBINATIONS.map(([f]) => f))).toEqual(new Set(FORMATS));
    expect(new Set(COMBINATIONS.map(([, a]) => a))).toEqual(new Set(SIGNING_ALGORITHMS));
    expect(new Set(COMBINATIONS.map(([, , k]) => k))).toEqual(new Set(KINDS));
    expect(COMBINATIONS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(COMBINATIONS)('%s, %s, %s issuer', async (format, alg, kind) => {
    const key = keys.get(alg) as IssuerKey;
    const algorithms: SigningAlgorithm[] = alg === 'RS256' ? ['RS256'] : [alg];
    await fc.assert(
      fc.asyncProperty(credentialArb, async ([generated, eqf]) => {
        const issuer = issuerFor(kind, key);
        const mc = issuedBy(generated, issuer.id, format, eqf);
        const kid = issuer.kid === undefined ? {} : { kid: issuer.kid };
        if (format === 'eudi-sd-jwt') {
          const { token } = await issueEudiCredential(mc, key, { holderKey: wallet.publicJwk, now: NOW, ...kid });
          const verified = await verifyEudiPresentation(token, issuer.resolver, { now: NOW, algorithms });
          expect(verified.issuer).toBe(issuer.id);
          return;
        }
        const token = await signCredential(mc, key, {
          format,
          now: NOW,
          ...kid,
          id: IDS.id,
          achievementId: IDS.achievementId,
        });
        const verified = await verifyCredential(token, issuer.resolver, { now: NOW, algorithms });
        expect(verified.issuer).toBe(issuer.id);
        expect(verified.credential.issuer.id).toBe(issuer.id);
        expect(verified.credential.title).toEqual(mc.title);
      }),
      { numRuns: 3, seed: Number(process.env['FC_SEED'] ?? 43) },
    );
  });
});
