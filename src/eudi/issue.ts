import { SDJwtInstance } from '@sd-jwt/core';
import { MicrocredOptionsError } from '../errors.js';
import type { JWK } from '../jwt/keys/jwk.js';
import { hasPrivateMembers, isPlainObject } from '../jwt/keys/key-families.js';
import { checkFetchUrl } from '../jwt/net/url-rules.js';
import { issuerKid } from '../jwt/sign/issuer-kid.js';
import { checkSigningKey, type SigningKey } from '../jwt/sign/signing-key.js';
import type { MicroCredential } from '../model/micro-credential.js';
import { buildEudiClaims, type EudiClaimsOptions } from './build-claims.js';
import type { CoverageReport } from './coverage.js';
import { toFrame } from './frames.js';
import { SD_HASH_ALG, salt, sha256, webCryptoSigner } from './sd-crypto.js';

/**
 * A Token Status List entry (draft-ietf-oauth-status-list): the index of the credential in the list at `uri`,
 * where the issuer publishes the Status List Token (see {@link signTokenStatusList}).
 *
 * @example
 * ```ts
 * import type { TokenStatusEntry } from 'microcred/eudi';
 * const status: TokenStatusEntry = { idx: 4711, uri: 'https://uni.example/status/1' };
 * ```
 * @category EUDI
 */
export interface TokenStatusEntry {
  readonly idx: number;
  readonly uri: string;
}

/**
 * Options of {@link issueEudiCredential}.
 *
 * @example
 * ```ts
 * import type { IssueEudiOptions } from 'microcred/eudi';
 * declare const holderJwk: IssueEudiOptions['holderKey'];
 * const options: IssueEudiOptions = { holderKey: holderJwk, now: new Date('2025-07-01T00:00:00Z') };
 * ```
 * @category EUDI
 */
export interface IssueEudiOptions extends EudiClaimsOptions {
  /** The wallet's public key, written to `cnf.jwk` for key binding. */
  readonly holderKey: JWK;
  /** The issuing time (`iat`); default: the current time. */
  readonly now?: Date;
  /** When the attestation expires (`exp`); the credential's `validUntil` caps it. */
  readonly expiresAt?: Date;
  /** A Token Status List entry, written as `status.status_list`. */
  readonly status?: TokenStatusEntry;
  /**
   * The header `kid`. Default: for a `did:key` or `did:jwk` issuer whose key this is, the DID's verification
   * method (`did:key:<mb>#<mb>`, `did:jwk:<b64>#0`); otherwise the key's `kid`. A DID issuer's `kid` must be a
   * DID URL under that DID.
   */
  readonly kid?: string;
}

/**
 * An issued attestation: the SD-JWT (issuer-signed JWT and every disclosure, ending in `~`) and the
 * lossiness report of the export.
 *
 * @example
 * ```ts
 * import type { IssuedEudiCredential } from 'microcred/eudi';
 * declare const issued: IssuedEudiCredential;
 * issued.token.endsWith('~'); // true
 * ```
 * @category EUDI
 */
export interface IssuedEudiCredential {
  readonly token: string;
  readonly coverage: CoverageReport;
}

/**
 * Issues a micro-credential to an EUDI wallet as an SD-JWT VC (`typ: dc+sd-jwt`): the claims of
 * {@link buildEudiClaims}, the Type Metadata's selective disclosures, `cnf` with the wallet's key, `iat`,
 * `exp` and an optional Token Status List entry, signed with a key from `microcred/jwt`.
 *
 * @param mc - a valid micro-credential
 * @param key - the issuer's signing key (e.g. from `generateIssuerKey`)
 * @param options - the holder key, type, times and status entry
 * @returns the SD-JWT and the lossiness report
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a missing or private holder key, a status `uri`
 *   verifiers would refuse to fetch (not HTTPS, an IP literal, a local host) or other bad options, a key that
 *   is not the key of a `did:key` / `did:jwk` issuer, or a `kid` that is not a verification method of a DID issuer
 * @throws MicrocredError `ERR_KEY_INVALID` / `ERR_KEY_ALG_MISMATCH` for an unusable signing key
 * @throws MicrocredInteropError `ERR_INTEROP_UNMAPPABLE` when a mandatory claim has no source
 * @example
 * ```ts
 * import { parseMicroCredential } from 'microcred';
 * import { issueEudiCredential } from 'microcred/eudi';
 * import { generateIssuerKey } from 'microcred/jwt';
 * declare const json: unknown;
 * const issuerKey = await generateIssuerKey('ES256');
 * const wallet = await generateIssuerKey('ES256');
 * const { token, coverage } = await issueEudiCredential(parseMicroCredential(json), issuerKey, {
 *   holderKey: wallet.publicJwk,
 * });
 * ```
 * @category EUDI
 */
export async function issueEudiCredential(
  mc: MicroCredential,
  key: SigningKey,
  options: IssueEudiOptions,
): Promise<IssuedEudiCredential> {
  const signing = checkSigningKey(key);
  const holder = options?.holderKey;
  if (!isPlainObject(holder) || typeof holder['kty'] !== 'string' || hasPrivateMembers(holder)) {
    throw new MicrocredOptionsError('holderKey', 'must be the public JWK of the wallet');
  }
  const now = options.now ?? new Date();
  const iat = seconds('now', now);
  const built = buildEudiClaims(mc, options);
  const ends = [options.expiresAt === undefined ? undefined : seconds('expiresAt', options.expiresAt)];
  if (mc.validUntil !== undefined) ends.push(Math.floor(Date.parse(mc.validUntil) / 1000));
  const exp = Math.min(...ends.filter((e): e is number => e !== undefined));
  const payload: Record<string, unknown> = { ...built.claims, iat, cnf: { jwk: publicJwk(holder) } };
  // The Type Metadata makes jti mandatory; a credential without an id gets a fresh one, marked absent in the model.
  if (payload['jti'] === undefined) payload['jti'] = `urn:uuid:${crypto.randomUUID()}`;
  if (Number.isFinite(exp)) payload['exp'] = exp;
  if (options.status !== undefined) payload['status'] = { status_list: checkStatus(options.status) };
  const kid = await issuerKid(String(payload['iss']), signing, options.kid);
  const instance = new SDJwtInstance({
    hasher: sha256,
    hashAlg: SD_HASH_ALG,
    saltGenerator: salt,
    signer: webCryptoSigner(signing.alg, signing.privateKey),
    signAlg: signing.alg,
  });
  const header = { typ: 'dc+sd-jwt', ...(kid === undefined ? {} : { kid }) };
  const token = await instance.issue(payload, toFrame(built.disclosable) as never, { header });
  return { token, coverage: built.coverage };
}

function seconds(name: string, date: Date): number {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new MicrocredOptionsError(name, 'must be a valid Date');
  return Math.floor(date.getTime() / 1000);
}

function publicJwk(jwk: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['kty', 'crv', 'x', 'y', 'n', 'e']) if (jwk[k] !== undefined) out[k] = jwk[k];
  return out;
}

function checkStatus(status: TokenStatusEntry): TokenStatusEntry {
  if (!isPlainObject(status) || !Number.isSafeInteger(status.idx) || status.idx < 0) {
    throw new MicrocredOptionsError('status.idx', 'must be a non-negative integer');
  }
  const checked = typeof status.uri === 'string' ? checkFetchUrl(status.uri) : undefined;
  if (checked?.ok !== true) {
    const why = checked === undefined ? 'is not a string' : checked.reason;
    throw new MicrocredOptionsError('status.uri', `would be refused by verifiers: it ${why}`);
  }
  return { idx: status.idx, uri: status.uri };
}
