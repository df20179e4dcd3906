import { MICRO_CREDENTIAL_KEYS } from '../../model/generated/is-micro-credential.js';
import type { InteropWarning } from '../types.js';
import { isObject, type JsonObject, type JsonPath, jsonEqual } from './json.js';
import { type ReadContext, unmappable } from './reader.js';

/** Every top-level field of the model, in schema order. */
export const MODEL_KEYS: readonly string[] = MICRO_CREDENTIAL_KEYS;
const MODEL_KEY_SET: ReadonlySet<string> = new Set(MODEL_KEYS);

/** The prefix of microcred's extension terms in documents (`microcred:workload`). */
export const EXTENSION_PREFIX = 'microcred:';

/** The extension terms of one export: the model values a native form could not reproduce exactly. */
export interface ExtensionTerms {
  readonly terms: Readonly<Record<string, unknown>>;
  readonly keys: readonly string[];
}

/**
 * Compares the model with what the native part of a document reads back as, and returns the extension
 * terms that make the document lossless: `microcred:<field>` for every field the native form lost or
 * changed, and `microcred:absent` for fields the native form holds but the model does not (derived values).
 */
export function extensionTerms(
  mc: JsonObject,
  nativeBack: JsonObject,
  onWarning: ((w: InteropWarning) => void) | undefined,
): ExtensionTerms {
  const terms: Record<string, unknown> = {};
  const absent: string[] = [];
  for (const key of MODEL_KEYS) {
    if (jsonEqual(mc[key], nativeBack[key])) continue;
    if (mc[key] === undefined) absent.push(key);
    else terms[`${EXTENSION_PREFIX}${key}`] = mc[key];
    onWarning?.({
      code: 'not-native',
      path: [key],
      message:
        mc[key] === undefined
          ? `${key} is derived in the target format; marked absent in the extension`
          : `${key} is carried in the microcred extension context`,
    });
  }
  if (absent.length > 0) terms[`${EXTENSION_PREFIX}absent`] = absent;
  return { terms, keys: Object.keys(terms) };
}

/** What a document's microcred extension terms say: model values, and fields to treat as absent. */
export interface ExtensionRead {
  readonly values: Record<string, unknown>;
  readonly absent: readonly string[];
}

/** Reads the `microcred:*` terms of one object; an unknown term is kept like any unknown property. */
export function readExtension(ctx: ReadContext, object: unknown, path: JsonPath, into: ExtensionRead): void {
  if (!isObject(object)) return;
  // for-in over own keys visits what Object.entries would, in the same order, without building the pairs.
  for (const key in object) {
    if (!Object.hasOwn(object, key) || !key.startsWith(EXTENSION_PREFIX)) continue;
    const value = object[key];
    const name = key.slice(EXTENSION_PREFIX.length);
    if (name === 'absent' && Array.isArray(value) && value.every((v) => MODEL_KEY_SET.has(String(v)))) {
      (into.absent as string[]).push(...value.map(String));
    } else if (MODEL_KEY_SET.has(name)) {
      into.values[name] = value;
    } else {
      unmappable(ctx, 'unknown-property', [...path, key], value, `${key} is not a microcred extension term`);
    }
  }
}

/** An empty {@link ExtensionRead} to fill. */
export function emptyExtension(): ExtensionRead {
  return { values: {}, absent: [] };
}
