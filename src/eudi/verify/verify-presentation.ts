import { compactVerify } from 'jose';
import { isMicrocredError, MicrocredOptionsError } from '../../errors.js';
import type { ImportOptions } from '../../interop/types.js';
import { parseJsonObject } from '../../jwt/encoding/json-object.js';
import { fail, MicrocredJwtError, type VerificationCheck } from '../../jwt/jwt-error.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';
import { createDeadline } from '../../jwt/net/deadline.js';
import { checkJoseHeader } from '../../jwt/verify/header-rules.js';
import { mapVerifyError } from '../../jwt/verify/map-error.js';
import { resolveVerifyOptions, type VerifyOptions } from '../../jwt/verify/options.js';
import { type KeyInput, keyRequest, resolveKey, type VerifiedKey } from '../../jwt/verify/resolve-key.js';
import { checkTimeClaims } from '../../jwt/verify/time-claims.js';
import { type EudiImport, readVerifiedClaims } from '../read-claims.js';
import { resolveTokenStatusOptions, type TokenStatusOptions } from '../status/token-status-options.js';
import { typeOfVct } from '../types.js';
import { crossCheck } from './cross-check.js';
import { rebuildClaims } from './disclosures.js';
import { checkKeyBinding, type KeyBindingRequest } from './key-binding.js';
import { splitPresentation } from './presentation-gate.js';
import { type TokenStatusResult, tokenStatusStep } from './token-status.js';
import { checkTypeIntegrity, typeMetadataOption } from './type-integrity.js';
import { checkTypeRules } from './type-rules.js';

/**
 * Options of {@link verifyEudiPresentation}: the JWT verifier's options (algorithms, `now`, clock tolerance,
 * size limit, status) plus key binding and import behaviour.
 *
 * @example
 * ```ts
 * import type { VerifyEudiOptions } from 'microcred/eudi';
 * const options: VerifyEudiOptions = {
 *   keyBinding: { audience: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj' },
 *   now: new Date('2025-07-01T12:00:00Z'),
 * };
 * ```
 * @category EUDI
 */
export interface VerifyEudiOptions
  extends Pick<VerifyOptions, 'algorithms' | 'clockTolerance' | 'now' | 'maxTokenBytes' | 'limits' | 'signal'> {
  /** Require a key-binding JWT for this audience and nonce. Without it, a key-binding JWT is not checked. */
  readonly keyBinding?: KeyBindingRequest;
  /** Accept the pre-‑19 header type `vc+sd-jwt` as well as `dc+sd-jwt` (default false). */
  readonly acceptVcSdJwt?: boolean;
  /**
   * Token Status List checking (default on, with `globalThis.fetch`): fetch, limits, cache, keys, tokens held
   * offline, and `softFail: true` to return an `unknown` status instead of failing with
   * `ERR_STATUS_UNAVAILABLE`. `false` skips the check and reports it `not-checked`.
   */
  readonly status?: false | TokenStatusOptions;
  /** How to read the claims back into the model. */
  readonly import?: ImportOptions;
  /**
   * Type Metadata documents you trust, by `vct`, exactly as served (text or bytes). An attestation of such a
   * `vct` that carries `vct#integrity` must match its document, or fails with `ERR_JWT_CLAIM_MISMATCH`.
   */
  readonly typeMetadata?: Readonly<Record<string, string | Uint8Array>>;
}

/**
 * A verified presentation: the disclosed claims (never an undisclosed one), the credential read back, its
 * lossiness report, the issuer, key, status and key-binding facts.
 *
 * @example
 * ```ts
 * import type { VerifiedEudiPresentation } from 'microcred/eudi';
 * declare const verified: VerifiedEudiPresentation;
 * if (verified.result.complete) console.log(verified.result.credential.title);
 * ```
 * @category EUDI
 */
export interface VerifiedEudiPresentation extends EudiImport {
  readonly vct: string;
  readonly issuer: string;
  readonly claims: Readonly<Record<string, unknown>>;
  readonly key: VerifiedKey;
  readonly status?: TokenStatusResult;
  readonly keyBinding?: { readonly aud: string; readonly nonce: string; readonly iat: number };
  readonly checks: readonly VerificationCheck[];
}

