import { MicrocredValidationError } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import { COMPACT_JWS } from '../badge-image/payload.js';
import { emptyExtension } from '../shared/extension.js';
import { finishImport } from '../shared/finish.js';
import { isObject } from '../shared/json.js';
import { importMode } from '../shared/options.js';
import { readContext } from '../shared/reader.js';
import { verificationType } from './checks.js';
import { type OpenBadge2Options, resolveOpenBadge2Options } from './options.js';
import { readOpenBadge2 } from './read-draft.js';
import type { OpenBadge2Documents, OpenBadge2Result } from './result.js';
import { verifyHosted } from './verify-hosted.js';
import { verifySigned } from './verify-signed.js';

function refuse(path: readonly (string | number)[], reason: string): never {
  throw new MicrocredValidationError([
    issue('invalid_format', path, { format: `Open Badges 2.0 input: ${reason}`, reason }),
  ]);
}

async function verify(
  assertion: unknown,
  options: ReturnType<typeof resolveOpenBadge2Options>,
): Promise<OpenBadge2Documents> {
  if (typeof assertion === 'string') {
    const value = assertion.trim();
    if (COMPACT_JWS.test(value)) return verifySigned(value, options);
    if (/^https?:\/\//i.test(value)) return verifyHosted(value, options);
    return refuse([], 'a string must be a compact JWS (signed) or the URL of a hosted assertion');
  }
  if (!isObject(assertion)) return refuse([], 'expected an assertion object, a compact JWS or a URL');
  const method = verificationType(assertion);
  if (method === 'signed') {
    return refuse(
      ['verification', 'type'],
      'a signed assertion must be given as its compact JWS, which carries the signature',
    );
  }
  if (method !== 'hosted') return refuse(['verification', 'type'], 'verification type is neither hosted nor signed');
  const id = assertion['id'];
  if (typeof id !== 'string') return refuse(['id'], 'a hosted assertion needs its id (the URL it is hosted at)');
  return verifyHosted(id, options);
}

/**
 * Verifies an Open Badges 2.0 assertion and imports it as a micro-credential draft. Accepts a hosted
 * assertion (the object, or its URL: only its `id` is trusted, the copy at that URL is fetched and used), or a
 * signed assertion as its compact JWS (RS256, verified with WebCrypto against a key the issuer Profile lists
 * and owns). BadgeClass and issuer Profile are fetched from their ids (a signed assertion's embedded
 * BadgeClass is taken as signed). The OB 2.0 rules apply: the hosted id must answer with the same id and lie
 * in the issuer's `verification` scope (`startsWith`, `allowedOrigins`, or the issuer's own origin); `410 Gone`,
 * `revoked: true` or a listing in the issuer's `revocationList` is a revocation; `expires` is judged at `now`.
 * Every fetch follows the same rules as did:web (HTTPS only, no redirects, no local or IP-literal hosts, a
 * timeout and a size cap).
 *
 * The draft is read as far as OB 2.0 goes: learner (the recipient identity, still hashed: see
 * {@link matchesRecipient}), title, description, issuer and awarding body (without country unless the
 * Edubadges `InstitutionCountryExtension` gives it), date of issuing, learning outcomes (alignments and the
 * Edubadges `LearningOutcomeExtension`), workload and EQF level from the Edubadges `ECTSExtension`,
 * `TimeInvestmentExtension`, `StudyLoadExtension` and `EQFExtension` (each reported as a `community-term`
 * warning naming the term). Assessment type, participation and quality assurance are never invented: they
 * are listed in `missing`.
 *
 * @param assertion - a hosted assertion object, its URL, or a signed assertion's compact JWS
 * @param options - `now`, network rules (`fetch`, `timeoutMs`, `maxBytes`, `allowedHosts`, `signal`) and import options
 * @returns the import (usually a draft with `missing`), the verified assertion, BadgeClass and issuer, and how
 *   they were verified
 * @throws MicrocredError `ERR_CREDENTIAL_REVOKED` (410, `revoked: true`, revocation list),
 *   `ERR_JWT_EXPIRED` (`expires` passed), `ERR_JWT_CLAIM_MISMATCH` (hosted id differs, outside the issuer's
 *   scope, wrong verification type), `ERR_KEY_RESOLUTION` (key not listed or not owned by the issuer, a document
 *   that cannot be fetched), `ERR_KEY_INVALID` (not an RSA key of 2,048 to 8,192 bits with an odd exponent ≥ 3),
 *   `ERR_JWT_SIGNATURE`, `ERR_JWT_ALG_NOT_ALLOWED` (not RS256), `ERR_JWT_INVALID` (malformed JWS),
 *   `ERR_STATUS_UNAVAILABLE` (hosted assertion or revocation list unreachable), `ERR_VALIDATION` (a required
 *   property missing, an input of the wrong kind), `ERR_INPUT_TOO_LARGE`, `ERR_OPTIONS_INVALID`,
 *   `ERR_INTEROP_UNMAPPABLE` (in reject mode)
 * @example
 * ```ts
 * import { fromOpenBadge2, matchesRecipient } from 'microcred/interop';
 * declare const hostedUrl: string; // e.g. 'https://badges.uni.example/assertions/42.json'
 * const result = await fromOpenBadge2(hostedUrl);
 * if (await matchesRecipient(result.assertion, 'learner@example.org', 'email')) {
 *   console.log(result.complete ? result.credential.title : result.missing);
 * }
 * ```
 * @category Open Badges 2.0
 */
export async function fromOpenBadge2(assertion: unknown, options?: OpenBadge2Options): Promise<OpenBadge2Result> {
  const resolved = resolveOpenBadge2Options(options);
  const documents = await verify(assertion, resolved);
  const ctx = readContext('ob2', importMode(resolved.import));
  const native = readOpenBadge2(ctx, documents.assertion, documents.badge, documents.issuer);
  return { ...finishImport(native, emptyExtension(), ctx, resolved.import), ...documents };
}
