/**
 * Mutation property: for valid tokens of every profile and algorithm, every single-character substitution,
 * truncations, extensions, re-encodings and header rewrites are rejected, each with a typed code. All
 * mutations run (no early exit); the count is asserted, so the test cannot silently shrink.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMicrocredError, MICROCRED_ERROR_CODES } from '../../../src/errors.js';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import type { JwtProfile } from '../../../src/jwt/profiles.js';
import { verifyCredentialDocument } from '../../../src/jwt/verify/verify-credential-document.js';
import { b64u, NOW, segmentJson } from '../fixtures.js';
import { tokenFor, trustingResolver } from '../tokens.js';

const SEED = Number(process.env['FC_SEED'] ?? 20_250_601);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CASES: [JwtProfile, SigningAlgorithm][] = [
  ...(['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const).flatMap((p) =>
    (['EdDSA', 'ES256', 'ES384', 'PS256'] as const).map((a): [JwtProfile, SigningAlgorithm] => [p, a]),
  ),
  ['ob30-jwt', 'RS256'],
];
const OPTIONS = {
  now: NOW,
  status: false as const,
  algorithms: ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'] as SigningAlgorithm[],
};

/** A small deterministic PRNG (mulberry32) so every run makes the same mutations for a given seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function* mutations(token: string, random: () => number): Generator<[string, string]> {
  // Every position, substituted with another character (mostly base64url, sometimes '.', '=' or '+').
  for (let i = 0; i < token.length; i += 1) {
    const pool = random() < 0.9 ? ALPHABET : '.=+/ ';
    let c = token[i] as string;
    while (c === token[i]) c = pool[Math.floor(random() * pool.length)] as string;
    yield [`substitute@${i}`, token.slice(0, i) + c + token.slice(i + 1)];
  }
  // Truncations and extensions.
  for (let k = 0; k < 40; k += 1) {
    const n = 1 + Math.floor(random() * (token.length - 1));
    yield [`truncate@${n}`, token.slice(0, n)];
  }
  for (const tail of ['A', '-', '_', '.', '=', '==', '\n', ' ', '.AAAA', 'AAAA'])
    yield [`extend:${JSON.stringify(tail)}`, token + tail];
  for (const head of ['A', '.', ' ', '\ufeff']) yield [`prefix:${JSON.stringify(head)}`, head + token];
  // Re-encodings of the same bytes and re-serialisations of the same JSON, none re-signed.
  const [h, p, s] = token.split('.') as [string, string, string];
  const std = (x: string) => x.replace(/-/g, '+').replace(/_/g, '/');
  const pad = (x: string) => x + '='.repeat((4 - (x.length % 4)) % 4);
  yield ['standard-alphabet', `${std(h)}.${std(p)}.${std(s)}`];
  yield ['padded', `${pad(h)}.${pad(p)}.${pad(s)}`];
  yield ['padded-signature', `${h}.${p}.${s}=`];
  yield ['space-inside', `${h}.${p.slice(0, 5)} ${p.slice(5)}.${s}`];
  yield ['newline-inside', `${h}.${p}.${s.slice(0, 10)}\n${s.slice(10)}`];
  yield ['crlf-end', `${token}\r\n`];
  const header = segmentJson(token, 0);
  const payload = segmentJson(token, 1);
  const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
  yield ['header-reordered', `${b64u(JSON.stringify(reversed(header)))}.${p}.${s}`];
  yield ['header-spaced', `${b64u(JSON.stringify(header, null, 1))}.${p}.${s}`];
  yield ['payload-reordered', `${h}.${b64u(JSON.stringify(reversed(payload)))}.${s}`];
  yield ['payload-spaced', `${h}.${b64u(JSON.stringify(payload, null, 2))}.${s}`];
  yield ['payload-escaped', `${h}.${b64u(JSON.stringify(payload).replace(/"/g, '"').replace(/\//g, '\\/'))}.${s}`];
  // Header rewrites.
  const rewrites: Record<string, unknown>[] = [
    { ...header, typ: header['typ'] === 'JWT' ? 'vc+jwt' : 'JWT' },
    { ...header, typ: 'vp+jwt' },
    { ...header, kid: 'attacker' },
    { ...header, alg: header['alg'] === 'ES256' ? 'ES384' : 'ES256' },
    { ...header, alg: 'none' },
    { ...header, alg: 'HS256' },
    { ...header, crit: ['exp'] },
    { ...header, cty: 'JWT' },
    { ...header, jwk: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' } },
    { ...header, b64: false },
    Object.fromEntries(Object.entries(header).filter(([k]) => k !== 'typ')),
  ];
  for (const [i, r] of rewrites.entries()) yield [`header-rewrite#${i}`, `${b64u(JSON.stringify(r))}.${p}.${s}`];
  yield ['signature-dropped', `${h}.${p}.`];
  yield ['signature-of-empty', `${h}.${p}.${b64u(new Uint8Array(64))}`];
}

describe('mutation property', () => {
  it('rejects ≥ 10,000 mutations of valid tokens, every one with a typed code', { timeout: 300_000 }, async () => {
    const resolver = await trustingResolver('EdDSA', 'ES256', 'ES384', 'PS256', 'RS256');
    const random = prng(SEED);
    let total = 0;
    const accepted: string[] = [];
    const untyped: string[] = [];
    const codes = new Map<string, number>();
    for (const [profile, alg] of CASES) {
      const token = await tokenFor(profile, alg);
      expect((await verifyCredentialDocument(token, resolver, OPTIONS)).profile).toBe(profile);
      for (const [name, mutated] of mutations(token, random)) {
        total += 1;
        try {
          await verifyCredentialDocument(mutated, resolver, OPTIONS);
          if (mutated !== token) accepted.push(`${profile}/${alg}/${name}`);
        } catch (error) {
          if (!isMicrocredError(error) || !(MICROCRED_ERROR_CODES as readonly string[]).includes(error.code)) {
            untyped.push(`${profile}/${alg}/${name}: ${String(error)}`);
          } else {
            codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
          }
        }
      }
    }
    expect(accepted, `seed ${SEED}`).toEqual([]);
    expect(untyped, `seed ${SEED}`).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(10_000);
    // The mix shows the gates doing their work: shape, signature and type all refuse some.
    for (const code of ['ERR_JWT_INVALID', 'ERR_JWT_SIGNATURE', 'ERR_JWT_ALG_NOT_ALLOWED'])
      expect(codes.get(code) ?? 0).toBeGreaterThan(0);
    console.info(`mutation property: ${total} mutations rejected (seed ${SEED})`, Object.fromEntries(codes));
  });

  it('segment swap: header, payload and signature from different valid tokens never verify', async () => {
    const resolver = await trustingResolver('EdDSA', 'ES256');
    const tokens = await Promise.all(
      (['vc-jose-cose', 'vc11-jwt', 'ob30-jwt'] as const).flatMap((p) =>
        (['EdDSA', 'ES256'] as const).map((a) => tokenFor(p, a)),
      ),
    );
    const parts = tokens.map((t) => t.split('.') as [string, string, string]);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(tokens.length - 1),
        fc.nat(tokens.length - 1),
        fc.nat(tokens.length - 1),
        async (a, b, c) => {
          const token = `${parts[a]?.[0]}.${parts[b]?.[1]}.${parts[c]?.[2]}`;
          // vc11-jwt and ob30-jwt tokens of one key share their header, so some swaps rebuild a valid token.
          fc.pre(!tokens.includes(token));
          const error = await verifyCredentialDocument(token, resolver, OPTIONS).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isMicrocredError(error)).toBe(true);
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });
});
