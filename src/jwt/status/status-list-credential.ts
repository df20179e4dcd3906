import { MicrocredOptionsError } from '../../errors.js';
import { isUri } from '../../model/generated/is-micro-credential.js';
import { isPlainObject } from '../keys/key-families.js';
import { VC_V2_CONTEXT } from '../profiles.js';
import { encodeStatusList } from './encode-status-list.js';
import type { StatusList } from './status-list.js';

/**
 * Options of {@link createStatusListCredential} (and of {@link signStatusListCredential}).
 *
 * @example
 * ```ts
 * import type { StatusListCredentialOptions } from 'microcred/jwt';
 * const options: StatusListCredentialOptions = { issuer: 'did:web:uni.example', validForSeconds: 86_400 };
 * ```
 * @category Status lists
 */
export interface StatusListCredentialOptions {
  /** The issuer id: the same as the credentials' issuer, so verifiers trust the list. */
  readonly issuer: string;
  /** The start of validity (default `now`). */
  readonly now?: Date;
  /** How long this publication is valid, in seconds (default 1 day); re-sign before it ends. */
  readonly validForSeconds?: number;
  /** Suggested cache lifetime for verifiers, in milliseconds (`ttl`; default 5 minutes). */
  readonly ttl?: number;
}

/**
 * Builds the W3C VC 2.0 `BitstringStatusListCredential` document of a list: its `id` is the list URL, its
 * subject carries the purpose, the encoded list and `ttl`, and it is valid for a bounded window. Sign it with
 * {@link signStatusListCredential} (or {@link signCredentialDocument}) and publish the token at the list URL.
 *
 * @param list - the issuer's list
 * @param options - issuer, validity window, ttl
 * @returns the unsigned credential document
 * @throws MicrocredOptionsError `ERR_OPTIONS_INVALID` for a bad issuer, date or duration
 * @example
 * ```ts
 * import { createStatusList, createStatusListCredential } from 'microcred/jwt';
 * const list = createStatusList({ purpose: 'revocation', url: 'https://uni.example/status/r1' });
 * const document = await createStatusListCredential(list, { issuer: 'https://uni.example' });
 * document['type']; // ['VerifiableCredential', 'BitstringStatusListCredential']
 * ```
 * @category Status lists
 */
export async function createStatusListCredential(
  list: StatusList,
  options: StatusListCredentialOptions,
): Promise<Record<string, unknown>> {
  if (!isPlainObject(options) || !isUri(options.issuer)) {
    throw new MicrocredOptionsError('issuer', 'must be an absolute URI or DID');
  }
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new MicrocredOptionsError('now', 'must be a valid Date');
  const seconds = options.validForSeconds ?? 86_400;
  if (!Number.isSafeInteger(seconds) || seconds < 1)
    throw new MicrocredOptionsError('validForSeconds', 'must be a positive integer');
  const ttl = options.ttl ?? 300_000;
  if (!Number.isSafeInteger(ttl) || ttl < 0) throw new MicrocredOptionsError('ttl', 'must be a non-negative integer');
  const start = Math.floor(now.getTime() / 1000) * 1000;
  const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  return {
    '@context': [VC_V2_CONTEXT],
    id: list.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: options.issuer,
    validFrom: iso(start),
    validUntil: iso(start + seconds * 1000),
    credentialSubject: {
      id: `${list.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: list.purpose,
      encodedList: await encodeStatusList(list),
      ttl,
    },
  };
}
