import { MicrocredOptionsError } from '../errors.js';
import { MODEL_KEYS } from '../interop/shared/extension.js';
import { compact, isObject, type JsonObject, jsonEqual } from '../interop/shared/json.js';
import { readContext } from '../interop/shared/reader.js';
import type { MicroCredential } from '../model/micro-credential.js';
import type { CoverageReport } from './coverage.js';
import { exportCoverage } from './coverage-build.js';
import { dc4euClaims } from './dc4eu/claims.js';
import { LEARNING_SD_ALWAYS, toLearningClaims } from './learning/claims.js';
import { LEARNING_COVERAGE } from './learning/coverage.js';
import { readLearningClaims } from './learning/read-claims.js';
import { type EudiCredentialType, MICROCRED_CLAIM, VCT_OF } from './types.js';

/**
 * Options of {@link buildEudiClaims} (and of issuing).
 *
 * @example
 * ```ts
 * import type { EudiClaimsOptions } from 'microcred/eudi';
 * const options: EudiClaimsOptions = { type: 'learning-credential', issuerId: 'https://uni.example' };
 * ```
 * @category EUDI
 */
export interface EudiClaimsOptions {
  /** The attestation type (default `learning-credential`). */
  readonly type?: EudiCredentialType;
  /** The `iss` claim, used when the credential's `issuer.id` is absent (an HTTPS URL or a DID). */
  readonly issuerId?: string;
  /**
   * `true` (default): the model values the type's own claims lose go in the {@link MICROCRED_CLAIM} claim (for
   * `dc4eu`: in Open Badges `microcred:` terms), each selectively disclosable, so reading back is lossless.
   * `false`: only the type's own claims; the coverage report says what was lost.
   */
  readonly microcred?: boolean;
}

/**
 * The claims of an attestation before signing: the payload (without `iat`, `exp`, `cnf`, `status`), the
 * paths written as selective disclosures, and the lossiness report.
 *
 * @example
 * ```ts
 * import type { EudiClaims } from 'microcred/eudi';
 * declare const built: EudiClaims;
 * built.disclosable.some((path) => path[0] === 'family_name'); // true for the Learning Credential
 * ```
 * @category EUDI
 */
export interface EudiClaims {
  readonly type: EudiCredentialType;
  readonly claims: Readonly<Record<string, unknown>>;
  /** Claim paths written as disclosures (the Type Metadata's `sd: always`, and every microcred member). */
  readonly disclosable: readonly (readonly string[])[];
  readonly coverage: CoverageReport;
}

/**
 * Builds the claims of an EUDI attestation from a micro-credential: the EU Learning Credential's flat claims
 * or the DC4EU type's Open Badges 3.0 claims, with the selective disclosures the type metadata sets, plus
 * the exact model values the type's own claims lose (unless `microcred: false`), and the lossiness report.
 *
 * @param mc - a valid micro-credential
 * @param options - the type, the issuer id and whether to add the microcred claim
 * @returns the claims, their disclosable paths and the coverage report
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` when a mandatory claim has no source (no EQF level,
 *   no language of classes, no learner identification, no issuer id)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @example
 * ```ts
 * import { parseMicroCredential } from 'microcred';
 * import { buildEudiClaims } from 'microcred/eudi';
 * declare const json: unknown;
 * const { claims, coverage } = buildEudiClaims(parseMicroCredential(json));
 * coverage.filter((e) => e.native === 'not-carried').map((e) => e.element); // ['assessment', 'participation', …]
 * ```
 * @category EUDI
 */
export function buildEudiClaims(mc: MicroCredential, options: EudiClaimsOptions = {}): EudiClaims {
  const type = options.type ?? 'learning-credential';
  if (type !== 'learning-credential' && type !== 'dc4eu') throw new MicrocredOptionsError('type', 'unknown type');
  const withMicrocred = options.microcred ?? true;
  if (typeof withMicrocred !== 'boolean') throw new MicrocredOptionsError('microcred', 'must be a boolean');
  const issuerId = options.issuerId ?? mc.issuer.id;
  if (issuerId === undefined || !/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(issuerId)) {
    throw new MicrocredOptionsError('issuerId', 'must be a URI when the issuer has no id');
  }
  if (type === 'dc4eu') return dc4euClaims(mc, issuerId, withMicrocred);
  const own = toLearningClaims(mc, issuerId);
  const jti = mc.id;
  const back = compact(readLearningClaims(readContext('eudi', 'keep'), { ...own, jti }));
  const model = mc as unknown as JsonObject;
  const members: JsonObject = {};
  const absent: string[] = [];
  for (const key of MODEL_KEYS) {
    if (jsonEqual(model[key], back[key])) continue;
    if (model[key] === undefined) absent.push(key);
    else members[key] = model[key];
  }
  if (absent.length > 0) members['absent'] = absent;
  const claims: JsonObject = { vct: VCT_OF[type], ...(jti === undefined ? {} : { jti }), ...own };
  const disclosable: string[][] = LEARNING_SD_ALWAYS.filter((k) => own[k] !== undefined).map((k) => [k]);
  if (withMicrocred && Object.keys(members).length > 0) {
    claims[MICROCRED_CLAIM] = members;
    for (const key of Object.keys(members)) disclosable.push([MICROCRED_CLAIM, key]);
  }
  const inMicrocred = new Set(withMicrocred && isObject(claims[MICROCRED_CLAIM]) ? Object.keys(members) : []);
  return { type, claims, disclosable, coverage: exportCoverage(model, back, inMicrocred, LEARNING_COVERAGE) };
}
