import { CompactSign } from 'jose';
import { MicrocredOptionsError } from '../../errors.js';
import { isPlainObject } from '../../jwt/keys/key-families.js';
import { checkFetchUrl } from '../../jwt/net/url-rules.js';
import { issuerKid } from '../../jwt/sign/issuer-kid.js';
import { checkSigningKey, type SigningKey } from '../../jwt/sign/signing-key.js';
import { encodeTokenStatusList } from './encode-token-status-list.js';
import type { TokenStatusList } from './token-status-list.js';

/**
 * Options of {@link signTokenStatusList}.
 *
 * @example
 * ```ts
 * import type { SignTokenStatusListOptions } from 'microcred/eudi';
 * const options: SignTokenStatusListOptions = {
 *   uri: 'https://uni.example/status/1',
 *   issuer: 'https://uni.example',
 *   validForSeconds: 86_400,
 *   ttl: 3600,
 * };
 * ```
 * @category EUDI status
 */
export interface SignTokenStatusListOptions {
  /** Where the token is published: its `sub`, and the `uri` of every credential's `status.status_list`. */
  readonly uri: string;
  /** The `iss` claim: the credentials' issuer, so verifiers resolve the list's key as theirs. */
  readonly issuer?: string;
  /** The issuing time (`iat`; default: the current time). */
  readonly now?: Date;
  /** How long this publication is valid, in seconds (`exp = iat + validForSeconds`; default 1 day). */
  readonly validForSeconds?: number;
  /** How long verifiers may cache it, in seconds (`ttl`; default 300). */
  readonly ttl?: number;
  /**
   * The header `kid`; `false` writes none. Default: for a `did:key` or `did:jwk` `issuer` whose key this is,
   * the DID's verification method; otherwise the key's `kid`.
   */
  readonly kid?: string | false;
  /** The `aggregation_uri` of the list (draft §9), when you publish one. */
  readonly aggregationUri?: string;
}

/**
 * Signs a Status List Token (draft-ietf-oauth-status-list §5.1): a JWT with `typ: statuslist+jwt`, `sub` the
 * list URI, `iat`, `exp`, `ttl` and the encoded `status_list`, signed with a `microcred/jwt` issuer key. Serve
 * it at `uri` as `application/statuslist+jwt`; sign and publish again after every change and before `exp`.
 *
 * @param list - the issuer's list
 * @param key - the signing key: the same issuer as the credentials (verifiers ask their resolver for it)
 * @param options - URI, issuer, validity window, ttl, `kid`
 * @returns the compact JWT
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a URI verifiers would refuse to fetch (not HTTPS, an IP
 *   literal, a local host), a bad date, duration or list, a key that is not the key of a `did:key` / `did:jwk`
 *   issuer, or a `kid` that is not a verification method of a DID issuer
 * @throws MicrocredError `ERR_KEY_INVALID` / `ERR_KEY_ALG_MISMATCH` for an unusable signing key
 * @example
 * ```ts
 * import { createTokenStatusList, setTokenStatus, signTokenStatusList, TOKEN_STATUS } from 'microcred/eudi';
 * import { generateIssuerKey } from 'microcred/jwt';
 * const key = await generateIssuerKey('ES256');
 * const list = setTokenStatus(createTokenStatusList(), 4711, TOKEN_STATUS.INVALID);
 * const token = await signTokenStatusList(list, key, { uri: 'https://uni.example/status/1', issuer: 'https://uni.example' });
 * token.split('.').length; // 3
 * ```
 * @category EUDI status
 */
export async function signTokenStatusList(
  list: TokenStatusList,
  key: SigningKey,
  options: SignTokenStatusListOptions,
): Promise<string> {
  const signing = checkSigningKey(key);
  if (!isPlainObject(options as unknown)) throw new MicrocredOptionsError('options', 'must be an object');
  const uri = checkedUri('uri', options.uri);
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new MicrocredOptionsError('now', 'must be a valid Date');
  const validFor = positive('validForSeconds', options.validForSeconds ?? 86_400);
  const ttl = positive('ttl', options.ttl ?? 300);
  if (options.issuer !== undefined && (typeof options.issuer !== 'string' || options.issuer.length === 0)) {
    throw new MicrocredOptionsError('issuer', 'must be a non-empty string');
  }
  const iat = Math.floor(now.getTime() / 1000);
  const encoded = await encodeTokenStatusList(list);
  const statusList =
    options.aggregationUri === undefined
      ? encoded
      : { ...encoded, aggregation_uri: checkedUri('aggregationUri', options.aggregationUri) };
  const payload = {
    ...(options.issuer === undefined ? {} : { iss: options.issuer }),
    sub: uri,
    iat,
    exp: iat + validFor,
    ttl,
    status_list: statusList,
  };
  if (options.kid !== undefined && options.kid !== false && (typeof options.kid !== 'string' || options.kid === '')) {
    throw new MicrocredOptionsError('kid', 'must be a non-empty string or false');
  }
  // The list is checked with the key the verifier's resolver gives for its issuer: a DID issuer's own method.
  const kid =
    options.issuer === undefined
      ? options.kid === false
        ? undefined
        : (options.kid ?? signing.kid)
      : await issuerKid(options.issuer, signing, options.kid);
  const header = { alg: signing.alg, typ: 'statuslist+jwt', ...(kid === undefined ? {} : { kid }) };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader(header)
    .sign(signing.privateKey);
}

function checkedUri(name: string, value: unknown): string {
  const checked = typeof value === 'string' ? checkFetchUrl(value) : { ok: false as const, reason: 'is not a string' };
  if (!checked.ok) throw new MicrocredOptionsError(name, `would be refused by verifiers: it ${checked.reason}`);
  // Verifiers compare `sub` with the credential's `uri` exactly, so the caller's text is kept as given.
  return value as string;
}

function positive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new MicrocredOptionsError(name, 'must be a positive integer of seconds');
  }
  return value;
}
