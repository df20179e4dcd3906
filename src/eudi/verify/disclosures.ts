import type { InputLimits } from '../../internal/input-limits.js';
import { fail } from '../../jwt/jwt-error.js';
import { disclosureDigest, SD_HASH_ALG } from '../sd-crypto.js';
import type { DecodedDisclosure } from './presentation-gate.js';
import { scanPart } from './scan-part.js';

type Json = Record<string, unknown>;
/** Names that would reach an object's prototype when assigned. */
const PROTOTYPE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];
/** Claims that must never be selectively disclosed (draft-ietf-oauth-sd-jwt-vc §3.2.2). */
export const NEVER_DISCLOSED: readonly string[] = [
  'iss',
  'nbf',
  'exp',
  'cnf',
  'vct',
  'vct#integrity',
  'status',
  'aka_vcts',
];

interface Disclosure {
  readonly encoded: string;
  readonly name?: string;
  readonly value: unknown;
}

/** The claims rebuilt from the issuer-signed payload and the disclosures, and the disclosed paths. */
export interface Disclosed {
  readonly claims: Json;
  readonly paths: readonly (readonly (string | number)[])[];
}

const bad = (message: string, path: readonly (string | number)[] = ['disclosures']): never =>
  fail('ERR_SD_JWT_DISCLOSURE', message, path);

function parse({ encoded, json: value }: DecodedDisclosure, i: number): Disclosure {
  if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3) || typeof value[0] !== 'string') {
    return bad(`Disclosure ${i} must be [salt, name, value] or [salt, value]`, ['disclosures', i]);
  }
  if (value.length === 2) return { encoded, value: value[1] };
  const name = value[1];
  if (typeof name !== 'string' || ['_sd', '...', '_sd_alg', ...PROTOTYPE_KEYS].includes(name)) {
    return bad(`Disclosure ${i} has a forbidden claim name`, ['disclosures', i]);
  }
  return { encoded, name, value: value[2] };
}

/**
 * Rebuilds the claims per RFC 9901 §7.1, stricter than the library: every disclosure must be referenced exactly
 * once (an added or duplicated one is refused, the library ignores them), no digest may appear twice, an object
 * disclosure must come from `_sd` and an array one from `...`, a disclosed name must not already exist, and the
 * registered claims of SD-JWT VC must never be disclosed. `_sd_alg` must be `sha-256`.
 *
 * The walk is bounded: the parts passed the pre-scan already, and a value nested past `limits.maxDepth` in
 * the rebuilt claims (disclosures inside disclosures) stops it with `ERR_INPUT_TOO_LARGE` before it goes
 * deeper, so its recursion never exceeds the depth limit. The rebuilt claims then pass the pre-scan as a whole.
 */
export async function rebuildClaims(
  payload: Readonly<Json>,
  decoded: readonly DecodedDisclosure[],
  limits: InputLimits,
): Promise<Disclosed> {
  const alg = payload['_sd_alg'];
  if (alg !== undefined && alg !== SD_HASH_ALG)
    fail('ERR_JWT_INVALID', 'Only _sd_alg sha-256 is accepted', ['payload', '_sd_alg']);
  const byDigest = new Map<string, Disclosure>();
  for (const [i, part] of decoded.entries()) {
    const disclosure = parse(part, i);
    const digest = await disclosureDigest(part.encoded);
    if (byDigest.has(digest)) bad(`Disclosure ${i} is repeated`, ['disclosures', i]);
    byDigest.set(digest, disclosure);
  }
  const used = new Set<string>();
  const seen = new Set<string>();
  const paths: (string | number)[][] = [];
  const take = (digest: unknown, path: readonly (string | number)[]): Disclosure | undefined => {
    if (typeof digest !== 'string') return bad('A digest must be a string', [...path]);
    if (seen.has(digest)) bad('A digest appears more than once', [...path]);
    seen.add(digest);
    const found = byDigest.get(digest);
    if (found !== undefined) used.add(digest);
    return found;
  };
  const walk = (value: unknown, path: readonly (string | number)[]): unknown => {
    if (typeof value === 'object' && value !== null && path.length >= limits.maxDepth) {
      fail('ERR_INPUT_TOO_LARGE', `The claims are nested deeper than ${limits.maxDepth}`, [...path]);
    }
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const [i, item] of value.entries()) {
        const isRef = typeof item === 'object' && item !== null && !Array.isArray(item) && Object.hasOwn(item, '...');
        if (!isRef) {
          out.push(walk(item, [...path, i]));
          continue;
        }
        if (Object.keys(item).length !== 1) bad('An array digest object must hold only "..."', [...path, i]);
        const found = take((item as Json)['...'], [...path, i]);
        if (found === undefined) continue;
        if (found.name !== undefined) bad('An object disclosure is referenced from an array', [...path, i]);
        paths.push([...path, out.length]);
        out.push(walk(found.value, [...path, out.length]));
      }
      return out;
    }
    if (typeof value !== 'object' || value === null) return value;
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '_sd' || (key === '_sd_alg' && path.length === 0)) continue;
      if (key === '...') bad('"..." is only allowed in array elements', [...path, key]);
      if (PROTOTYPE_KEYS.includes(key)) fail('ERR_JWT_INVALID', `The claim name "${key}" is refused`, [...path, key]);
      out[key] = walk(item, [...path, key]);
    }
    const digests = (value as Json)['_sd'];
    if (digests === undefined) return out;
    if (!Array.isArray(digests)) return bad('"_sd" must be an array', [...path, '_sd']);
    for (const digest of digests) {
      const found = take(digest, [...path, '_sd']);
      if (found === undefined) continue;
      if (found.name === undefined) bad('An array disclosure is referenced from "_sd"', [...path, '_sd']);
      const name = found.name as string;
      if (Object.hasOwn(out, name)) bad(`The disclosed claim "${name}" already exists`, [...path, name]);
      if (path.length === 0 && NEVER_DISCLOSED.includes(name))
        bad(`"${name}" must not be selectively disclosed`, [name]);
      paths.push([...path, name]);
      out[name] = walk(found.value, [...path, name]);
    }
    return out;
  };
  const claims = walk(payload, []) as Json;
  if (used.size !== byDigest.size) bad('A disclosure is not referenced by the signed payload');
  scanPart(claims, limits, ['claims']);
  return { claims, paths };
}
