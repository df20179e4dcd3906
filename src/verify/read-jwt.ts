import { SIGNING_ALGORITHMS } from '../jwt/algorithms.js';
import { JWT_PROFILES } from '../jwt/profiles.js';
import { mapClaims, vc11ReadersFor } from '../jwt/verify/claim-mapping.js';
import { prescanPayload } from '../jwt/verify/envelope.js';
import { checkHeader } from '../jwt/verify/header-rules.js';
import { readTimeClaims } from '../jwt/verify/time-claims.js';
import { gateToken } from '../jwt/verify/token-gate.js';
import type { ResolvedReadOptions } from './read-options.js';
import { readDocumentResult } from './read-result.js';
import type { ReadAnyResult } from './read-types.js';
import type { ClrItem } from './types.js';

/**
 * The compact JWS branch of `readAny`: the verifier's structural gates on the unsigned token (size, three canonical
 * base64url segments, UTF-8 JSON objects without repeated member names, the header rules that name the profile,
 * the payload pre-scan under the same limits, integer time claims, claims that agree with the credential), then
 * the document read by what it is. The signature, the key, the issuer binding, the clock and the status are not
 * looked at.
 */
export async function readJwtInput(
  token: string,
  options: ResolvedReadOptions,
  splitClr: (document: Readonly<Record<string, unknown>>) => Promise<readonly ClrItem<ReadAnyResult>[]>,
): Promise<ReadAnyResult> {
  const gated = gateToken(token, options.maxTokenBytes, []);
  const payload = gated.unverifiedPayload;
  const { profile } = checkHeader(gated.header, payload, SIGNING_ALGORITHMS, JWT_PROFILES);
  prescanPayload(payload, options.resolvedLimits);
  const vc11 = await vc11ReadersFor(profile);
  const { document } = mapClaims(profile, payload, readTimeClaims(payload), vc11);
  const envelope = vc11 === undefined ? document : vc11.fromVc11Document(document);
  const unchecked = ['signature', 'issuer', 'validity', 'status'] as const;
  const result = await readDocumentResult('jwt', document, envelope, unchecked, options, splitClr);
  return { ...result, profile };
}
