// A module of its own: the EUDI Token Status List reader uses it at start, and the Bitstring Status List reader,
// which the verifier loads on demand, would otherwise come with it.

/** The lifetime HTTP caching allows, in ms: 0 for `no-store`/`no-cache`, `max-age` when given. */
export function cacheLifetime(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/\bno-(?:store|cache)\b/i.test(header)) return 0;
  const match = /\bmax-age=(\d{1,10})\b/i.exec(header);
  return match === null ? undefined : Number(match[1]) * 1000;
}
