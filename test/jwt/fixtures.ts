import { expect } from 'vitest';
import { isMicrocredError, type MicrocredErrorCode } from '../../src/errors.js';
import type { SigningAlgorithm } from '../../src/jwt/algorithms.js';
import { generateIssuerKey, type IssuerKey } from '../../src/jwt/issuer-key.js';

/** The instant every deterministic test verifies at. */
export const NOW = new Date('2025-06-01T12:00:00Z');
export const ISSUER = 'https://uni.example';
export const LEARNER = 'did:example:learner-1';
export const V1 = 'https://www.w3.org/2018/credentials/v1';
export const V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export type Json = Record<string, unknown>;

/** A minimal W3C VC 2.0 credential. */
export function vc2Document(overrides: Json = {}): Json {
  return {
    '@context': [V2],
    id: 'urn:uuid:7a1b6c2e-0d2f-4f0e-9a57-3d5b2f1c0a11',
    type: ['VerifiableCredential', 'MicroCredential'],
    issuer: ISSUER,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: LEARNER, name: 'Ada Lovelace' },
    ...overrides,
  };
}

/** A minimal W3C VC 1.1 credential. */
export function vc11Document(overrides: Json = {}): Json {
  return {
    '@context': [V1],
    id: 'urn:uuid:2f3a4b5c-6d7e-4f80-9a1b-2c3d4e5f6a7b',
    type: ['VerifiableCredential'],
    issuer: ISSUER,
    issuanceDate: '2025-01-01T00:00:00Z',
    credentialSubject: { id: LEARNER, degree: 'Data literacy' },
    ...overrides,
  };
}

/** A minimal Open Badges 3.0 credential. */
export function obDocument(overrides: Json = {}): Json {
  return {
    '@context': [V2, OB],
    id: 'urn:uuid:91a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: ISSUER, type: ['Profile'], name: 'Example University' },
    validFrom: '2025-01-01T00:00:00Z',
    name: 'Data literacy',
    credentialSubject: {
      id: LEARNER,
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://uni.example/achievements/data-literacy',
        type: ['Achievement'],
        name: 'Data literacy',
        description: 'Reads and interprets data.',
        criteria: { narrative: 'Pass the assessment.' },
      },
    },
    ...overrides,
  };
}

const keys = new Map<string, Promise<IssuerKey>>();

/** One extractable key per algorithm (and label), generated once per test file. */
export function keyFor(alg: SigningAlgorithm, label = ''): Promise<IssuerKey> {
  const id = `${alg}/${label}`;
  let key = keys.get(id);
  if (key === undefined) {
    key = generateIssuerKey(alg, { extractable: true });
    keys.set(id, key);
  }
  return key;
}

/** Asserts that a promise rejects with a microcred error of this code; returns the error. */
export async function expectCode(
  promise: Promise<unknown>,
  code: MicrocredErrorCode,
): Promise<Record<string, unknown>> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeDefined();
  if (!isMicrocredError(error)) throw new Error(`expected ${code}, got ${String(error)}`);
  expect(error.code, (error as Error).message).toBe(code);
  return error as unknown as Record<string, unknown>;
}

const enc = new TextEncoder();
/** base64url of a string or bytes, for hand-built tokens. */
export function b64u(value: string | Uint8Array): string {
  const bytes = typeof value === 'string' ? enc.encode(value) : value;
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a token segment as JSON. */
export function segmentJson(token: string, i: 0 | 1): Json {
  const part = token.split('.')[i] as string;
  const bin = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))) as Json;
}
