/** Host suffixes that name the local machine or a private network by convention (derived list). */
const LOCAL_SUFFIXES: readonly string[] = ['.localhost', '.local', '.internal', '.arpa', '.lan', '.home'];
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Checks a URL the library is about to fetch (a did:web document, a JWKS, a status list) and returns it
 * parsed, or a reason it is refused. Against SSRF: HTTPS only; no user info; no IP-literal host (the WHATWG
 * parser turns `https://2130706433/` and `https://0x7f.1/` into `127.0.0.1`, so they are caught too); no
 * `localhost`, single-label or conventionally local names; when `allowedHosts` is given, only those hosts.
 * Names that resolve to internal addresses cannot be caught here: server-side callers inject a fetch that
 * refuses private targets after DNS resolution.
 */
export function checkFetchUrl(
  url: string,
  allowedHosts?: readonly string[],
): { ok: true; url: URL } | { ok: false; reason: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'is not a valid URL' };
  }
  if (parsed.protocol !== 'https:') return { ok: false, reason: 'is not https:' };
  if (parsed.username !== '' || parsed.password !== '') return { ok: false, reason: 'carries user info' };
  const host = parsed.hostname;
  if (host.startsWith('[') || IPV4.test(host)) return { ok: false, reason: 'has an IP-literal host' };
  if (host === 'localhost' || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) {
    return { ok: false, reason: 'names a local host' };
  }
  if (!HOSTNAME.test(host)) return { ok: false, reason: 'has no public DNS host name' };
  if (allowedHosts !== undefined && !allowedHosts.includes(host)) {
    return { ok: false, reason: 'is not on the allowed host list' };
  }
  return { ok: true, url: parsed };
}
