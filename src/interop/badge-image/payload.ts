import { isMicrocredError } from '../../errors.js';
import { parseJsonText } from '../../model/parse-json-text.js';
import { isObject } from '../shared/json.js';
import { refuseImage } from './image-error.js';
import type { BadgeSpec } from './keywords.js';
import type { BakedCredential } from './types.js';

/** A compact JWS: three base64url segments (the payload may be empty only for detached payloads, never here). */
export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** Payload of {@link BakedCredential} without the image format. */
export type BakedValue =
  | { readonly kind: 'jws'; readonly value: string }
  | { readonly kind: 'json'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly kind: 'url'; readonly value: string };

/**
 * Classifies the text of a baked credential: a compact JWS, a JSON object (parsed with the safe parser:
 * duplicate member names refused), or, for OB 2.0 only, an HTTP(S) URL of a hosted assertion (the 1EdTech
 * validator accepts a URL under `openbadges` but not under the OB 3.0 and CLR keywords). Anything else is
 * refused with the path given.
 */
export function classifyPayload(
  text: string,
  spec: BadgeSpec,
  path: readonly (string | number)[],
  maxBytes: number,
): BakedValue {
  const value = text.trim();
  if (COMPACT_JWS.test(value)) return { kind: 'jws', value };
  if (value.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = parseJsonText(value, { limits: { maxBytes } });
    } catch (error) {
      if (!isMicrocredError(error)) throw error;
      return refuseImage(path, `embedded JSON is not acceptable: ${error.message}`, {}, 'invalid_json');
    }
    if (!isObject(parsed)) refuseImage(path, 'embedded JSON is not an object');
    return { kind: 'json', value: parsed };
  }
  if (spec === 'ob2' && /^https?:\/\/\S+$/.test(value) && URL.canParse(value)) return { kind: 'url', value };
  return refuseImage(
    path,
    `embedded value is neither a compact JWS nor a JSON object${spec === 'ob2' ? ' nor a URL' : ''}`,
  );
}

/** Wraps a classified payload with its image format and specification. */
export function baked(image: 'png' | 'svg', spec: BadgeSpec, value: BakedValue): BakedCredential {
  return { image, spec, ...value };
}
