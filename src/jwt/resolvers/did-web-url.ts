const DID_WEB = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@]|%[0-9A-Fa-f]{2})+$/;
/** Percent-encodings that would change the URL's structure or climb the path: / ? # . and %. */
const FORBIDDEN_ESCAPES = /%(?:2[Ff]|3[Ff]|23|2[Ee]|25|5[Cc]|00)/;

/**
 * Maps a did:web DID to the HTTPS URL of its DID document (did:web method §3.2): `did:web:example.com` →
 * `https://example.com/.well-known/did.json`; `did:web:example.com:a:b` → `https://example.com/a/b/did.json`;
 * a port is written `%3A` (`did:web:example.com%3A8443`). Refused, against SSRF and path tricks: anything but
 * ASCII, upper-case or IP-literal hosts, `localhost`, single-label and local names, user info, empty segments,
 * `.`/`..` (plain or percent-encoded), and percent-encoded `/`, `?`, `#`, `\`, `%` or NUL.
 */
export function didWebToUrl(did: string): { ok: true; url: string } | { ok: false; reason: string } {
  if (typeof did !== 'string' || did.length > 2048 || !/^[\x21-\x7e]+$/.test(did)) {
    return { ok: false, reason: 'is not an ASCII DID' };
  }
  const match = DID_WEB.exec(did);
  if (match === null)
    return { ok: false, reason: 'is not a did:web DID (or has empty segments, a path, query or fragment)' };
  const [hostPart, pathPart] = [match[1] as string, match[2] as string];
  const portMatch = /^(.*)%3[Aa](\d{1,5})$/.exec(hostPart);
  const host = portMatch === null ? hostPart : (portMatch[1] as string);
  const port = portMatch === null ? undefined : Number(portMatch[2]);
  if (!HOST.test(host)) return { ok: false, reason: 'has a host that is not a lower-case public DNS name' };
  if (/\.(?:localhost|local|internal|arpa|lan|home)$/.test(host)) return { ok: false, reason: 'names a local host' };
  if (port !== undefined && (port < 1 || port > 65535 || portMatch?.[2]?.startsWith('0') === true)) {
    return { ok: false, reason: 'has an invalid port' };
  }
  const segments = pathPart === '' ? [] : pathPart.slice(1).split(':');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || FORBIDDEN_ESCAPES.test(segment) || /^\.{1,2}$/.test(segment)) {
      return { ok: false, reason: 'has a path segment that is empty, a dot segment or escapes the path' };
    }
  }
  const authority = port === undefined ? host : `${host}:${port}`;
  const path = segments.length === 0 ? '/.well-known/did.json' : `/${segments.join('/')}/did.json`;
  return { ok: true, url: `https://${authority}${path}` };
}
