import { MicrocredInteropError } from '../errors.js';
import type { ExtensionRead } from '../interop/shared/extension.js';
import { MODEL_KEYS } from '../interop/shared/extension.js';
import { finishImport } from '../interop/shared/finish.js';
import { isObject, type JsonObject } from '../interop/shared/json.js';
import { importMode } from '../interop/shared/options.js';
import { readContext, unmappable } from '../interop/shared/reader.js';
import { readUntrusted } from '../interop/shared/untrusted.js';
import type { ImportOptions, ImportResult } from '../interop/types.js';
import type { CoverageReport } from './coverage.js';
import { importCoverage } from './coverage-build.js';
import { extensionFields } from './dc4eu/claims.js';
import { DC4EU_COVERAGE } from './dc4eu/coverage.js';
import { readDc4euClaims } from './dc4eu/read-claims.js';
import { LEARNING_COVERAGE } from './learning/coverage.js';
import { readLearningClaims } from './learning/read-claims.js';
import { type EudiCredentialType, MICROCRED_CLAIM, typeOfVct } from './types.js';

/**
 * A credential read from attestation claims: the import result (a complete credential or a draft with its
 * missing elements) and the lossiness report.
 *
 * @example
 * ```ts
 * import type { EudiImport } from 'microcred/eudi';
 * declare const read: EudiImport;
 * if (read.result.complete) console.log(read.result.credential.title);
 * ```
 * @category EUDI
 */
export interface EudiImport {
  readonly type: EudiCredentialType;
  readonly result: ImportResult;
  readonly coverage: CoverageReport;
}

/** Registered and SD-JWT claims that are not part of the credential's data. */
const ENVELOPE: readonly string[] = [
  'iss',
  'iat',
  'exp',
  'nbf',
  'vct',
  'vct#integrity',
  'cnf',
  'status',
  'sub',
  'jti',
  'aka_vcts',
];
const LEARNING_KNOWN: ReadonlySet<string> = new Set([
  ...ENVELOPE,
  'issuing_authority',
  'issuing_country',
  'date_of_issuance',
  'date_of_expiry',
  'family_name',
  'given_name',
  'achievement_title',
  'achievement_description',
  'learning_outcomes',
  'assessment_grade',
  'language_of_classes',
  'learner_identification',
  'expected_study_time',
  'level_of_learning_experience',
  'types_of_quality_assurance',
  'prerequisites_to_enroll',
  'integration_stackability_options',
  MICROCRED_CLAIM,
]);

/**
 * Reads the disclosed claims of an EUDI attestation back into a micro-credential. The microcred claim, when
 * present, gives exact model values; the type's own claims give what they can. Nothing is invented: elements
 * the type cannot carry (assessment, participation in the Learning Credential) or that the holder did not
 * disclose make the result a draft with its `missing` list. Unknown claims are kept in `extensions`.
 *
 * @param claims - the verified, disclosed claims (as {@link verifyEudiPresentation} returns them)
 * @param options - how to treat unmappable parts and incomplete credentials
 * @returns the type, the import result and the lossiness report
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` for an unknown `vct`, or in reject mode
 * @throws MicrocredValidationError `ERR_VALIDATION` with `requireComplete: true` and an incomplete credential, or
 *   claims that cannot be read as data (an accessor property, a revoked Proxy); `ERR_INPUT_TOO_LARGE` past the
 *   default input limits
 * @example
 * ```ts
 * import { readEudiClaims } from 'microcred/eudi';
 * declare const claims: Record<string, unknown>;
 * const { result, coverage } = readEudiClaims(claims);
 * ```
 * @category EUDI
 */
export function readEudiClaims(claims: Readonly<Record<string, unknown>>, options?: ImportOptions): EudiImport {
  return readUntrusted(claims, options, (input, o) => {
    if (!isObject(input)) throw new MicrocredInteropError([], 'The claims must be a JSON object');
    return readVerifiedClaims(input, o);
  });
}

/** {@link readEudiClaims} on claims that are plain data already (the verifier's own rebuilt claims). */
export function readVerifiedClaims(claims: Readonly<Record<string, unknown>>, options?: ImportOptions): EudiImport {
  const type = typeOfVct(claims['vct']);
  if (type === undefined)
    throw new MicrocredInteropError(['vct'], 'Not a Learning Credential or DC4EU micro-credential');
  if (type === 'dc4eu') {
    const doc = Object.fromEntries(Object.entries(claims).filter(([k]) => !ENVELOPE.includes(k)));
    const result = readDc4euClaims(doc, options);
    return { type, result, coverage: importCoverage(imported(result), extensionFields(doc), DC4EU_COVERAGE) };
  }
  const ctx = readContext('eudi', importMode(options));
  const native = readLearningClaims(ctx, claims);
  const jti = claims['jti'];
  if (typeof jti === 'string') native['id'] = jti;
  for (const [key, value] of Object.entries(claims)) {
    if (!LEARNING_KNOWN.has(key))
      unmappable(ctx, 'unknown-property', [key], value, `${key} is not a claim of the type`);
  }
  const extension: ExtensionRead = { values: {}, absent: [] };
  const members = claims[MICROCRED_CLAIM];
  if (isObject(members)) {
    for (const [key, value] of Object.entries(members)) {
      if (key === 'absent' && Array.isArray(value) && value.every((v) => MODEL_KEYS.includes(String(v)))) {
        (extension.absent as string[]).push(...value.map(String));
      } else if (MODEL_KEYS.includes(key)) extension.values[key] = value;
      else unmappable(ctx, 'unknown-property', [MICROCRED_CLAIM, key], value, `${key} is not a model field`);
    }
  }
  const result = finishImport(native, extension, ctx, options);
  const fields = new Set(Object.keys(extension.values));
  return { type, result, coverage: importCoverage(imported(result), fields, LEARNING_COVERAGE) };
}

function imported(result: ImportResult): JsonObject {
  return (result.complete ? result.credential : result.draft) as JsonObject;
}
