import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** A document server for an injected fetch: URL → status and body (JSON-encoded unless a string). */
export type Site = Record<string, { status?: number; body: unknown } | undefined>;

/** An injected fetch serving `site`; anything else is a 404. Records every URL asked for. */
export function siteFetch(site: Site, asked: string[] = []): (url: string, init: RequestInit) => Promise<Response> {
  return async (url) => {
    asked.push(url);
    const page = site[url];
    if (page === undefined) return new Response('not found', { status: 404 });
    const body = typeof page.body === 'string' ? page.body : JSON.stringify(page.body);
    return new Response(body, { status: page.status ?? 200, headers: { 'content-type': 'application/ld+json' } });
  };
}

/** An RSA key pair made by node:crypto, its public half as the PEM an OB 2.0 CryptographicKey carries. */
export function rsaKey(bits = 2048): { privateKey: KeyObject; pem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return { privateKey, pem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** A compact JWS signed with node:crypto (RSASSA-PKCS1-v1_5 SHA-256), independent of the code under test. */
export function signJws(payload: unknown, key: KeyObject, header: Record<string, unknown> = { alg: 'RS256' }): string {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  return `${input}.${b64url(sign('sha256', Buffer.from(input), key))}`;
}

/** The JSON code blocks of the OB 2.0 examples page, in document order, as text. */
export function exampleBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/\{% highlight (json|html) %\}\n([\s\S]*?)\{% endhighlight %\}/g)].map(
    (m) => m[2] as string,
  );
}
