import { type CompactJWSHeaderParameters, CompactSign } from 'jose';
import { issueEudiCredential } from '../../src/eudi/index.js';
import { b64u } from '../jwt/fixtures.js';
import { NOW, setup } from './support.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Decodes a base64url segment or disclosure as JSON. */
export function decodePart(part: string): unknown {
  const bin = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(decoder.decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
}

/** The base64url SHA-256 of a disclosure, as the issuer puts it in `_sd` (an independent computation). */
export async function digestOf(disclosure: string): Promise<string> {
  return b64u(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(disclosure))));
}

/** A fresh disclosure text: raw JSON, so callers can build values JSON.stringify cannot (deep nesting). */
export function disclosureText(json: string): string {
  return b64u(json);
}

/** The learning credential issued to the test wallet: the JWT and its disclosures. */
export async function issuedParts(): Promise<{ jwt: string; disclosures: string[] }> {
  const { issuerKey, wallet, mc } = await setup();
  const { token } = await issueEudiCredential(mc, issuerKey, { holderKey: wallet.publicJwk, now: NOW });
  const split = token.split('~');
  return { jwt: split[0] as string, disclosures: split.slice(1, -1) };
}

/**
 * Re-issues the test credential with the disclosure of claim `name` (the first one found) replaced by
 * `json` (raw disclosure JSON text), the signed payload updated to reference it, and signed again by the
 * issuer: a genuine presentation of hostile content.
 */
export async function reissueWith(name: string, json: string): Promise<string> {
  const { jwt, disclosures } = await issuedParts();
  const i = disclosures.findIndex((d) => (decodePart(d) as unknown[])[1] === name);
  if (i === -1) throw new Error(`no disclosure named ${name}`);
  const old = await digestOf(disclosures[i] as string);
  const replacement = disclosureText(json);
  const fresh = await digestOf(replacement);
  const [header, payload] = jwt.split('.') as [string, string];
  const payloadText = decoder.decode(
    Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );
  if (!payloadText.includes(old)) throw new Error('digest not found');
  return signPresentation(
    decodePart(header) as Record<string, unknown>,
    payloadText.replace(old, fresh),
    disclosures.map((d, k) => (k === i ? replacement : d)),
  );
}

/** Signs a payload text (kept byte for byte) with the test issuer's key and appends the disclosures. */
export async function signPresentation(
  header: Record<string, unknown>,
  payloadText: string,
  disclosures: readonly string[],
): Promise<string> {
  const { issuerKey } = await setup();
  const jws = await new CompactSign(encoder.encode(payloadText))
    .setProtectedHeader(header as CompactJWSHeaderParameters)
    .sign(issuerKey.privateKey);
  return `${jws}~${disclosures.join('~')}~`;
}
