import type { BadgeSpec } from './keywords.js';

export type { BadgeSpec } from './keywords.js';

/**
 * What a baked badge image carries, and in which form: the image format, the specification whose keyword or
 * element held it (`ob3` Open Badges 3.0, `ob2` Open Badges 2.0, `clr2` CLR 2.0), and the value — a compact
 * JWS, a JSON credential or assertion, or (OB 2.0 only) the URL of a hosted assertion. The image is only an
 * envelope: verify what it carries.
 *
 * @example
 * ```ts
 * import type { BakedCredential } from 'microcred/interop';
 * function describe(found: BakedCredential): string {
 *   if (found.kind === 'json') return `${found.spec} JSON with type ${String(found.value['type'])}`;
 *   return `${found.spec} ${found.kind}: ${found.value.slice(0, 20)}…`;
 * }
 * ```
 * @category Badge images
 */
export type BakedCredential = {
  /** The image format it was found in. */
  readonly image: 'png' | 'svg';
  /** The specification of the keyword or element that held it. */
  readonly spec: BadgeSpec;
} & (
  | { readonly kind: 'jws'; readonly value: string }
  | { readonly kind: 'json'; readonly value: Readonly<Record<string, unknown>> }
  | { readonly kind: 'url'; readonly value: string }
);