const EXTRA: ReadonlySet<string> = new Set(['keyBinding', 'acceptVcSdJwt', 'import', 'typeMetadata']);

/**
 * Verifies an SD-JWT VC presentation of a micro-credential, failing closed: size and shape gates, the JWT
 * verifier's input limits on every decoded part (headers, issuer payload, each disclosure, the rebuilt claims), header
 * (`alg` allow-list, `typ: dc+sd-jwt`, no `crit`), the issuer key from the resolver (never from the token),
 * the signature, time claims with `now`, every disclosure (altered, dropped digests, duplicated or added ones
 * are refused), the Type Metadata's selective-disclosure and mandatory rules (and `vct#integrity` against a
 * Type Metadata document you trust, when you pass one), the key-binding JWT when asked
 * for, and last the Token Status List entry: the Status List Token is fetched under the network limits (or
 * taken from `status.tokens`), verified with a key from the same resolver, and read. Then the disclosed claims
 * are read back into a micro-credential. Whatever goes wrong, the error is a `MicrocredError`: an unexpected
 * exception becomes `ERR_JWT_INVALID` with the original as `cause`.
 *
 * @param presentation - `<jwt>~<disclosures>~[<kb-jwt>]` as the wallet sent it
 * @param keys - a key resolver (e.g. `didJwkResolver()`, `jwksResolver(...)`) or a trusted public key
 * @param options - key binding, `now`, algorithms, status and import options
 * @returns the verified claims, the credential read back and its lossiness report
 * @throws MicrocredJwtError `ERR_JWT_INVALID`, `ERR_INPUT_TOO_LARGE` (a part over the input limits),
 *   `ERR_VALIDATION` (prototype keys, lone surrogates in a part), `ERR_JWT_ALG_NOT_ALLOWED`, `ERR_JWT_TYPE`,
 *   `ERR_KEY_RESOLUTION`, `ERR_KEY_INVALID` (a weak issuer or holder key), `ERR_JWT_SIGNATURE`, `ERR_JWT_EXPIRED`,
 *   `ERR_JWT_NOT_YET_VALID`, `ERR_JWT_CLAIM_INVALID`,
 *   `ERR_JWT_CLAIM_MISMATCH` (`vct#integrity` against a trusted Type Metadata document),
 *   `ERR_SD_JWT_DISCLOSURE`, `ERR_KEY_BINDING`, `ERR_CREDENTIAL_REVOKED`, `ERR_CREDENTIAL_SUSPENDED`,
 *   `ERR_STATUS_UNAVAILABLE` (an unknown status, unless `status.softFail`)
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for malformed options
 * @throws MicrocredValidationError / MicrocredInteropError from reading the claims back, with
 *   `import.requireComplete` or `import.unmappable: 'reject'`
 * @example
 * ```ts
 * import { verifyEudiPresentation } from 'microcred/eudi';
 * import { didJwkResolver } from 'microcred/jwt';
 * declare const presentation: string;
 * const verified = await verifyEudiPresentation(presentation, didJwkResolver(), {
 *   keyBinding: { audience: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj' },
 * });
 * verified.coverage.filter((e) => e.outcome === 'not-carried');
 * ```
 * @category EUDI
 */
