import * as z from 'zod';
import { named } from './registry.js';

/**
 * Any JSON value: what an imported document may hold in a part microcred does not model.
 *
 * @example
 * ```ts
 * import { JsonValueSchema } from 'microcred';
 * JsonValueSchema.parse({ tag: ['teamwork'], score: 3 });
 * ```
 * @category Model
 */
export const JsonValueSchema = named(z.json(), {
  id: 'JsonValue',
});

/**
 * The key of an extension: a namespace (the source format, such as `ob3` or `elm`), a colon and the
 * JSON Pointer (RFC 6901) of the value in the source document, e.g. `ob3:/credentialSubject/achievement/tag`.
 *
 * @example
 * ```ts
 * import { EXTENSION_KEY_PATTERN } from 'microcred';
 * new RegExp(EXTENSION_KEY_PATTERN).test('ob3:/credentialSubject/achievement/tag'); // true
 * ```
 * @category Model
 */
export const EXTENSION_KEY_PATTERN = '^[a-z][a-z0-9-]{0,31}:\\S{0,1024}$';

/**
 * Parts of an imported document that microcred does not model, kept rather than dropped: a map from a
 * namespaced key (see `EXTENSION_KEY_PATTERN`) to the JSON value found there.
 *
 * @example
 * ```ts
 * import { ExtensionsSchema } from 'microcred';
 * ExtensionsSchema.parse({ 'ob3:/credentialSubject/achievement/tag': ['teamwork'] });
 * ```
 * @category Model
 */
export const ExtensionsSchema = named(z.record(z.string().regex(new RegExp(EXTENSION_KEY_PATTERN)), JsonValueSchema), {
  id: 'Extensions',
});

/**
 * Extensions, as parsed.
 *
 * @example
 * ```ts
 * import type { Extensions } from 'microcred';
 * const kept: Extensions = { 'elm:/displayParameter': { title: { en: 'Micro-Credential' } } };
 * ```
 * @category Model
 */
export type Extensions = z.infer<typeof ExtensionsSchema>;
