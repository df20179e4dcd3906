import type { CompactJWSHeaderParameters } from 'jose';
import { MicrocredError, MicrocredOptionsError } from '../../errors.js';
import type { JWK } from '../keys/jwk.js';
import { hasPrivateMembers, isPlainObject } from '../keys/key-families.js';
import { publicMembers } from '../keys/verification-key.js';
import type { JwtProfile } from '../profiles.js';
import type { SignOptions } from './sign-credential-document.js';
import type { SigningKey } from './signing-key.js';

/**
 * The protected header of a credential token: `alg`, the profile's `typ`, the `kid` chosen for the issuer
 * (see `issuerKid`) and, for Open Badges on request, the embedded public `jwk`.
 *
 * @throws MicrocredError `ERR_JWT_ALG_NOT_ALLOWED` for an RS256 key outside Open Badges
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for an embedded key outside Open Badges or without a public
 *   JWK, an Open Badge with neither `kid` nor `jwk`, a DID URL `kid` of another DID, a DID issuer without `kid`
 */
export function buildHeader(
  format: JwtProfile,
  key: SigningKey,
  o: SignOptions,
  issuer: string,
  kid: string | undefined,
): CompactJWSHeaderParameters {
  if (key.alg === 'RS256' && format !== 'ob30-jwt') {
    // The verifier accepts RS256 for Open Badges only: a token it would refuse is not signed.
    throw new MicrocredError(
      'ERR_JWT_ALG_NOT_ALLOWED',
      `RS256 signs Open Badges 3.0 JWTs only (format: 'ob30-jwt'); sign ${format} with an EdDSA, ES256, ES384 or PS256 key`,
    );
  }
  const header: CompactJWSHeaderParameters = { alg: key.alg, typ: format === 'vc-jose-cose' ? 'vc+jwt' : 'JWT' };
  if (kid !== undefined) header['kid'] = kid;
  if (o.embedJwk === true) {
    if (format !== 'ob30-jwt') throw new MicrocredOptionsError('embedJwk', 'applies to ob30-jwt only');
    const jwk: JWK | undefined = key.publicJwk;
    if (!isPlainObject(jwk) || hasPrivateMembers(jwk))
      throw new MicrocredOptionsError('embedJwk', 'needs key.publicJwk, a public JWK');
    header['jwk'] = publicMembers(jwk);
  }
  if (format === 'ob30-jwt' && header['kid'] === undefined && header['jwk'] === undefined) {
    throw new MicrocredOptionsError('kid', 'an Open Badges JWT needs a kid or an embedded jwk');
  }
  if (typeof kid === 'string' && kid.startsWith('did:') && kid.split('#')[0] !== issuer) {
    throw new MicrocredOptionsError('kid', 'a DID URL kid must belong to the issuer DID');
  }
  if (format === 'vc-jose-cose' && issuer.startsWith('did:') && kid === undefined) {
    throw new MicrocredOptionsError('kid', 'a DID issuer needs its DID URL as kid');
  }
  return header;
}
