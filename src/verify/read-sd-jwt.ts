import { readVerifiedClaims } from '../eudi/read-claims.js';
import { typeOfVct } from '../eudi/types.js';
import { rebuildClaims } from '../eudi/verify/disclosures.js';
import { splitPresentation } from '../eudi/verify/presentation-gate.js';
import { fail } from '../jwt/jwt-error.js';
import { readTimeClaims } from '../jwt/verify/time-claims.js';
import { modelMembers } from './read-document.js';
import type { ResolvedReadOptions } from './read-options.js';
import { unverified } from './read-result.js';
import type { ReadAnyResult } from './read-types.js';

/**
 * The SD-JWT VC branch of `readAny`: the verifier's strict split and pre-scan of every part, a `dc+sd-jwt` (or
 * `vc+sd-jwt`) header, integer time claims, a micro-credential `vct`, and the claims rebuilt from the disclosures by
 * the verifier's own rules (each disclosure referenced once, digests unique). The issuer's signature, the holder's
 * key-binding JWT, the clock and the Token Status List are not looked at.
 */
export async function readSdJwtInput(presentation: string, options: ResolvedReadOptions): Promise<ReadAnyResult> {
  const split = splitPresentation(presentation, options.maxTokenBytes, options.resolvedLimits, []);
  const { header, unverifiedPayload: payload } = split.jwt;
  const typ = header['typ'];
  if (typ !== 'dc+sd-jwt' && typ !== 'vc+sd-jwt')
    fail('ERR_JWT_TYPE', `The header type must be "dc+sd-jwt", not ${JSON.stringify(typ)}`, ['header', 'typ']);
  readTimeClaims(payload);
  if (typeOfVct(payload['vct']) === undefined)
    fail('ERR_JWT_TYPE', 'The vct is not a supported micro-credential type', ['payload', 'vct']);
  const { claims } = await rebuildClaims(payload, split.disclosures, options.resolvedLimits);
  const read = readVerifiedClaims(claims, options.import);
  const iss = payload['iss'];
  return {
    ...unverified(['signature', 'issuer', 'validity', 'status', 'key-binding']),
    format: 'sd-jwt',
    kind: 'micro-credential',
    ...modelMembers(read.result),
    document: claims,
    ...(typeof iss === 'string' && iss.length > 0 ? { claimedIssuer: iss } : {}),
    unresolved: [],
  };
}
