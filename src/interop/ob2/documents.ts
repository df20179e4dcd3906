import type { MicrocredErrorCode } from '../../errors.js';
import { fail } from '../../jwt/jwt-error.js';
import { fetchLimited, parseFetchedObject } from '../../jwt/net/fetch-limited.js';
import { isObject, type JsonObject, type JsonPath } from '../shared/json.js';
import type { ResolvedOpenBadge2Options } from './options.js';

const ACCEPT = 'application/ld+json, application/json';

/** GETs an OB 2.0 document (assertion, BadgeClass, Profile, key, revocation list) under the network rules. */
export async function fetchDocument(
  url: string,
  options: ResolvedOpenBadge2Options,
  code: MicrocredErrorCode,
  statusCodes: Readonly<Partial<Record<number, MicrocredErrorCode>>> = {},
): Promise<JsonObject> {
  const { text } = await fetchLimited(url, options.limits, ACCEPT, code, statusCodes);
  return parseFetchedObject(text, url, code);
}

/** The `id` of a linked value: the string itself, or the `id` of an embedded object. */
export function linkedId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
}

/** Whether an id is an HTTP(S) URL, the only kind of id that can be fetched. */
export function isHttpId(id: string | undefined): id is string {
  return id !== undefined && /^https?:\/\//i.test(id);
}

/**
 * A linked document: fetched from its HTTP(S) `id` (the hosted copy is the issuer's word; an embedded copy
 * is only a claim), or the embedded object when `embeddedTrusted` (a signed assertion's own BadgeClass) or
 * when its id cannot be fetched. The fetched copy must carry the id it was fetched from.
 */
export async function resolveLinked(
  value: unknown,
  path: JsonPath,
  options: ResolvedOpenBadge2Options,
  embeddedTrusted: boolean,
): Promise<JsonObject> {
  const id = linkedId(value);
  if (isObject(value) && (embeddedTrusted || !isHttpId(id))) return value;
  if (!isHttpId(id)) return fail('ERR_KEY_RESOLUTION', `${path.join('.')} has no id that can be fetched`, path);
  const doc = await fetchDocument(id, options, 'ERR_KEY_RESOLUTION');
  if (doc['id'] !== id) fail('ERR_JWT_CLAIM_MISMATCH', `The document at ${id} carries another id`, [...path, 'id']);
  return doc;
}
