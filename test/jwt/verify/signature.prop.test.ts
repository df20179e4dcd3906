import fc from 'fast-check';
import { CompactSign, compactVerify, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import type { SigningAlgorithm } from '../../../src/jwt/algorithms.js';
import { signingInput, verifySignature } from '../../../src/jwt/verify/signature.js';
import { splitCompactJws } from '../../../src/jwt/verify/token-gate.js';
import { expectCode } from '../fixtures.js';

const ALGORITHMS: readonly SigningAlgorithm[] = ['EdDSA', 'ES256', 'ES384', 'PS256', 'RS256'];
const ORDERS: Readonly<Partial<Record<SigningAlgorithm, bigint>>> = {
  ES256: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  ES384: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
};

const keys = new Map<SigningAlgorithm, CryptoKeyPair>();
async function keyPair(alg: SigningAlgorithm): Promise<CryptoKeyPair> {
  let pair = keys.get(alg);
  if (pair === undefined) {
    pair = (await generateKeyPair(alg, { extractable: true })) as CryptoKeyPair;
    keys.set(alg, pair);
  }
  return pair;
}

const toBase64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** jose's verdict on the same token and key: the independent oracle. */
async function joseAccepts(token: string, key: CryptoKey, alg: SigningAlgorithm): Promise<boolean> {
  try {
    await compactVerify(token, key, { algorithms: [alg] });
    return true;
  } catch {
    return false;
  }
}

async function oursAccepts(token: string, key: CryptoKey, alg: SigningAlgorithm): Promise<boolean> {
  const [, , signature] = splitCompactJws(token, 1024 * 1024, []);
  const verdict = verifySignature(alg, key, signingInput(token), signature).then(() => true);
  if (await verdict.catch(() => false)) return true;
  await expectCode(verdict, 'ERR_JWT_SIGNATURE');
  return false;
}

/** A signature edited the way an attacker would: bits flipped, bytes cut or added. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), n: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('add' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.constant({ kind: 'none' as const }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(signature: Uint8Array, e: Edit): Uint8Array {
  if (e.kind === 'none') return signature;
  if (e.kind === 'cut') return signature.slice(0, Math.max(1, signature.length - e.n));
  if (e.kind === 'add') return Uint8Array.from([...signature, ...e.bytes]);
  const out = signature.slice();
  const at = e.at % out.length;
  out[at] = (out[at] as number) ^ (1 << e.bit);
  return out;
}

describe('the signature step agrees with jose', () => {
  for (const alg of ALGORITHMS) {
    it(`${alg}: any payload, any edit of the signature, same verdict as jose compactVerify`, async () => {
      const { privateKey, publicKey } = await keyPair(alg);
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), edit, async (payload, e) => {
          const token = await new CompactSign(payload).setProtectedHeader({ alg }).sign(privateKey);
          const [head, body, sig] = token.split('.') as [string, string, string];
          const [, , bytes] = splitCompactJws(token, 1024 * 1024, []);
          const edited = `${head}.${body}.${toBase64url(applyEdit(bytes, e))}`;
          expect(await oursAccepts(edited, publicKey, alg)).toBe(await joseAccepts(edited, publicKey, alg));
          expect(await oursAccepts(`${head}.${body}.${sig}`, publicKey, alg)).toBe(true);
        }),
        { numRuns: alg.startsWith('EdDSA') || alg.startsWith('ES') ? 60 : 15 },
      );
    });
  }

  for (const alg of ['ES256', 'ES384'] as const) {
    it(`${alg}: a high-S signature (s replaced by n - s) is accepted exactly when jose accepts it`, async () => {
      const { privateKey, publicKey } = await keyPair(alg);
      const token = await new CompactSign(new TextEncoder().encode('{"a":1}'))
        .setProtectedHeader({ alg })
        .sign(privateKey);
      const [head, body] = token.split('.') as [string, string];
      const [, , bytes] = splitCompactJws(token, 1024 * 1024, []);
      const half = bytes.length / 2;
      const s = BigInt(`0x${Array.from(bytes.slice(half), (b) => b.toString(16).padStart(2, '0')).join('')}`);
      const flipped = ((ORDERS[alg] as bigint) - s).toString(16).padStart(half * 2, '0');
      const highS = Uint8Array.from([
        ...bytes.slice(0, half),
        ...(flipped.match(/../g) ?? []).map((h) => Number.parseInt(h, 16)),
      ]);
      const edited = `${head}.${body}.${toBase64url(highS)}`;
      expect(await oursAccepts(edited, publicKey, alg)).toBe(await joseAccepts(edited, publicKey, alg));
    });
  }

  it('refuses a key of another family, a private key or a key without "verify" before any check', async () => {
    const ed = await keyPair('EdDSA');
    const es = await keyPair('ES256');
    const input = signingInput('e30.e30.AA');
    await expect(verifySignature('ES256', ed.publicKey, input, new Uint8Array(64))).rejects.toMatchObject({
      code: 'ERR_KEY_ALG_MISMATCH',
    });
    await expect(verifySignature('ES256', es.privateKey, input, new Uint8Array(64))).rejects.toMatchObject({
      code: 'ERR_KEY_ALG_MISMATCH',
    });
    const jwk = await crypto.subtle.exportKey('jwk', es.publicKey);
    const encryptOnly = await crypto.subtle.importKey(
      'jwk',
      { ...jwk, key_ops: [] },
      { name: 'ECDSA', namedCurve: 'P-256' },
      true,
      [],
    );
    await expect(verifySignature('ES256', encryptOnly, input, new Uint8Array(64))).rejects.toMatchObject({
      code: 'ERR_KEY_ALG_MISMATCH',
    });
  });

  it('the signing input is the ASCII text before the last dot', () => {
    expect(new TextDecoder().decode(signingInput('abc.de-_.sig'))).toBe('abc.de-_');
  });
});
