import { MicrocredValidationError } from '../../errors.js';
import { issue } from '../../internal/issue.js';
import { isObject } from '../shared/json.js';
import { md5Hex } from './md5.js';

const HASH = /^(sha256|md5)\$([0-9a-fA-F]+)$/;

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

function refuse(path: readonly (string | number)[], reason: string): never {
  throw new MicrocredValidationError([issue('invalid_format', path, { format: `recipient: ${reason}`, reason })]);
}

/** Constant-time comparison of two equal-length lower-case hex strings. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Tells whether an Open Badges 2.0 assertion was issued to the identifier a learner gives (an email address,
 * a URL, a telephone number), without ever un-hashing the recipient: the identifier is hashed the way the
 * issuer did — `sha256` (WebCrypto) or `md5` (which OB 2.0 allows; implemented here, used only for this
 * comparison) over the UTF-8 of identifier + salt — and compared with the `identity` hash (hex in either
 * case). A plain (`hashed: false`) identity is compared as given. An email address is tried as given and
 * lower-cased (issuers differ in whether they lower-case before hashing); other types exactly. The
 * recipient's `type` must match `type` when given.
 *
 * @param assertion - the assertion (or just its `recipient` IdentityObject)
 * @param identifier - what the learner says they are, e.g. `'beth@example.org'`
 * @param type - the identifier's type (`email`, `url`, `telephone`, ...); default: any type
 * @returns true when the assertion's recipient is this identifier
 * @throws MicrocredValidationError `ERR_VALIDATION` when the recipient is not an IdentityObject, or its hash is
 *   not `sha256$<hex>` / `md5$<hex>` of the right length
 * @example
 * ```ts
 * import { matchesRecipient } from 'microcred/interop';
 * const assertion = {
 *   recipient: {
 *     type: 'email',
 *     hashed: true,
 *     identity: 'sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6',
 *   },
 * };
 * // the OB 2.0 specification's example: the SHA-256 of "mayze", unsalted
 * await matchesRecipient(assertion, 'mayze', 'email'); // true
 * ```
 * @category Open Badges 2.0
 */
export async function matchesRecipient(assertion: unknown, identifier: string, type?: string): Promise<boolean> {
  const recipient = isObject(assertion) && isObject(assertion['recipient']) ? assertion['recipient'] : assertion;
  if (!isObject(recipient) || typeof recipient['identity'] !== 'string' || typeof recipient['type'] !== 'string') {
    return refuse(['recipient'], 'not an IdentityObject with type and identity');
  }
  if (typeof identifier !== 'string' || identifier === '') return false;
  if (type !== undefined && recipient['type'] !== type) return false;
  const email = recipient['type'] === 'email';
  const given = [...new Set(email ? [identifier.trim(), identifier.trim().toLowerCase()] : [identifier.trim()])];
  const identity = recipient['identity'];
  if (recipient['hashed'] !== true) {
    return email ? identity.trim().toLowerCase() === identifier.trim().toLowerCase() : identity === identifier.trim();
  }
  const match = HASH.exec(identity);
  if (match === null) return refuse(['recipient', 'identity'], 'hash is not sha256$<hex> or md5$<hex>');
  const [, algorithm, digest] = match as unknown as [string, 'sha256' | 'md5', string];
  if (digest.length !== (algorithm === 'sha256' ? 64 : 32)) {
    return refuse(['recipient', 'identity'], `${algorithm} digest of the wrong length`);
  }
  const salt = typeof recipient['salt'] === 'string' ? recipient['salt'] : '';
  for (const candidate of given) {
    const bytes = new TextEncoder().encode(candidate + salt);
    const computed = algorithm === 'sha256' ? hex(await crypto.subtle.digest('SHA-256', bytes)) : md5Hex(bytes);
    if (sameHex(computed, digest.toLowerCase())) return true;
  }
  return false;
}
