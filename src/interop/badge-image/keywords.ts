/**
 * The specification a baked credential follows: `ob3` (Open Badges 3.0), `ob2` (Open Badges 2.0) or `clr2`
 * (CLR 2.0).
 *
 * @example
 * ```ts
 * import type { BadgeSpec } from 'microcred/interop';
 * const spec: BadgeSpec = 'ob3';
 * ```
 * @category Badge images
 */
export type BadgeSpec = 'ob3' | 'ob2' | 'clr2';

/** PNG text keyword of each specification (OB 3.0 "Baked Badge", OB 2.0 baking, CLR 2.0). */
export const PNG_KEYWORDS: Readonly<Record<BadgeSpec, string>> = {
  ob3: 'openbadgecredential',
  ob2: 'openbadges',
  clr2: 'clrcredential',
};

/** The specification a PNG keyword belongs to, if any. */
export function specOfKeyword(keyword: string): BadgeSpec | undefined {
  return keyword === 'openbadgecredential'
    ? 'ob3'
    : keyword === 'openbadges'
      ? 'ob2'
      : keyword === 'clrcredential'
        ? 'clr2'
        : undefined;
}

/** SVG namespace and local element name of each specification. */
export const SVG_ELEMENTS: Readonly<Record<BadgeSpec, { readonly namespace: string; readonly local: string }>> = {
  ob3: { namespace: 'https://purl.imsglobal.org/ob/v3p0', local: 'credential' },
  ob2: { namespace: 'http://openbadges.org', local: 'assertion' },
  clr2: { namespace: 'https://purl.imsglobal.org/clr/v2p0', local: 'credential' },
};

/** The specification of an SVG element, from its namespace and local name. */
export function specOfElement(namespace: string, local: string): BadgeSpec | undefined {
  for (const spec of ['ob3', 'ob2', 'clr2'] as const) {
    const e = SVG_ELEMENTS[spec];
    if (e.namespace === namespace && e.local === local) return spec;
  }
  return undefined;
}
