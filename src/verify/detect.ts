import { isPlainObject } from '../jwt/keys/key-families.js';
import type { JwtProfile } from '../jwt/profiles.js';
import type { CredentialInput, DetectedFormat } from './types.js';

/** Text longer than this is not inspected (the verifiers have their own, smaller limits). */
const MAX_TEXT = 4 * 1024 * 1024;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SEGMENT = '[A-Za-z0-9_-]+';
const COMPACT_JWS = new RegExp(`^${SEGMENT}\\.${SEGMENT}\\.${SEGMENT}$`);
const OB2_CONTEXTS = ['https://w3id.org/openbadges/v2', 'https://openbadgespec.org/v2/context.json'];

/** The detection with the value the verifier of the format needs (the token, or the parsed document). */
export interface Classified extends DetectedFormat {
  readonly value?: unknown;
}

/**
 * Tells what kind of credential an input is, without verifying anything: a compact JWS (with the JWT profile
 * its header and payload point to), an SD-JWT VC, a JSON credential with a Data Integrity proof, an Open Badges
 * 2.0 assertion (hosted JSON, or a signed JWS whose payload is one), or a baked PNG / SVG badge. Pure: no
 * network, no clock, no signature check. Bytes are read as a PNG when they start with the PNG signature,
 * else as UTF-8 text.
 *
 * @param input - a string, a parsed JSON object, or bytes
 * @returns the format (undefined when nothing fits) and what was recognised on the way
 * @example
 * ```ts
 * import { detectCredentialFormat } from 'microcred/verify';
 * detectCredentialFormat({ '@context': ['https://w3id.org/openbadges/v2'], type: 'Assertion' }).format;
 * // 'open-badge-2'
 * ```
 * @category Verify any
 */
export function detectCredentialFormat(input: CredentialInput): DetectedFormat {
  const { value: _value, ...detected } = classify(input);
  return detected;
}

/** {@link detectCredentialFormat}, keeping the value to verify. */
export function classify(input: unknown): Classified {
  if (input instanceof ArrayBuffer) return classify(new Uint8Array(input));
  if (input instanceof Uint8Array) return classifyBytes(input);
  if (typeof input === 'string') return classifyText(input, ['text']);
  if (isPlainObject(input)) return classifyObject(input, ['JSON object']);
  return { format: undefined, recognised: [input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input] };
}

function classifyBytes(bytes: Uint8Array): Classified {
  if (PNG.every((b, i) => bytes[i] === b))
    return { format: 'png', recognised: ['bytes', 'PNG signature'], value: bytes };
  if (bytes.length > MAX_TEXT) return { format: undefined, recognised: ['bytes', 'too large to inspect'] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { format: undefined, recognised: ['bytes', 'neither PNG nor UTF-8 text'] };
  }
  const read = classifyText(text, ['bytes', 'UTF-8 text']);
  return read.format === 'svg' ? { ...read, value: bytes } : read;
}

function classifyText(raw: string, recognised: readonly string[]): Classified {
  if (raw.length > MAX_TEXT) return { format: undefined, recognised: [...recognised, 'too large to inspect'] };
  const text = raw.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { format: undefined, recognised: [...recognised, 'text starting with "{" that is not JSON'] };
    }
    return isPlainObject(parsed)
      ? classifyObject(parsed, [...recognised, 'JSON object'])
      : { format: undefined, recognised: [...recognised, 'JSON'] };
  }
  if (text.startsWith('<')) {
    return /<svg[\s>]/.test(text)
      ? { format: 'svg', recognised: [...recognised, 'SVG document'], value: text }
      : { format: undefined, recognised: [...recognised, 'markup that is not SVG'] };
  }
  if (text.includes('~')) {
    const first = text.slice(0, text.indexOf('~'));
    if (COMPACT_JWS.test(first)) {
      const header = decodeSegment(first.split('.')[0] as string);
      const typ = isPlainObject(header) && typeof header['typ'] === 'string' ? header['typ'] : undefined;
      const parts = text.split('~');
      const bound = parts.at(-1) !== '';
      return {
        format: 'sd-jwt',
        recognised: [
          ...recognised,
          'SD-JWT',
          ...(typ === undefined ? [] : [`header typ ${JSON.stringify(typ)}`]),
          `${parts.length - 2} disclosure(s)`,
          ...(bound ? ['key-binding JWT'] : []),
        ],
        value: text,
      };
    }
  }
  if (COMPACT_JWS.test(text)) return classifyJws(text, [...recognised, 'compact JWS']);
  if (/^https?:\/\/\S+$/.test(text)) return { format: undefined, recognised: [...recognised, 'URL'] };
  return { format: undefined, recognised: [...recognised, 'not a token, JSON or SVG'] };
}