export async function verifyEudiPresentation(
  presentation: string,
  keys: KeyInput,
  options: VerifyEudiOptions = {},
): Promise<VerifiedEudiPresentation> {
  const checks: VerificationCheck[] = [];
  try {
    return await verifySteps(presentation, keys, options, checks);
  } catch (error) {
    if (isMicrocredError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new MicrocredJwtError('ERR_JWT_INVALID', `Verification failed: ${message}`, {
      cause: error,
      checks: [...checks],
    });
  }
}

async function verifySteps(
  presentation: string,
  keys: KeyInput,
  options: VerifyEudiOptions,
  checks: VerificationCheck[],
): Promise<VerifiedEudiPresentation> {
  if (!isPlainObject(options as unknown)) throw new MicrocredOptionsError('options', 'must be an object');
  const { status: statusOption, ...verifyOptions } = options;
  const o = resolveVerifyOptions(verifyOptions, EXTRA);
  const statusOptions = resolveTokenStatusOptions(statusOption);
  const kbRequest = keyBindingOption(options.keyBinding);
  const typeMetadata = typeMetadataOption(options.typeMetadata);
  const nowSeconds = Math.floor(o.now.getTime() / 1000);
  const split = splitPresentation(presentation, o.maxTokenBytes, o.limits, checks);
  const { header, unverifiedPayload } = split.jwt;
  const alg = checkJoseHeader(header, o.algorithms);
  const typ = header['typ'];
  if (typ !== 'dc+sd-jwt' && !(options.acceptVcSdJwt === true && typ === 'vc+sd-jwt')) {
    fail('ERR_JWT_TYPE', `The header type must be "dc+sd-jwt", not ${JSON.stringify(typ)}`, ['header', 'typ']);
  }
  const kid = header['kid'];
  if (kid !== undefined && (typeof kid !== 'string' || kid.length === 0))
    fail('ERR_JWT_INVALID', 'Bad "kid"', ['header', 'kid']);
  checks.push({ name: 'header', outcome: 'passed' });
  const issuer = unverifiedPayload['iss'];
  if (typeof issuer !== 'string' || issuer.length === 0)
    fail('ERR_JWT_CLAIM_INVALID', 'The attestation needs "iss"', ['payload', 'iss']);
  const deadline = createDeadline(o.timeoutMs, o.signal);
  const request = keyRequest(issuer, alg, 'sd-jwt-vc', typeof kid === 'string' ? kid : undefined, deadline);
  let resolvedKey: Awaited<ReturnType<typeof resolveKey>>;
  try {
    resolvedKey = await resolveKey(keys, request, undefined, deadline);
  } finally {
    deadline.dispose();
  }
  const { cryptoKey, key } = resolvedKey;
  checks.push({ name: 'key', outcome: 'passed' });
  let payloadBytes: Uint8Array;
  try {
    payloadBytes = (await compactVerify(split.jwt.token, cryptoKey, { algorithms: [alg] })).payload;
  } catch (error) {
    throw mapVerifyError(error, 'signature');
  }
  const parsed = parseJsonObject(payloadBytes);
  if (!parsed.ok) return fail('ERR_JWT_INVALID', 'The payload is not a JSON object', ['payload']);
  const signed = parsed.value;
  checks.push({ name: 'signature', outcome: 'passed' });
  checkTimeClaims(signed, nowSeconds, o.clockTolerance);
  const type = typeOfVct(signed['vct']);
  if (type === undefined) fail('ERR_JWT_TYPE', 'The vct is not a supported micro-credential type', ['payload', 'vct']);
  const { claims, paths } = await rebuildClaims(signed, split.disclosures, o.limits);
  checkTypeRules(type, signed, new Set(paths.filter((p) => p.length === 1).map((p) => String(p[0]))));
  await checkTypeIntegrity(signed, typeMetadata);
  checks.push({ name: 'claims', outcome: 'passed' });
  const keyBinding =
    kbRequest === undefined
      ? undefined
      : await checkKeyBinding(
          split.kbJwt,
          kbRequest,
          signed,
          split.withoutKb,
          o.algorithms,
          nowSeconds,
          o.clockTolerance,
        );
  await crossCheck(presentation, cryptoKey, alg, kbRequest, nowSeconds, o.clockTolerance);
  const status = await tokenStatusStep(signed, issuer, keys, o, statusOptions, checks);
  const read = readVerifiedClaims(claims, options.import);
  return {
    ...read,
    vct: signed['vct'] as string,
    issuer,
    claims,
    key,
    checks,
    ...(status === undefined ? {} : { status }),
    ...(keyBinding === undefined ? {} : { keyBinding }),
  };
}

function keyBindingOption(value: unknown): KeyBindingRequest | undefined {
  if (value === undefined) return undefined;
  const ok =
    isPlainObject(value) &&
    typeof value['audience'] === 'string' &&
    value['audience'].length > 0 &&
    typeof value['nonce'] === 'string' &&
    value['nonce'].length > 0 &&
    (value['maxAgeSeconds'] === undefined ||
      (Number.isInteger(value['maxAgeSeconds']) && (value['maxAgeSeconds'] as number) > 0));
  if (!ok) throw new MicrocredOptionsError('keyBinding', 'needs a non-empty audience and nonce');
  return value as unknown as KeyBindingRequest;
}
