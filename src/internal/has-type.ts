/**
 * Whether a `type` value names the type `name`, as the VC data models define `type` (VC DM 1.1 §4.3,
 * VC DM 2.0 §4.5; also Bitstring Status List entries and list credentials, and Open Badges objects): one
 * string, or an array of strings of which one is `name`. Terms match exactly (no case folding, trimming or
 * IRI expansion). A value of another shape — a number, an object, an array holding a non-string — never
 * matches; the envelope checks report it. Every comparison of a credential-side `type` goes through here,
 * so an entry cannot escape a check by writing its type as a one-element array.
 */
export function hasType(value: unknown, name: string): boolean {
  if (typeof value === 'string') return value === name;
  return Array.isArray(value) && value.every((t) => typeof t === 'string') && value.includes(name);
}