function classifyJws(token: string, recognised: readonly string[]): Classified {
  const [h, p] = token.split('.') as [string, string];
  const header = decodeSegment(h);
  const payload = decodeSegment(p);
  if (!isPlainObject(header) || !isPlainObject(payload)) {
    return { format: undefined, recognised: [...recognised, 'header or payload is not a JSON object'] };
  }
  const typ = typeof header['typ'] === 'string' ? header['typ'] : undefined;
  const seen = [...recognised, ...(typ === undefined ? [] : [`header typ ${JSON.stringify(typ)}`])];
  if (isOpenBadge2(payload))
    return { format: 'open-badge-2', recognised: [...seen, 'Open Badges 2.0 Assertion'], value: token };
  const media = typ?.toLowerCase().replace(/^application\//, '');
  const profile: JwtProfile | undefined =
    media === 'vc+jwt'
      ? 'vc-jose-cose'
      : Object.hasOwn(payload, 'vc')
        ? 'vc11-jwt'
        : typesOf(payload).some((t) => t.endsWith('Credential') && t !== 'VerifiableCredential')
          ? 'ob30-jwt'
          : undefined;
  if (media === 'dc+sd-jwt' || media === 'vc+sd-jwt') {
    return { format: 'sd-jwt', recognised: [...seen, 'SD-JWT without disclosures'], value: `${token}~` };
  }
  return {
    format: 'jwt',
    recognised: [...seen, ...(profile === undefined ? ['no credential profile'] : [`profile ${profile}`])],
    ...(profile === undefined ? {} : { profile }),
    value: token,
  };
}

function classifyObject(doc: Readonly<Record<string, unknown>>, recognised: readonly string[]): Classified {
  if (isOpenBadge2(doc)) {
    const verification = doc['verification'] ?? doc['verify'];
    const type = isPlainObject(verification) ? String(verification['type']) : 'no verification object';
    return {
      format: 'open-badge-2',
      recognised: [...recognised, 'Open Badges 2.0 Assertion', `verification ${type}`],
      value: doc,
    };
  }
  const proof = doc['proof'];
  if (proof !== undefined) {
    const proofs = Array.isArray(proof) ? proof : [proof];
    const types = proofs.map((p) =>
      isPlainObject(p)
        ? `${String(p['type'])}${typeof p['cryptosuite'] === 'string' ? ` ${p['cryptosuite']}` : ''}`
        : 'malformed',
    );
    return { format: 'data-integrity', recognised: [...recognised, `proof (${types.join(', ')})`], value: doc };
  }
  const contexts = asStrings(doc['@context']);
  const vc = contexts.some((c) => c.startsWith('https://www.w3.org/'));
  return {
    format: undefined,
    recognised: [
      ...recognised,
      vc ? `${typesOf(doc).join(', ') || 'credential'} without a proof (unsigned)` : 'no credential context',
    ],
  };
}

function isOpenBadge2(doc: Readonly<Record<string, unknown>>): boolean {
  const contexts = asStrings(doc['@context']);
  return contexts.some((c) => OB2_CONTEXTS.includes(c)) && typesOf(doc).includes('Assertion');
}

function typesOf(doc: Readonly<Record<string, unknown>>): string[] {
  return asStrings(doc['type']);
}

function asStrings(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function decodeSegment(segment: string): unknown {
  try {
    const b64 = segment.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
