import { fail } from '../../jwt/jwt-error.js';
import { asArray, isObject, type JsonObject } from '../shared/json.js';
import { isHttpId, linkedId, resolveLinked } from './documents.js';
import type { ResolvedOpenBadge2Options } from './options.js';
import { importRsaPem } from './rsa-key.js';

/** A key the issuer owns, with its id. */
export interface IssuerKey {
  readonly id: string;
  readonly key: CryptoKey;
}

/** Most keys one issuer Profile may list (each may cost a fetch and a verification). */
const MAX_KEYS = 8;

/**
 * The keys that may have signed the assertion (S-OB2 §SignedBadge Verification; S-OBV `verify_key_ownership`):
 * the `verification.creator` key when given, else every key of the issuer Profile's `publicKey`. Each key must
 * be listed in the (fetched) issuer Profile's `publicKey` and name the issuer as its `owner`; otherwise
 * `ERR_KEY_RESOLUTION`. A key embedded in the fetched Profile is used as given; a linked key is fetched.
 */
export async function issuerKeys(
  assertion: JsonObject,
  issuer: JsonObject,
  options: ResolvedOpenBadge2Options,
): Promise<IssuerKey[]> {
  const listed = asArray(issuer['publicKey']);
  if (listed.length > MAX_KEYS)
    fail('ERR_KEY_RESOLUTION', `The issuer lists more than ${MAX_KEYS} keys`, ['badge', 'issuer', 'publicKey']);
  const verification = assertion['verification'] ?? assertion['verify'];
  const creator = isObject(verification) ? linkedId(verification['creator']) : undefined;
  let candidates = listed;
  if (creator !== undefined) {
    const entry = listed.find((k) => linkedId(k) === creator);
    if (entry === undefined) {
      fail('ERR_KEY_RESOLUTION', `The key ${creator} is not listed in the issuer's publicKey`, [
        'verification',
        'creator',
      ]);
    }
    candidates = [entry];
  }
  if (candidates.length === 0)
    fail('ERR_KEY_RESOLUTION', 'The issuer Profile lists no publicKey', ['badge', 'issuer', 'publicKey']);
  const keys: IssuerKey[] = [];
  for (const [i, entry] of candidates.entries()) {
    const path = ['badge', 'issuer', 'publicKey', i];
    const id = linkedId(entry);
    if (!isHttpId(id) && !isObject(entry)) fail('ERR_KEY_RESOLUTION', 'A publicKey entry has no id', path);
    const doc =
      isObject(entry) && typeof entry['publicKeyPem'] === 'string'
        ? entry
        : await resolveLinked(entry, path, options, false);
    if (doc['owner'] !== issuer['id']) {
      fail('ERR_KEY_RESOLUTION', `The key ${String(id)} is not owned by the issuer ${String(issuer['id'])}`, [
        ...path,
        'owner',
      ]);
    }
    keys.push({ id: id ?? '', key: await importRsaPem(doc['publicKeyPem'], [...path, 'publicKeyPem']) });
  }
  return keys;
}
